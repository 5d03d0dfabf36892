// Draws 3D labels with leader lines over the scene through ImGui's background
// draw list (so panels stay on top). Layout comes from scene/labels.h; this
// file only measures text, projects anchors and draws.
#pragma once

#include <vector>

#include <glm/mat4x4.hpp>
#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

#include "anatomy/atlas.h"
#include "scene/labels.h"
#include "scene/picker.h"
#include "scene/view_state.h"

namespace dc::ui {

struct LabelFrame {
    glm::mat4 viewProjection{1.0f};
    glm::vec3 eye{0.0f};
    glm::vec2 viewport{0.0f};  // ImGui display size (points)
    ScreenRect area;           // where labels may go (the viewport minus panels)
};

// The structures to label and a visible surface point on each: ray casts,
// so the viewer refreshes them a few times a second, not every frame.
using LabelAnchors = std::vector<std::pair<StructureId, glm::vec3>>;
LabelAnchors findLabelAnchors(const Atlas& atlas, const ViewState& view, const Picker& picker, glm::vec3 eye,
                              size_t neighbours);
// Projects the anchors and lays the labels out (text sizes from the current font).
std::vector<PlacedLabel> layoutLabelsOnScreen(const Atlas& atlas, const ViewState& view, const LabelAnchors& anchors,
                                              const LabelFrame& f);
void drawLabels(const std::vector<PlacedLabel>& labels, std::optional<StructureId> selected);

} // namespace dc::ui
