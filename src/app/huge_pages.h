// Start-up memory: most of the first frame's wait on a software renderer (and
// much of it on a real driver) is the kernel handing out fresh 4 KiB pages to
// the model, its GPU buffers and the render targets: one fault each. glibc's
// allocator can ask for 2 MiB transparent huge pages instead (a fault per
// 2 MiB), but it reads that setting, the tunable glibc.malloc.hugetlb, only
// when a process starts. So main(), once it knows the mode and before it
// prints or loads anything, calls this: if the kernel offers huge pages on
// request and nobody has chosen otherwise, it sets the tunable and restarts
// the program in place (same process id, arguments and environment). See
// docs/performance.md for what it saves.
//
//   int main(int argc, char** argv) {
//       auto started = dc::app::programStart();
//       Options o = parseOptions(argc, argv);        // (and the config file)
//       if (o.mode != Mode::Kiosk) dc::app::restartWithHugePages(argv, started);
//
// The kiosk, which runs for months, keeps 4 KiB pages: its memory then grows
// only by what it uses, and the soak test can tell a leak of a few megabytes.
// Skipped too when GLIBC_TUNABLES already names the tunable (set either way by
// the user), when DEEPCORE_NO_HUGE_PAGES is set, under valgrind (a restarted
// program would leave the tool), or when the kernel's transparent huge pages
// are off.
#pragma once

#include <chrono>

namespace dc::app {

// When main() began: now, or after a restart the first image's main(),
// carried across in DEEPCORE_STARTED_NS so start-up timings count the restart.
std::chrono::steady_clock::time_point programStart();

// Restarts the program with the huge-page tunable; returns only when it does
// not (see above), and then the program carries on as it is.
void restartWithHugePages(char** argv, std::chrono::steady_clock::time_point started);

// Whether glibc's allocator asks for huge pages in this process (--bench says so).
bool hugePagesInUse();

} // namespace dc::app
