// Logging setup. Everything logs through spdlog; this decides where it goes.
#pragma once

#include <string>

#include <spdlog/spdlog.h>

namespace dc {

// Logs to stderr at `level` ("info", "warn", ...). Headless modes log warnings
// only, so stdout stays clean JSON and stderr carries just the problems.
void setupLogging(const std::string& level);

} // namespace dc
