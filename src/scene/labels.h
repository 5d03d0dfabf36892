// 3D labels: which structures get one, where on screen each points, and a
// layout that keeps the text boxes from overlapping. Labels sit in two columns
// beside the model (as on an atlas plate), ordered by the height of what they
// point at so leader lines do not cross; a label that cannot fit is dropped
// rather than overlap another. Pure logic: no GL, no ImGui.
//
//   auto wanted = chooseLabelled(atlas, view, 12);
//   for (id : wanted) if (auto a = visibleAnchor(picker, atlas, id, eye, pickable)) ...project...
//   auto placed = layoutLabels(candidates, area, modelLeft, modelRight);
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

#include "anatomy/atlas.h"
#include "scene/picker.h"
#include "scene/view_state.h"

namespace dc {

struct LabelCandidate {
    StructureId id = 0;
    std::string text;
    glm::vec2 anchor{0.0f}; // screen pixels, y down
    glm::vec2 size{0.0f};   // text box, pixels
    float priority = 0.0f;  // higher is kept first when space runs out
};

struct PlacedLabel {
    StructureId id = 0;
    std::string text;
    glm::vec2 anchor{0.0f};
    glm::vec2 topLeft{0.0f};
    glm::vec2 size{0.0f};
    glm::vec2 leaderEnd{0.0f}; // where the leader line meets the box
    float priority = 0.0f;
};

struct ScreenRect {
    glm::vec2 min{0.0f}, max{0.0f};
    bool overlaps(const ScreenRect& o) const {
        return min.x < o.max.x && o.min.x < max.x && min.y < o.max.y && o.min.y < max.y;
    }
};

// Lays the labels out in a left and a right column inside `area`, beside the
// model's screen extent [modelLeft, modelRight]. No two boxes overlap.
std::vector<PlacedLabel> layoutLabels(std::vector<LabelCandidate> candidates, ScreenRect area, float modelLeft,
                                      float modelRight, float spacing = 4.0f, float gap = 24.0f);

// The structures to label: the selection first, then (when `neighbours` > 0)
// the solidly visible structures nearest to it (or to the model's centre).
std::vector<StructureId> chooseLabelled(const Atlas& atlas, const ViewState& view, size_t neighbours);

// The selection and up to `neighbours` other structures, nearest first, each
// with a surface point the eye can see; structures hidden behind others are
// passed over for the next nearest. The selection is kept even when hidden.
std::vector<std::pair<StructureId, glm::vec3>> visibleLabelAnchors(const Picker& picker, const Atlas& atlas,
                                                                    const ViewState& view, glm::vec3 eye,
                                                                    size_t neighbours);

// A point on the structure's surface that the eye can see, or nullopt when
// it is hidden behind others from here.
std::optional<glm::vec3> visibleAnchor(const Picker& picker, const Atlas& atlas, StructureId id, glm::vec3 eye,
                                       const std::function<bool(StructureId)>& pickable);

} // namespace dc
