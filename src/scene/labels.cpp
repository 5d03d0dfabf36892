#include "scene/labels.h"

#include <algorithm>
#include <cmath>

#include <glm/geometric.hpp>

namespace dc {

namespace {

// Packs boxes of one column top to bottom, as close to their anchors' heights
// as the others allow. Returns false when they do not fit in [top, bottom].
bool packColumn(std::vector<PlacedLabel>& col, float top, float bottom, float spacing) {
    std::sort(col.begin(), col.end(), [](const PlacedLabel& a, const PlacedLabel& b) { return a.anchor.y < b.anchor.y; });
    float cursor = top;
    for (auto& l : col) {
        float want = l.anchor.y - l.size.y * 0.5f;
        l.topLeft.y = std::max(want, cursor);
        cursor = l.topLeft.y + l.size.y + spacing;
    }
    // Push back up from the bottom where the column overflows.
    float limit = bottom;
    for (auto it = col.rbegin(); it != col.rend(); ++it) {
        if (it->topLeft.y + it->size.y > limit) it->topLeft.y = limit - it->size.y;
        limit = it->topLeft.y - spacing;
    }
    return col.empty() || col.front().topLeft.y >= top - 0.5f;
}

void placeColumn(std::vector<PlacedLabel>& col, const ScreenRect& area, float edge, bool left, float spacing,
                 std::vector<PlacedLabel>& out) {
    // Drop the least important until the column fits.
    while (!packColumn(col, area.min.y, area.max.y, spacing)) {
        auto worst = std::min_element(col.begin(), col.end(), [](const PlacedLabel& a, const PlacedLabel& b) {
            return a.priority < b.priority;
        });
        col.erase(worst);
    }
    for (auto& l : col) {
        float x = left ? edge - l.size.x : edge;
        l.topLeft.x = std::clamp(x, area.min.x, std::max(area.min.x, area.max.x - l.size.x));
        l.leaderEnd = {left ? l.topLeft.x + l.size.x : l.topLeft.x, l.topLeft.y + l.size.y * 0.5f};
        out.push_back(l);
    }
}

} // namespace

std::vector<PlacedLabel> layoutLabels(std::vector<LabelCandidate> candidates, ScreenRect area, float modelLeft,
                                      float modelRight, float spacing, float gap) {
    std::vector<PlacedLabel> leftCol, rightCol, out;
    float mid = 0.5f * (modelLeft + modelRight);
    for (auto& c : candidates) {
        if (c.size.x <= 0 || c.size.y <= 0 || c.size.y > area.max.y - area.min.y) continue;
        PlacedLabel p{c.id, std::move(c.text), c.anchor, {}, c.size, {}, c.priority};
        (c.anchor.x < mid ? leftCol : rightCol).push_back(std::move(p));
    }
    placeColumn(leftCol, area, modelLeft - gap, true, spacing, out);
    placeColumn(rightCol, area, modelRight + gap, false, spacing, out);
    // The two columns meet when the model fills the screen: drop the less
    // important of any pair that still overlaps.
    std::sort(out.begin(), out.end(), [](const PlacedLabel& a, const PlacedLabel& b) { return a.priority > b.priority; });
    std::vector<PlacedLabel> kept;
    for (auto& l : out) {
        ScreenRect r{l.topLeft, l.topLeft + l.size};
        bool clash = false;
        for (const auto& k : kept)
            if (r.overlaps({k.topLeft, k.topLeft + k.size})) clash = true;
        if (!clash) kept.push_back(std::move(l));
    }
    return kept;
}

std::vector<StructureId> chooseLabelled(const Atlas& atlas, const ViewState& view, size_t neighbours) {
    std::vector<StructureId> out;
    auto solid = [&](StructureId id) {
        Appearance a = view.appearance(id);
        return a.opacity >= 0.99f && !a.ghost;
    };
    glm::vec3 centre = atlas.bounds().centre();
    if (auto s = view.selected(); s && *s < atlas.size()) {
        out.push_back(*s);
        centre = atlas.at(*s).centroid;
    }
    if (neighbours == 0) return out;
    std::vector<std::pair<float, StructureId>> near;
    for (StructureId id = 0; id < atlas.size(); ++id) {
        if (!solid(id) || (!out.empty() && id == out.front())) continue;
        near.emplace_back(glm::length(atlas.at(id).centroid - centre), id);
    }
    std::sort(near.begin(), near.end());
    for (size_t i = 0; i < near.size() && i < neighbours; ++i) out.push_back(near[i].second);
    return out;
}

std::vector<std::pair<StructureId, glm::vec3>> visibleLabelAnchors(const Picker& picker, const Atlas& atlas,
                                                                    const ViewState& view, glm::vec3 eye,
                                                                    size_t neighbours) {
    auto solid = [&](StructureId id) {
        Appearance a = view.appearance(id);
        return a.opacity >= 0.99f && !a.ghost;
    };
    std::vector<std::pair<StructureId, glm::vec3>> out;
    // Look further than needed: many near neighbours lie under others.
    std::vector<StructureId> ids = chooseLabelled(atlas, view, neighbours * 4);
    size_t others = 0;
    for (StructureId id : ids) {
        bool selection = view.selected() && *view.selected() == id;
        if (!selection && others >= neighbours) continue;
        if (auto p = visibleAnchor(picker, atlas, id, eye, [&](StructureId o) { return o == id || solid(o); })) {
            out.emplace_back(id, *p);
            if (!selection) ++others;
        }
    }
    return out;
}

std::optional<glm::vec3> visibleAnchor(const Picker& picker, const Atlas& atlas, StructureId id, glm::vec3 eye,
                                       const std::function<bool(StructureId)>& pickable) {
    const Structure& s = atlas.at(id);
    auto seen = [&](glm::vec3 target) -> std::optional<glm::vec3> {
        glm::vec3 d = target - eye;
        float len = glm::length(d);
        if (len < 1e-6f) return std::nullopt;
        auto hit = picker.cast({eye, d / len}, pickable);
        if (hit && hit->id == id) return hit->point;
        return std::nullopt;
    };
    if (auto p = seen(s.centroid)) return p;
    // Try surface points spread over the mesh, nearest to the centroid first.
    const auto& pos = s.mesh.positions;
    if (pos.empty()) return std::nullopt;
    std::vector<glm::vec3> samples;
    size_t step = std::max<size_t>(1, pos.size() / 24);
    for (size_t i = 0; i < pos.size(); i += step) samples.push_back(pos[i]);
    std::sort(samples.begin(), samples.end(), [&](const glm::vec3& a, const glm::vec3& b) {
        return glm::length(a - s.centroid) < glm::length(b - s.centroid);
    });
    for (const auto& p : samples) {
        // Aim a hair inside the surface so the structure itself is hit.
        glm::vec3 target = p + (s.centroid - p) * 0.02f;
        if (auto q = seen(target)) return q;
    }
    return std::nullopt;
}

} // namespace dc
