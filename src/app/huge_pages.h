// Start-up memory: most of the first frame's wait on a software renderer (and
// much of it on a real driver) is the kernel handing out fresh 4 KiB pages to
// the model, its GPU buffers and the render targets: one fault each. glibc's
// allocator can ask for 2 MiB transparent huge pages instead (a fault per
// 2 MiB), but it reads that setting, the tunable glibc.malloc.hugetlb, only
// when a process starts. So main() calls this first: if the kernel offers
// huge pages on request and nobody has chosen otherwise, it sets the tunable
// and restarts the program in place (same process id, arguments and
// environment). See docs/performance.md for what it saves.
//
//   int main(int argc, char** argv) {
//       auto started = dc::app::restartWithHugePages(argv);  // returns only when not restarting
//
// Skipped when GLIBC_TUNABLES already names the tunable (set either way by the
// user), when DEEPCORE_NO_HUGE_PAGES is set, under valgrind (a restarted
// program would leave the tool), or when the kernel's transparent huge pages
// are off.
#pragma once

#include <chrono>

namespace dc::app {

// When the first program image's main() began: carried across the restart in
// DEEPCORE_STARTED_NS, so start-up timings count the restart too.
std::chrono::steady_clock::time_point restartWithHugePages(char** argv);

} // namespace dc::app
