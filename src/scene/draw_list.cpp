#include "scene/draw_list.h"

#include <algorithm>

#include <glm/geometric.hpp>

namespace dc {

DrawList buildDrawList(const Atlas& atlas, const ViewState& view, const glm::vec3& eye) {
    DrawList list;
    for (StructureId id = 0; id < atlas.size(); ++id) {
        Appearance a = view.appearance(id);
        if (a.opacity <= 0.0f) continue;
        const Structure& s = atlas.at(id);
        DrawItem item;
        item.structure = id;
        item.colour = s.info.colour;
        item.opacity = a.opacity;
        item.pass = a.ghost ? Pass::Ghost : Pass::Opaque;
        item.selected = view.selected() == id;
        item.hovered = view.hovered() == id;
        item.pickable = a.pickable;
        item.depth = glm::length(s.centroid - eye);
        (item.pass == Pass::Opaque ? list.opaque : list.ghost).push_back(item);
    }
    std::sort(list.opaque.begin(), list.opaque.end(), [](const DrawItem& a, const DrawItem& b) { return a.depth < b.depth; });
    std::sort(list.ghost.begin(), list.ghost.end(), [](const DrawItem& a, const DrawItem& b) { return a.depth > b.depth; });
    return list;
}

} // namespace dc
