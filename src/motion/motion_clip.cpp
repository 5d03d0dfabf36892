#include "motion/motion_clip.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <toml++/toml.h>

#include "core/toml_file.h"

namespace dc::motion {

namespace {

// Plausible limits per channel (degrees; metres for offsets), from the
// ranges of motion in anatomy-landmarks.md §7.1 with some margin.
struct Range {
    const char* prefix;
    float lo, hi;
};
constexpr Range kRanges[] = {
    {"pelvic_tilt", -35, 35},    {"lumbar_flexion", -40, 70}, {"hip_flexion", -35, 135},
    {"hip_abduction", -35, 80},  {"hip_rotation", -50, 70},   {"knee_flexion", -5, 160},
    {"body_pitch", -180, 180},   {"body_offset", -2, 2},
};

const Range* rangeFor(const std::string& channel) {
    for (const auto& r : kRanges)
        if (channel.rfind(r.prefix, 0) == 0) return &r;
    return nullptr;
}

std::string stemOf(const std::string& file) { return std::filesystem::path(file).stem().string(); }

} // namespace

Pose MotionClip::sample(double t) const {
    if (keys.empty()) return Pose{};
    if (loop && duration > 0) t = std::fmod(std::max(t, 0.0), duration);
    if (t <= keyTimes.front()) return keys.front();
    if (t >= keyTimes.back()) return keys.back();
    size_t i = 1;
    while (i < keyTimes.size() && keyTimes[i] < t) ++i;
    double span = keyTimes[i] - keyTimes[i - 1];
    double f = span > 0 ? (t - keyTimes[i - 1]) / span : 1.0;
    f = f * f * (3.0 - 2.0 * f); // ease in and out
    return blend(keys[i - 1], keys[i], static_cast<float>(f));
}

const std::string& MotionClip::captionAt(double t) const {
    static const std::string none;
    if (loop && duration > 0) t = std::fmod(std::max(t, 0.0), duration);
    const std::string* out = &none;
    for (const auto& c : captions)
        if (c.t <= t + 1e-9) out = &c.text;
    return *out;
}

ClipParse parseMotionClip(std::string_view text, const std::string& fileName) {
    ClipParse out;
    auto fail = [&](int line, std::string msg) { out.errors.push_back(makeError(fileName, line, std::move(msg))); };
    std::optional<toml::table> parsed = tomlfile::parse(text, fileName, out.errors);
    if (!parsed) return out;
    const toml::table& root = *parsed;
    MotionClip c;
    c.name = stemOf(fileName);
    c.file = fileName;
    auto str = [&](const char* key, std::string& dst, bool required) {
        const toml::node* n = root.get(key);
        if (!n) {
            if (required) fail(1, std::string("missing required field '") + key + "'");
            return;
        }
        if (!n->is_string() || n->value<std::string>()->empty())
            fail(tomlfile::lineOf(*n), std::string("'") + key + "' must be a non-empty string");
        else
            dst = *n->value<std::string>();
    };
    for (auto&& [key, node] : root) {
        std::string k(key.str());
        static const char* known[] = {"title", "summary", "duration", "loop", "view", "highlight", "key", "caption"};
        if (std::find_if(std::begin(known), std::end(known), [&](const char* s) { return k == s; }) == std::end(known))
            fail(tomlfile::lineOf(node), "unknown field '" + k +
                                   "'; expected title, summary, duration, loop, view, highlight, [[key]] or [[caption]]");
    }
    str("title", c.title, true);
    str("summary", c.summary, false);
    str("view", c.view, false);
    if (const toml::node* n = root.get("duration")) {
        if (!n->is_number() || *n->value<double>() <= 0.0 || *n->value<double>() > 600.0)
            fail(tomlfile::lineOf(*n), "'duration' must be a number of seconds above 0 and at most 600");
        else
            c.duration = *n->value<double>();
    } else {
        fail(1, "missing required field 'duration'");
    }
    if (const toml::node* n = root.get("loop")) {
        if (!n->is_boolean()) fail(tomlfile::lineOf(*n), "'loop' must be true or false");
        else c.loop = *n->value<bool>();
    }
    if (const toml::node* n = root.get("highlight")) {
        const toml::array* arr = n->as_array();
        if (!arr) fail(tomlfile::lineOf(*n), "'highlight' must be a list of structure ids");
        else
            for (const auto& el : *arr) {
                if (!el.is_string()) fail(tomlfile::lineOf(el), "'highlight' entries must be strings");
                else c.highlight.push_back(*el.value<std::string>());
            }
    }

    const toml::node* keysNode = root.get("key");
    const toml::array* keys = keysNode ? keysNode->as_array() : nullptr;
    if (!keys || keys->empty()) {
        fail(keysNode ? tomlfile::lineOf(*keysNode) : 1, "a motion needs at least one [[key]] with a time 't'");
    } else {
        Pose current;
        double lastT = -1.0;
        for (const auto& el : *keys) {
            const toml::table* kt = el.as_table();
            if (!kt) {
                fail(tomlfile::lineOf(el), "each key must be a [[key]] table");
                continue;
            }
            const toml::node* tn = kt->get("t");
            if (!tn || !tn->is_number()) {
                fail(tomlfile::lineOf(el), "[[key]] needs a time 't' in seconds");
                continue;
            }
            double t = *tn->value<double>();
            if (t < 0 || t > c.duration + 1e-9) fail(tomlfile::lineOf(*tn), "key time " + std::to_string(t) + " is outside 0..duration");
            if (t <= lastT) fail(tomlfile::lineOf(*tn), "key times must increase");
            lastT = t;
            for (auto&& [ck, cv] : *kt) {
                std::string ch(ck.str());
                if (ch == "t") continue;
                float* dst = poseChannel(current, ch);
                if (!dst) {
                    fail(tomlfile::lineOf(cv), "unknown joint '" + ch + "'; expected one of pelvic_tilt, lumbar_flexion, "
                                     "hip_flexion_left/right, hip_abduction_left/right, hip_rotation_left/right, "
                                     "knee_flexion_left/right, body_pitch, body_offset_y, body_offset_z");
                    continue;
                }
                if (!cv.is_number()) {
                    fail(tomlfile::lineOf(cv), "'" + ch + "' must be a number");
                    continue;
                }
                float v = static_cast<float>(*cv.value<double>());
                const Range* r = rangeFor(ch);
                if (r && (v < r->lo || v > r->hi)) {
                    fail(tomlfile::lineOf(cv), "'" + ch + "' = " + std::to_string(v) + " is outside the plausible range " +
                                         std::to_string(static_cast<int>(r->lo)) + " to " +
                                         std::to_string(static_cast<int>(r->hi)));
                    continue;
                }
                *dst = v;
            }
            c.keyTimes.push_back(t);
            c.keys.push_back(current);
        }
    }
    if (const toml::node* capNode = root.get("caption")) {
        const toml::array* caps = capNode->as_array();
        if (!caps) fail(tomlfile::lineOf(*capNode), "captions must be [[caption]] tables");
        else
            for (const auto& el : *caps) {
                const toml::table* ct = el.as_table();
                const toml::node* tn = ct ? ct->get("t") : nullptr;
                const toml::node* xn = ct ? ct->get("text") : nullptr;
                if (!tn || !tn->is_number() || !xn || !xn->is_string() || xn->value<std::string>()->empty()) {
                    fail(tomlfile::lineOf(el), "[[caption]] needs a time 't' and a non-empty 'text'");
                    continue;
                }
                c.captions.push_back({*tn->value<double>(), *xn->value<std::string>()});
            }
        std::stable_sort(c.captions.begin(), c.captions.end(), [](const Caption& a, const Caption& b) { return a.t < b.t; });
    }
    if (out.errors.empty()) out.clip = std::move(c);
    return out;
}

ClipParse loadMotionClip(const std::string& path) {
    ClipParse out;
    if (auto text = tomlfile::read(path, "motion file", out.errors)) return parseMotionClip(*text, path);
    return out;
}

ClipLoad loadMotionClips(const std::string& dir) {
    ClipLoad out;
    for (const auto& f : tomlfile::filesIn(dir, "motions", out.errors)) {
        ClipParse p = loadMotionClip(f);
        for (auto& e : p.errors) out.errors.push_back(std::move(e));
        if (p.clip) out.clips.push_back(std::move(*p.clip));
    }
    return out;
}

} // namespace dc::motion
