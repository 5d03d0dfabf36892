// Logging setup. Everything logs through spdlog; this decides where it goes.
#pragma once

#include <string>

#include <spdlog/spdlog.h>

namespace dc {

// Logs to stderr at `level` ("info", "warn", ...). Headless modes log warnings
// only, so stdout stays clean JSON and stderr carries just the problems.
void setupLogging(const std::string& level);
// Also logs to a rotating file (5 files of 2 MB) under `dir`, creating it.
// Returns the file's path, or "" with a warning when the folder cannot be made.
std::string addRotatingLogFile(const std::string& dir);
// $XDG_STATE_HOME/deepcore, else ~/.local/state/deepcore.
std::string defaultStateDir();

} // namespace dc
