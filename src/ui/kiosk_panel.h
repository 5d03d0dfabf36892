// The kiosk's touch-first panels: a few large "story" buttons, a peel
// slider, movement buttons, and the plain-language text of the selection.
// No file paths, settings or debug information.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "anatomy/atlas.h"
#include "annotations/annotation_loader.h"
#include "motion/motion_clip.h"
#include "scene/view_state.h"
#include "scene/views.h"

namespace dc::ui {

struct Story {
    const char* label;
    const char* select;
    int peel;
    View view;
};
const std::vector<Story>& kioskStories();

struct KioskPanelModel {
    const Atlas* atlas = nullptr;
    ViewState* view = nullptr;
    const AnnotationIndex* annotations = nullptr;
    const std::vector<motion::MotionClip>* clips = nullptr;
    const motion::MotionClip* current = nullptr;
};

struct KioskRequests {
    std::optional<Story> story;
    std::optional<std::string> playMotion;
    bool stopMotion = false;
    bool home = false;
};

// Sets a touch-sized style: 48 px targets at 1080p, scaled with the display.
void applyKioskStyle(float scale);
KioskRequests drawKioskPanels(const KioskPanelModel& m);
// Attract mode: the tour's caption, large, at the bottom; "Touch to explore".
void drawAttractOverlay(const std::string& title, const std::string& caption);

} // namespace dc::ui
