// Headless modes: --screenshot, --report visibility, --list-structures.
// They share the viewer's scene and renderer code, render off screen and exit.
#pragma once

#include "anatomy/atlas.h"
#include "app/options.h"
#include "scene/orbit_camera.h"
#include "scene/view_state.h"

namespace dc::app {

class MotionPlayer;

// Applies --view/--peel/--select/--ghost to a fresh scene. Returns "" or a
// message naming the bad id.
std::string applySceneOptions(const Options& o, const Atlas& atlas, ViewState& view, OrbitCamera& camera);

// `figure`: the motion context figure to draw (when posing with --motion).
// `atlas` is what is shown; with a clip playing it is player->posed().
int runScreenshot(const Options& o, const Atlas& atlas, MotionPlayer* player = nullptr);
int runVisibilityReport(const Options& o, const Atlas& atlas, MotionPlayer* player = nullptr);
int runListStructures(const Atlas& atlas);
// --report muscles --motion NAME: lengths through one pass of the clip.
int runMuscleReport(const Options& o, const Atlas& rest, const MotionPlayer& player);

} // namespace dc::app
