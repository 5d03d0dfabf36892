// The viewer's ImGui panels over plain scene state. Panels never call GL;
// they change ViewState and report what the app should do (fly to a view,
// frame the selection) through UiRequests.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "anatomy/atlas.h"
#include "annotations/annotation_loader.h"
#include "scene/view_state.h"
#include "scene/views.h"
#include "ui/motion_panel.h"

namespace dc::ui {

struct UiRequests {
    std::optional<View> view;
    bool frameSelection = false;
    bool toggleFullscreen = false;
    std::vector<StructureId> selectAndFrame; // from search results or related links
    std::optional<std::string> playMotion;
    bool undoable = false;                   // the panel changed hide/ghost/isolate state
    bool undo = false;
    float freeLeft = 0.0f, freeRight = 0.0f;  // the strip between the panels (points)
    MotionRequests motion;
};

struct UiModel {
    const Atlas* atlas = nullptr;
    ViewState* view = nullptr;
    bool* fibres = nullptr;
    bool* labels = nullptr;
    float fps = 0.0f;
    std::string renderer;              // GL renderer description
    std::vector<std::string> notices;  // problems to show the user (bad files...)
    const AnnotationIndex* annotations = nullptr;
    bool* studentMode = nullptr;       // Patient / Student switch
    std::string* searchText = nullptr;
    bool canUndo = false;
    const MotionPanelModel* motion = nullptr;
};

// Sets fonts and style for a scale (1 = 96 DPI); call again on DPI change.
void applyStyle(float scale);

UiRequests drawPanels(UiModel& model);

// The selected structure's annotation: name, patient or student text, clinical
// notes, related structures and motions as links, sources.
void annotationPanel(UiModel& model, StructureId id, UiRequests& req);
// The search box and its ranked results.
void searchBox(UiModel& model, UiRequests& req);

} // namespace dc::ui
