// libFuzzer target: the binary model cache reader on arbitrary bytes (past
// the checksum, which would otherwise turn away nearly every input). The
// key is whatever the bytes carry where a cache keeps it, so inputs reach
// the structure records.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "anatomy/atlas_cache.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view body(reinterpret_cast<const char*>(data), size);
    uint64_t key = 0;
    if (size >= 20) std::memcpy(&key, data + 12, sizeof key);
    if (auto atlas = dc::parseAtlasCache(body, key)) {
        // Whatever it accepts must be safe to use: every index inside its mesh.
        for (const auto& s : atlas->structures())
            for (uint32_t i : s.mesh.indices)
                if (i >= s.mesh.positions.size()) __builtin_trap();
    }
    return 0;
}
