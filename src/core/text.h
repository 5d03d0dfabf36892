// Small string helpers shared by parsers and the command line.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dc {

std::string toLower(std::string_view s);
std::string trim(std::string_view s);
std::vector<std::string> split(std::string_view s, char sep);
bool endsWith(std::string_view s, std::string_view suffix);
bool startsWith(std::string_view s, std::string_view prefix);
// True when every byte sequence in s is valid UTF-8.
bool isValidUtf8(std::string_view s);

} // namespace dc
