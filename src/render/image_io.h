// Writing images: PNG through stb_image_write.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace dc::render {

// Writes RGBA8 rows (top first). Returns "" on success, else a message that
// names the path.
std::string writePng(const std::string& path, int width, int height, const std::vector<uint8_t>& rgba);

} // namespace dc::render
