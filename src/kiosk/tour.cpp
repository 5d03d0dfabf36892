#include "kiosk/tour.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <toml++/toml.h>

#include "core/toml_file.h"

namespace dc::kiosk {

namespace {
const char* kViews[] = {"anterior", "posterior", "left", "right", "superior", "inferior"};
} // namespace

double Tour::duration() const {
    double d = 0;
    for (const auto& s : steps) d += s.duration;
    return d;
}

TourParse parseTour(std::string_view text, const std::string& fileName) {
    TourParse out;
    auto fail = [&](int line, std::string msg) { out.errors.push_back(makeError(fileName, line, std::move(msg))); };
    std::optional<toml::table> parsed = tomlfile::parse(text, fileName, out.errors);
    if (!parsed) return out;
    const toml::table& root = *parsed;
    Tour t;
    t.name = std::filesystem::path(fileName).stem().string();
    t.file = fileName;
    for (auto&& entry : root) {
        const auto& key = entry.first;
        const toml::node& node = entry.second;
        std::string k(key.str());
        if (k != "title" && k != "step") fail(tomlfile::lineOf(node), "unknown field '" + k + "'; expected title or [[step]]");
    }
    if (const toml::node* n = root.get("title"); n && n->is_string() && !n->value<std::string>()->empty())
        t.title = *n->value<std::string>();
    else
        fail(n ? tomlfile::lineOf(*n) : 1, n ? "'title' must be a non-empty string" : "missing required field 'title'");
    const toml::node* stepsNode = root.get("step");
    const toml::array* steps = stepsNode ? stepsNode->as_array() : nullptr;
    if (!steps || steps->empty()) fail(stepsNode ? tomlfile::lineOf(*stepsNode) : 1, "a tour needs at least one [[step]]");
    if (steps)
        for (const auto& el : *steps) {
            const toml::table* st = el.as_table();
            if (!st) {
                fail(tomlfile::lineOf(el), "each step must be a [[step]] table");
                continue;
            }
            TourStep s;
            s.line = tomlfile::lineOf(el);
            for (auto&& entry : *st) {
        const auto& key = entry.first;
        const toml::node& node = entry.second;
                std::string k(key.str());
                int line = tomlfile::lineOf(node);
                auto str = [&](std::string& dst) {
                    if (node.is_string()) dst = *node.value<std::string>();
                    else fail(line, "'" + k + "' must be a string");
                };
                if (k == "duration") {
                    if (!node.is_number() || *node.value<double>() < 1.0 || *node.value<double>() > 120.0)
                        fail(line, "'duration' must be 1 to 120 seconds");
                    else s.duration = *node.value<double>();
                } else if (k == "view") {
                    str(s.view);
                    if (std::none_of(std::begin(kViews), std::end(kViews), [&](const char* v) { return s.view == v; }))
                        fail(line, "unknown view '" + s.view + "'; expected anterior, posterior, left, right, superior or inferior");
                } else if (k == "zoom") {
                    if (!node.is_number() || *node.value<double>() < 0.5 || *node.value<double>() > 6.0)
                        fail(line, "'zoom' must be 0.5 to 6");
                    else s.zoom = static_cast<float>(*node.value<double>());
                } else if (k == "peel") {
                    if (!node.is_integer() || *node.value<int64_t>() < 0 || *node.value<int64_t>() > 6)
                        fail(line, "'peel' must be a whole number 0 to 6");
                    else s.peel = static_cast<int>(*node.value<int64_t>());
                } else if (k == "select") {
                    str(s.select);
                } else if (k == "labels") {
                    if (node.is_boolean()) s.labels = *node.value<bool>();
                    else fail(line, "'labels' must be true or false");
                } else if (k == "motion") {
                    str(s.motion);
                } else if (k == "caption") {
                    str(s.caption);
                } else {
                    fail(line, "unknown key '" + k +
                                   "' in [[step]]; expected duration, view, zoom, peel, select, labels, motion or caption");
                }
            }
            if (s.caption.empty()) fail(s.line, "every step needs a 'caption'");
            t.steps.push_back(std::move(s));
        }
    if (out.errors.empty()) out.tour = std::move(t);
    return out;
}

TourLoad loadTours(const std::string& dir) {
    TourLoad out;
    for (const auto& f : tomlfile::filesIn(dir, "tours", out.errors)) {
        auto text = tomlfile::read(f, "tour file", out.errors);
        if (!text) continue;
        TourParse p = parseTour(*text, f);
        for (auto& e : p.errors) out.errors.push_back(std::move(e));
        if (p.tour) out.tours.push_back(std::move(*p.tour));
    }
    return out;
}

TourPlayer::TourPlayer(std::vector<Tour> tours) : m_tours(std::move(tours)) {}

void TourPlayer::restart() {
    m_tour = m_step = 0;
    m_t = 0.0;
    ++m_started;
}

const Tour* TourPlayer::tour() const { return m_tours.empty() ? nullptr : &m_tours[m_tour]; }
const TourStep* TourPlayer::step() const {
    const Tour* t = tour();
    return t && m_step < t->steps.size() ? &t->steps[m_step] : nullptr;
}

bool TourPlayer::advance(double dt) {
    if (m_tours.empty()) return false;
    m_t += dt;
    bool changed = false;
    // A long dt (a stalled frame, an accelerated clock) may cross several steps.
    for (int guard = 0; guard < 10000; ++guard) {
        const TourStep* s = step();
        if (!s || m_t < s->duration) break;
        m_t -= s->duration;
        if (++m_step >= m_tours[m_tour].steps.size()) {
            m_step = 0;
            m_tour = (m_tour + 1) % m_tours.size();
        }
        ++m_started;
        changed = true;
    }
    return changed;
}

} // namespace dc::kiosk
