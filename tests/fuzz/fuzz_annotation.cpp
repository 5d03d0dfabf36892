// libFuzzer target: annotation files (TOML) through the full parser.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "annotations/annotation_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    auto r = dc::parseAnnotationFull(text, "fuzz/psoas_major.toml");
    // Every problem names the file; a parse either succeeds or says why.
    if (r.annotation.has_value() == !r.errors.empty()) __builtin_trap();
    for (const auto& e : r.errors)
        if (e.file.empty() || e.message.empty()) __builtin_trap();
    return 0;
}
