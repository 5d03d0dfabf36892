// Small helpers shared by the TOML file formats (config, motions, tours):
// parse text into a table or one "FILE:LINE: TOML syntax error" Error, the
// source line of a node, reading a whole file, and the *.toml files of a folder.
// Header-only so each format's library links toml++ itself.
#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "core/error.h"

namespace dc::tomlfile {

inline int lineOf(const toml::node& n) {
    return n.source().begin.line > 0 ? static_cast<int>(n.source().begin.line) : 1;
}

// The table, or nullopt with the syntax error appended to `errors`.
inline std::optional<toml::table> parse(std::string_view text, const std::string& fileName, std::vector<Error>& errors) {
    try {
        return toml::parse(text, fileName);
    } catch (const toml::parse_error& e) {
        int line = e.source().begin.line > 0 ? static_cast<int>(e.source().begin.line) : 1;
        errors.push_back(makeError(fileName, line, "TOML syntax error: " + std::string(e.description())));
        return std::nullopt;
    }
}

// The file's text, or nullopt with "cannot read the <what>" appended.
inline std::optional<std::string> read(const std::string& path, const std::string& what, std::vector<Error>& errors) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        errors.push_back(makeError(path, 0, "cannot read the " + what));
        return std::nullopt;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// The *.toml files directly in `dir`, sorted; a folder that cannot be read
// is one error naming it.
inline std::vector<std::string> filesIn(const std::string& dir, const std::string& what, std::vector<Error>& errors) {
    std::error_code ec;
    std::vector<std::string> files;
    for (const auto& e : std::filesystem::directory_iterator(dir, ec))
        if (e.path().extension() == ".toml") files.push_back(e.path().string());
    if (ec) errors.push_back(makeError(dir, 0, "cannot read the " + what + " folder: " + ec.message()));
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace dc::tomlfile
