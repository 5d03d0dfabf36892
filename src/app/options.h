// The command line (DESIGN.md's contract), declared once: parsing, --help and
// validation all come from the one CLI11 table in options.cpp.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/error.h"

namespace dc::app {

enum class Mode { Viewer, Kiosk, Screenshot, ReportVisibility, ReportMuscles, ListStructures, ValidateAnnotations, Bench, Exit };

struct Options {
    Mode mode = Mode::Viewer;
    std::string model;        // empty = built-in
    std::string annotations;  // empty = the installed/source annotations
    std::string config;
    std::string screenshot;   // output PNG
    int width = 1280, height = 720;
    std::string view = "anterior";
    int peel = 0;
    std::string select;
    std::vector<std::string> ghost;
    bool labels = false;
    std::string motion;
    double time = 0.0;
    int frames = 300;
    std::string logLevel = "info";
    // Viewer settings that come from the configuration file only.
    bool fibres = true;
    bool fullscreen = false;
    double uiScale = 1.0;
    int msaa = 4;
    std::vector<std::string> given; // the flags given on the command line ("--view", ...)
    // Kiosk settings ([kiosk] in the configuration file).
    double kioskIdleSeconds = 90.0;
    int display = 0;
    std::string adminChord = "ctrl+alt+shift+k";
    std::string pinSha256;               // empty: no PIN set, only SIGTERM stops the kiosk
    std::vector<std::string> tours;      // empty: every tour file
    double soakHours = 0.0;              // --soak: accelerated headless attract loop (tests)
    int exitCode = 0;         // for Mode::Exit (help, version, errors)
    std::string message;      // printed for Mode::Exit (stdout if exitCode 0)
};

Options parseOptions(int argc, char** argv);
// Reads --config (if given) into the options the command line left unset.
// Returns the file's problems ("FILE:LINE: message"); a bad file changes nothing.
std::vector<std::string> applyConfig(Options& o);

} // namespace dc::app
