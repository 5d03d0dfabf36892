#include "core/log.h"

#include <cstdlib>
#include <filesystem>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>

namespace dc {

void setupLogging(const std::string& level) {
    auto logger = spdlog::stderr_color_mt("deepcore");
    logger->set_pattern("deepcore: %^%l%$: %v");
    logger->set_level(spdlog::level::from_str(level));
    spdlog::set_default_logger(logger);
}

std::string defaultStateDir() {
    if (const char* x = std::getenv("XDG_STATE_HOME"); x && *x) return std::string(x) + "/deepcore";
    if (const char* h = std::getenv("HOME"); h && *h) return std::string(h) + "/.local/state/deepcore";
    return "/tmp/deepcore-state";
}

std::string addRotatingLogFile(const std::string& dir) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) {
        spdlog::warn("cannot create the log folder {}: {}", dir, ec.message());
        return "";
    }
    std::string path = dir + "/deepcore.log";
    try {
        auto sink = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(path, 2 * 1024 * 1024, 5);
        sink->set_pattern("%Y-%m-%d %H:%M:%S.%e %l: %v");
        spdlog::default_logger()->sinks().push_back(sink);
        spdlog::default_logger()->flush_on(spdlog::level::info);
    } catch (const spdlog::spdlog_ex& e) {
        spdlog::warn("cannot open the log file {}: {}", path, e.what());
        return "";
    }
    return path;
}

} // namespace dc
