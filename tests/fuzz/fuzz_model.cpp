// libFuzzer target: model loading through our import path (Assimp plus our
// glTF-extras reader and atlas checks). The bytes go to a temporary .glb file,
// as a user's --model would.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include <unistd.h>

#include "anatomy/atlas_loader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const std::string path = "/tmp/deepcore-fuzz-" + std::to_string(getpid()) + ".glb";
    if (FILE* f = std::fopen(path.c_str(), "wb")) {
        std::fwrite(data, 1, size, f);
        std::fclose(f);
    } else {
        return 0;
    }
    dc::Result<dc::Atlas> r = dc::loadAtlas(path);
    if (!r && r.error().message.empty()) __builtin_trap();
    return 0;
}
