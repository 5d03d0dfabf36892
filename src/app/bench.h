// --bench: a scripted run that prints the figures the speed targets are
// judged by (JSON on stdout): model load, first frame, frame-time
// percentiles while orbiting and peeling, CPU per frame, draw calls,
// triangles and peak memory. Timings are wall-clock with glFinish per frame,
// so they measure the GL implementation it runs on (llvmpipe under Xvfb, or a
// real GPU).
#pragma once

#include <chrono>

#include "app/model_task.h"
#include "app/options.h"

namespace dc::app {

// `model` is loading meanwhile (as in the viewer, the window opens while it
// does); `started`: when main() began, which first_frame_ms counts from.
int runBench(const Options& o, ModelTask& model, std::chrono::steady_clock::time_point started);

} // namespace dc::app
