// DrawList: what to draw this frame, as plain items. Scene code builds it
// from the Atlas and the ViewState; the renderer only executes it. The
// id-buffer pass and --report visibility use the same list.
#pragma once

#include <vector>

#include <glm/vec3.hpp>

#include "anatomy/atlas.h"
#include "scene/view_state.h"

namespace dc {

enum class Pass { Opaque, Ghost };

struct DrawItem {
    StructureId structure = 0;
    glm::vec3 colour{1.0f};
    float opacity = 1.0f;
    Pass pass = Pass::Opaque;
    bool selected = false;
    bool hovered = false;
    bool pickable = true;
    float depth = 0.0f; // distance from the eye to the structure's centroid
};

struct DrawList {
    std::vector<DrawItem> opaque; // front to back
    std::vector<DrawItem> ghost;  // back to front
    size_t size() const { return opaque.size() + ghost.size(); }
};

DrawList buildDrawList(const Atlas& atlas, const ViewState& view, const glm::vec3& eye);

} // namespace dc
