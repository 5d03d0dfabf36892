#include "core/config.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <functional>
#include <sstream>

#include <toml++/toml.h>

#include "core/toml_file.h"

namespace dc {

namespace {

const char* kViews[] = {"anterior", "posterior", "left", "right", "superior", "inferior"};

void parseKiosk(const toml::table& t, Config& c, const std::function<void(int, std::string)>& fail) {
    for (auto&& entry : t) {
        const auto& key = entry.first;
        const toml::node& node = entry.second;
        std::string k(key.str());
        int line = tomlfile::lineOf(node);
        if (k == "enabled") {
            if (node.is_boolean()) c.kiosk = *node.value<bool>();
            else fail(line, "'enabled' must be true or false");
        } else if (k == "idle_seconds" || k == "display") {
            if (!node.is_integer()) {
                fail(line, "'" + k + "' must be a whole number");
                continue;
            }
            int v = static_cast<int>(*node.value<int64_t>());
            if (k == "idle_seconds") {
                if (v < 10 || v > 3600) fail(line, "'idle_seconds' must be 10 to 3600, got " + std::to_string(v));
                else c.idleSeconds = v;
            } else {
                if (v < 0 || v > 15) fail(line, "'display' must be 0 to 15, got " + std::to_string(v));
                else c.display = v;
            }
        } else if (k == "admin_chord") {
            if (!node.is_string() || node.value<std::string>()->empty()) fail(line, "'admin_chord' must be a string like \"ctrl+alt+shift+k\"");
            else c.adminChord = *node.value<std::string>();
        } else if (k == "pin_sha256") {
            std::string v = node.is_string() ? *node.value<std::string>() : "";
            bool hex = v.size() == 64 && std::all_of(v.begin(), v.end(), [](char ch) { return std::isxdigit(static_cast<unsigned char>(ch)); });
            if (!hex) fail(line, "'pin_sha256' must be 64 hexadecimal digits (see docs/kiosk.md)");
            else c.pinSha256 = v;
        } else if (k == "tours") {
            const toml::array* arr = node.as_array();
            std::vector<std::string> names;
            bool ok = arr != nullptr;
            if (arr)
                for (const auto& el : *arr) {
                    if (!el.is_string()) ok = false;
                    else names.push_back(*el.value<std::string>());
                }
            if (!ok) fail(line, "'tours' must be a list of tour names");
            else c.tours = names;
        } else {
            fail(line, "unknown key '" + k +
                           "' in [kiosk]; expected enabled, idle_seconds, display, admin_chord, pin_sha256 or tours");
        }
    }
}

} // namespace

ConfigParse parseConfig(std::string_view text, const std::string& fileName) {
    ConfigParse out;
    auto fail = [&](int line, std::string msg) { out.errors.push_back(makeError(fileName, line, std::move(msg))); };
    std::optional<toml::table> parsed = tomlfile::parse(text, fileName, out.errors);
    if (!parsed) return out;
    const toml::table& root = *parsed;
    for (auto&& entry : root) {
        const auto& key = entry.first;
        const toml::node& node = entry.second;
        std::string k(key.str());
        if (k != "viewer" && k != "kiosk")
            fail(tomlfile::lineOf(node), "unknown section or key '" + k + "'; expected [viewer] or [kiosk]");
    }
    Config& c = out.config;
    if (const toml::node* kioskNode = root.get("kiosk")) {
        if (const toml::table* kiosk = kioskNode->as_table()) parseKiosk(*kiosk, c, fail);
        else fail(tomlfile::lineOf(*kioskNode), "'kiosk' must be a table ([kiosk])");
    }
    const toml::node* viewerNode = root.get("viewer");
    if (!viewerNode) return out;
    const toml::table* viewer = viewerNode->as_table();
    if (!viewer) {
        fail(tomlfile::lineOf(*viewerNode), "'viewer' must be a table ([viewer])");
        return out;
    }
    for (auto&& entry : *viewer) {
        const auto& key = entry.first;
        const toml::node& node = entry.second;
        std::string k(key.str());
        int line = tomlfile::lineOf(node);
        auto str = [&](std::optional<std::string>& dst) {
            if (auto v = node.value<std::string>(); v && node.is_string()) dst = *v;
            else fail(line, "'" + k + "' must be a string");
        };
        auto boolean = [&](std::optional<bool>& dst) {
            if (node.is_boolean()) dst = *node.value<bool>();
            else fail(line, "'" + k + "' must be true or false");
        };
        if (k == "model") str(c.model);
        else if (k == "annotations") str(c.annotations);
        else if (k == "view") {
            str(c.view);
            bool known = false;
            for (const char* v : kViews) known = known || (c.view && *c.view == v);
            if (c.view && !known) {
                fail(line, "unknown view '" + *c.view + "'; expected anterior, posterior, left, right, superior or inferior");
                c.view.reset();
            }
        } else if (k == "peel" || k == "msaa") {
            if (!node.is_integer()) {
                fail(line, "'" + k + "' must be a whole number");
                continue;
            }
            int v = static_cast<int>(*node.value<int64_t>());
            if (k == "peel") {
                if (v < 0 || v > 6) fail(line, "'peel' must be 0 to 6, got " + std::to_string(v));
                else c.peel = v;
            } else {
                if (v != 0 && v != 2 && v != 4 && v != 8) fail(line, "'msaa' must be 0, 2, 4 or 8, got " + std::to_string(v));
                else c.msaa = v;
            }
        } else if (k == "labels") boolean(c.labels);
        else if (k == "fibres") boolean(c.fibres);
        else if (k == "fullscreen") boolean(c.fullscreen);
        else if (k == "ui_scale") {
            if (!node.is_number()) {
                fail(line, "'ui_scale' must be a number");
                continue;
            }
            double v = *node.value<double>();
            if (v < 0.5 || v > 4.0) fail(line, "'ui_scale' must be 0.5 to 4, got " + std::to_string(v));
            else c.uiScale = v;
        } else {
            fail(line, "unknown key '" + k +
                           "' in [viewer]; expected model, annotations, view, peel, labels, fibres, fullscreen, "
                           "ui_scale or msaa");
        }
    }
    return out;
}

ConfigParse loadConfig(const std::string& path) {
    ConfigParse out;
    if (auto text = tomlfile::read(path, "configuration file", out.errors)) return parseConfig(*text, path);
    return out;
}

} // namespace dc
