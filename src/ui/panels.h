// The viewer's ImGui panels over plain scene state. Panels never call GL;
// they change ViewState and report what the app should do (fly to a view,
// frame the selection) through UiRequests.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "anatomy/atlas.h"
#include "scene/view_state.h"
#include "scene/views.h"

namespace dc::ui {

struct UiRequests {
    std::optional<View> view;
    bool frameSelection = false;
    bool toggleFullscreen = false;
};

struct UiModel {
    const Atlas* atlas = nullptr;
    ViewState* view = nullptr;
    bool* fibres = nullptr;
    bool* labels = nullptr;
    float fps = 0.0f;
    std::string renderer;              // GL renderer description
    std::vector<std::string> notices;  // problems to show the user (bad files...)
};

// Sets fonts and style for a scale (1 = 96 DPI); call again on DPI change.
void applyStyle(float scale);

UiRequests drawPanels(UiModel& model);

} // namespace dc::ui
