// --bench: a scripted run that prints the figures the speed targets are
// judged by (JSON on stdout): model load, first frame, frame-time
// percentiles while orbiting and peeling, CPU per frame, draw calls,
// triangles and peak memory. Timings are wall-clock with glFinish per frame,
// so they measure the GL implementation it runs on (llvmpipe under Xvfb, or a
// real GPU).
#pragma once

#include "anatomy/atlas.h"
#include "app/options.h"

namespace dc::app {

// `loadMs`: what loading the model took; `processStart`: ms since the
// process started when main() began timing (for first_frame_ms).
int runBench(const Options& o, const Atlas& atlas, double loadMs, double sinceStartMs);

} // namespace dc::app
