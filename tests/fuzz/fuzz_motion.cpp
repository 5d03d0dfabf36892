// libFuzzer target: motion clip files, then sampling the parsed clip.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "motion/motion_clip.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    auto r = dc::motion::parseMotionClip(text, "fuzz/clip.toml");
    if (r.clip.has_value() == !r.errors.empty()) __builtin_trap();
    if (r.clip) {
        for (double t : {-1.0, 0.0, 0.37, r.clip->duration * 0.5, r.clip->duration, r.clip->duration * 3.1}) {
            dc::motion::Pose p = r.clip->sample(t);
            if (!std::isfinite(p.hipFlexion[0]) || !std::isfinite(p.pelvicTilt)) __builtin_trap();
            (void)r.clip->captionAt(t);
        }
    }
    return 0;
}
