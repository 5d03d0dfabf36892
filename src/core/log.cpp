#include "core/log.h"

#include <spdlog/sinks/stdout_color_sinks.h>

namespace dc {

void setupLogging(const std::string& level) {
    auto logger = spdlog::stderr_color_mt("deepcore");
    logger->set_pattern("deepcore: %^%l%$: %v");
    logger->set_level(spdlog::level::from_str(level));
    spdlog::set_default_logger(logger);
}

} // namespace dc
