#include "core/dir_watcher.h"

#include <filesystem>

namespace dc {

namespace fs = std::filesystem;

DirWatcher::DirWatcher(std::string dir, std::string extension) : m_dir(std::move(dir)), m_ext(std::move(extension)) {
    m_state = scan();
}

std::map<std::string, std::pair<long long, long long>> DirWatcher::scan() const {
    std::map<std::string, std::pair<long long, long long>> out;
    std::error_code ec;
    if (m_dir.empty() || !fs::is_directory(m_dir, ec)) return out;
    for (fs::recursive_directory_iterator it(m_dir, fs::directory_options::skip_permission_denied, ec), end;
         !ec && it != end; it.increment(ec)) {
        if (!it->is_regular_file(ec) || it->path().extension() != m_ext) continue;
        auto t = fs::last_write_time(it->path(), ec);
        auto size = fs::file_size(it->path(), ec);
        out[it->path().string()] = {static_cast<long long>(t.time_since_epoch().count()), static_cast<long long>(size)};
    }
    return out;
}

bool DirWatcher::poll() {
    auto now = scan();
    if (now == m_state) return false;
    m_state = std::move(now);
    return true;
}

} // namespace dc
