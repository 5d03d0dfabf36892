// The configuration file (TOML) given with --config: start-up settings of the
// viewer. Command-line flags win over the file. Every problem is an Error with
// the file and line ("FILE:LINE: message"); a file with problems is rejected as
// a whole and the caller decides (the viewer shows a notice and runs with the
// defaults, the headless modes exit 2).
//
//   [viewer]
//   model = "/path/to/model.glb"     # default: the built-in model
//   annotations = "/path/to/annotations"
//   view = "anterior"                # starting view
//   peel = 0                         # 0-6
//   labels = false
//   fibres = true
//   fullscreen = false
//   ui_scale = 1.0                   # 0.5-4, times the display's own scale
//   msaa = 4                         # 0, 2, 4 or 8
//
//   [kiosk]
//   enabled = true                   # same as --kiosk
//   idle_seconds = 90                # 10-3600: attract mode after this long without input
//   display = 0                      # which display to fill
//   admin_chord = "ctrl+alt+shift+k" # then the PIN leaves kiosk mode
//   pin_sha256 = "…64 hex digits…"   # sha256 of "deepcore-pin:" + PIN (docs/kiosk.md)
//   tours = ["psoas_story"]          # tours to loop (default: every tour file)
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace dc {

struct Config {
    std::optional<std::string> model, annotations, view;
    std::optional<int> peel, msaa;
    std::optional<bool> labels, fibres, fullscreen;
    std::optional<double> uiScale;
    // [kiosk]
    std::optional<bool> kiosk;
    std::optional<int> idleSeconds, display;
    std::optional<std::string> adminChord, pinSha256;
    std::optional<std::vector<std::string>> tours;
};

struct ConfigParse {
    Config config;
    std::vector<Error> errors; // empty when the file is fine
};

// Parses config text; `fileName` prefixes messages. Pure: no file system.
ConfigParse parseConfig(std::string_view text, const std::string& fileName);
// Reads and parses a file; a missing or unreadable file is one error.
ConfigParse loadConfig(const std::string& path);

} // namespace dc
