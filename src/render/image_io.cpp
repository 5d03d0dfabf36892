#include "render/image_io.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STB_IMAGE_WRITE_STATIC
#include <stb/stb_image_write.h>

namespace dc::render {

std::string writePng(const std::string& path, int width, int height, const std::vector<uint8_t>& rgba) {
    if (width <= 0 || height <= 0 || rgba.size() < static_cast<size_t>(width) * height * 4)
        return path + ": nothing to write (empty image)";
    // Probe first, so an unwritable path gets the system's reason.
    {
        std::ofstream probe(path, std::ios::binary | std::ios::app);
        if (!probe) return path + ": cannot write screenshot (" + std::strerror(errno) + ")";
    }
    if (!stbi_write_png(path.c_str(), width, height, 4, rgba.data(), width * 4))
        return path + ": failed to write PNG";
    return {};
}

} // namespace dc::render
