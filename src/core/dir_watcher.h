// DirWatcher: notices when the files in a directory change, by polling their
// modification times and sizes (cheap for a few hundred files, and works on
// every file system). The viewer polls once a second to reload annotations.
//
//   DirWatcher w(dir, ".toml");
//   if (w.poll()) reload();
#pragma once

#include <map>
#include <string>

namespace dc {

class DirWatcher {
public:
    DirWatcher() = default;
    DirWatcher(std::string dir, std::string extension);
    // True when a file was added, removed or changed since the last poll.
    bool poll();

private:
    std::map<std::string, std::pair<long long, long long>> scan() const;
    std::string m_dir, m_ext;
    std::map<std::string, std::pair<long long, long long>> m_state;
};

} // namespace dc
