#include "app/huge_pages.h"

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>

#include <unistd.h>

namespace dc::app {

namespace {

using Clock = std::chrono::steady_clock;

// "always [madvise] never": glibc's madvise() requests work unless "never" is chosen.
bool kernelOffersHugePages() {
    std::ifstream f("/sys/kernel/mm/transparent_hugepage/enabled");
    std::string line;
    if (!f || !std::getline(f, line)) return false;
    return line.find("[never]") == std::string::npos;
}

bool underValgrind() {
    const char* preload = std::getenv("LD_PRELOAD");
    return preload && (std::strstr(preload, "vgpreload") || std::strstr(preload, "valgrind"));
}

} // namespace

Clock::time_point programStart() {
    Clock::time_point now = Clock::now();
    const char* ns = std::getenv("DEEPCORE_STARTED_NS");
    if (!ns) return now;
    char* end = nullptr;
    long long v = std::strtoll(ns, &end, 10);
    bool ok = end && *end == '\0';
    unsetenv("DEEPCORE_STARTED_NS");
    Clock::time_point then{std::chrono::nanoseconds(v)};
    return ok && then <= now && now - then < std::chrono::seconds(10) ? then : now;
}

void restartWithHugePages(char** argv, Clock::time_point started) {
    const char* tunables = std::getenv("GLIBC_TUNABLES");
    if (tunables && std::strstr(tunables, "glibc.malloc.hugetlb")) return;
    if (std::getenv("DEEPCORE_NO_HUGE_PAGES") || underValgrind() || !kernelOffersHugePages()) return;

    std::string value = tunables && *tunables ? std::string(tunables) + ":glibc.malloc.hugetlb=1" : "glibc.malloc.hugetlb=1";
    std::string since =
        std::to_string(std::chrono::duration_cast<std::chrono::nanoseconds>(started.time_since_epoch()).count());
    if (setenv("GLIBC_TUNABLES", value.c_str(), 1) != 0 || setenv("DEEPCORE_STARTED_NS", since.c_str(), 1) != 0) return;
    execv("/proc/self/exe", argv);
    // The restart failed (no /proc, say): carry on as we are.
    if (tunables) setenv("GLIBC_TUNABLES", tunables, 1);
    else unsetenv("GLIBC_TUNABLES");
    unsetenv("DEEPCORE_STARTED_NS");
}

bool hugePagesInUse() {
    const char* t = std::getenv("GLIBC_TUNABLES");
    return t && std::strstr(t, "glibc.malloc.hugetlb=1");
}

} // namespace dc::app
