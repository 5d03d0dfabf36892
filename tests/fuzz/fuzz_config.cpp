// libFuzzer target: the --config file.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/config.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    auto r = dc::parseConfig(text, "fuzz/deepcore.toml");
    for (const auto& e : r.errors)
        if (e.file.empty() || e.message.empty()) __builtin_trap();
    if (r.config.peel && (*r.config.peel < 0 || *r.config.peel > 6)) __builtin_trap();
    return 0;
}
