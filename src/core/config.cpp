#include "core/config.h"

#include <fstream>
#include <sstream>

#include <toml++/toml.h>

namespace dc {

namespace {

const char* kViews[] = {"anterior", "posterior", "left", "right", "superior", "inferior"};

int lineOf(const toml::node& n) {
    return n.source().begin.line > 0 ? static_cast<int>(n.source().begin.line) : 1;
}

} // namespace

ConfigParse parseConfig(std::string_view text, const std::string& fileName) {
    ConfigParse out;
    auto fail = [&](int line, std::string msg) { out.errors.push_back(makeError(fileName, line, std::move(msg))); };
    toml::table root;
    try {
        root = toml::parse(text, fileName);
    } catch (const toml::parse_error& e) {
        fail(e.source().begin.line > 0 ? static_cast<int>(e.source().begin.line) : 1,
             "TOML syntax error: " + std::string(e.description()));
        return out;
    }
    for (auto&& [key, node] : root) {
        std::string k(key.str());
        if (k != "viewer") fail(lineOf(node), "unknown section or key '" + k + "'; expected [viewer]");
    }
    const toml::node* viewerNode = root.get("viewer");
    if (!viewerNode) return out;
    const toml::table* viewer = viewerNode->as_table();
    if (!viewer) {
        fail(lineOf(*viewerNode), "'viewer' must be a table ([viewer])");
        return out;
    }
    Config& c = out.config;
    for (auto&& [key, node] : *viewer) {
        std::string k(key.str());
        int line = lineOf(node);
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
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        ConfigParse out;
        out.errors.push_back(makeError(path, 0, "cannot read the configuration file"));
        return out;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    return parseConfig(ss.str(), path);
}

} // namespace dc
