// The interactive viewer: window, input, scene update, render, panels.
#pragma once

#include <string>
#include <vector>

#include <chrono>

#include "anatomy/atlas.h"
#include "app/model_task.h"
#include "app/options.h"

namespace dc::app {

// SIGTERM and SIGINT end the viewer (and the kiosk) cleanly with status 0.
// Call before SDL starts, with SDL's own signal handlers switched off.
void installTerminationHandler();

// `model` is loading meanwhile; the viewer waits for it once its window is
// open. `started`: when the process started, to log the time to the first frame.
int runViewer(const Options& options, ModelTask& model, std::vector<std::string> notices,
              std::chrono::steady_clock::time_point started);

} // namespace dc::app
