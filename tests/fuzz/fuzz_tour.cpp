// libFuzzer target: kiosk tour files, then stepping through the tour.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "kiosk/tour.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    auto r = dc::kiosk::parseTour(text, "fuzz/tour.toml");
    if (r.tour.has_value() == !r.errors.empty()) __builtin_trap();
    if (r.tour) {
        dc::kiosk::TourPlayer player({*r.tour});
        player.restart();
        for (int i = 0; i < 50; ++i) player.advance(3.3);
        if (!player.step()) __builtin_trap();
    }
    return 0;
}
