#include "anatomy/atlas_cache.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string_view>
#include <type_traits>
#include <vector>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dc {

namespace {

namespace fs = std::filesystem;

constexpr char kMagic[8] = {'D', 'C', 'A', 'T', 'L', 'A', 'S', '\0'};
constexpr uint32_t kVersion = 1;

class Writer {
public:
    template <typename T>
    void put(const T& v) {
        static_assert(std::is_trivially_copyable_v<T>);
        const char* p = reinterpret_cast<const char*>(&v);
        bytes.insert(bytes.end(), p, p + sizeof(T));
    }
    void put(const std::string& s) {
        put(static_cast<uint32_t>(s.size()));
        bytes.insert(bytes.end(), s.begin(), s.end());
    }
    template <typename T>
    void put(const std::vector<T>& v) {
        static_assert(std::is_trivially_copyable_v<T>);
        put(static_cast<uint64_t>(v.size()));
        if (v.empty()) return;
        const char* p = reinterpret_cast<const char*>(v.data());
        bytes.insert(bytes.end(), p, p + v.size() * sizeof(T));
    }
    std::vector<char> bytes;
};

class Reader {
public:
    explicit Reader(std::string_view data) : m_data(data) {}
    template <typename T>
    bool get(T& v) {
        static_assert(std::is_trivially_copyable_v<T>);
        if (m_data.size() - m_pos < sizeof(T)) return false;
        std::memcpy(&v, m_data.data() + m_pos, sizeof(T));
        m_pos += sizeof(T);
        return true;
    }
    bool get(std::string& s) {
        uint32_t n = 0;
        if (!get(n) || m_data.size() - m_pos < n) return false;
        s.assign(m_data.data() + m_pos, n);
        m_pos += n;
        return true;
    }
    template <typename T>
    bool get(std::vector<T>& v) {
        uint64_t n = 0;
        if (!get(n) || n > (m_data.size() - m_pos) / sizeof(T)) return false;
        v.resize(static_cast<size_t>(n));
        if (n > 0) std::memcpy(v.data(), m_data.data() + m_pos, static_cast<size_t>(n) * sizeof(T));
        m_pos += static_cast<size_t>(n) * sizeof(T);
        return true;
    }
    bool atEnd() const { return m_pos == m_data.size(); }

private:
    std::string_view m_data;
    size_t m_pos = 0;
};

uint64_t checksum(std::string_view bytes) {
    return static_cast<uint64_t>(std::hash<std::string_view>{}(bytes)) ^ 0x9e3779b97f4a7c15ull;
}

// A read-only view of a whole file, mapped into memory (no copy, no
// zero-filling); empty when it cannot be opened or mapped.
class MappedFile {
public:
    explicit MappedFile(const std::string& path) {
        int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) return;
        struct stat st {};
        if (::fstat(fd, &st) == 0 && st.st_size > 0) {
            void* p = ::mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
            if (p != MAP_FAILED) {
                m_data = static_cast<const char*>(p);
                m_size = static_cast<size_t>(st.st_size);
            }
        }
        m_opened = true;
        ::close(fd);
    }
    ~MappedFile() {
        if (m_data) ::munmap(const_cast<char*>(m_data), m_size);
    }
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    bool opened() const { return m_opened; }
    std::string_view view() const { return m_data ? std::string_view(m_data, m_size) : std::string_view(); }

private:
    const char* m_data = nullptr;
    size_t m_size = 0;
    bool m_opened = false;
};

} // namespace

std::optional<uint64_t> hashFileContents(const std::string& path) {
    MappedFile file(path);
    if (!file.opened()) return std::nullopt;
    std::string_view data = file.view();
    // The standard library's byte hash; a different one after an upgrade
    // only means one cache miss.
    return static_cast<uint64_t>(std::hash<std::string_view>{}(data)) ^ (static_cast<uint64_t>(data.size()) << 1);
}

std::optional<Atlas> readAtlasCache(const std::string& cacheFile, uint64_t key) {
    MappedFile file(cacheFile);
    std::string_view all = file.view();
    // The last 8 bytes: a checksum of everything before them, so damage
    // anywhere (not only where a size or an index would give it away) is a miss.
    if (all.size() < sizeof(uint64_t)) return std::nullopt;
    std::string_view body = all.substr(0, all.size() - sizeof(uint64_t));
    uint64_t sum = 0;
    std::memcpy(&sum, all.data() + body.size(), sizeof sum);
    if (sum != checksum(body)) return std::nullopt;
    return parseAtlasCache(body, key);
}

std::optional<Atlas> parseAtlasCache(std::string_view body, uint64_t key) {
    Reader r(body);
    char magic[8];
    uint32_t version = 0;
    uint64_t storedKey = 0, count = 0;
    for (char& c : magic)
        if (!r.get(c)) return std::nullopt;
    if (std::memcmp(magic, kMagic, sizeof magic) != 0) return std::nullopt;
    if (!r.get(version) || version != kVersion || !r.get(storedKey) || storedKey != key || !r.get(count))
        return std::nullopt;
    if (count > 100000) return std::nullopt;
    Atlas atlas;
    for (uint64_t i = 0; i < count; ++i) {
        Structure s;
        uint8_t layer = 0, system = 0, side = 0;
        if (!r.get(s.info.id) || !r.get(s.info.name) || !r.get(layer) || !r.get(system) || !r.get(side) ||
            !r.get(s.info.colour) || !r.get(s.mesh.positions) || !r.get(s.mesh.normals) || !r.get(s.mesh.fibres) ||
            !r.get(s.mesh.indices))
            return std::nullopt;
        if (layer >= kLayerCount || system > static_cast<uint8_t>(System::Other) ||
            side > static_cast<uint8_t>(Side::Right))
            return std::nullopt;
        if (s.mesh.indices.size() % 3 != 0 || (!s.mesh.normals.empty() && s.mesh.normals.size() != s.mesh.positions.size()) ||
            (!s.mesh.fibres.empty() && s.mesh.fibres.size() != s.mesh.positions.size()))
            return std::nullopt;
        for (uint32_t ix : s.mesh.indices)
            if (ix >= s.mesh.positions.size()) return std::nullopt;
        s.info.layer = static_cast<Layer>(layer);
        s.info.system = static_cast<System>(system);
        s.info.side = static_cast<Side>(side);
        if (atlas.find(s.info.id)) return std::nullopt; // ids were unique when written
        atlas.add(std::move(s));
    }
    if (!r.atEnd()) return std::nullopt;
    return atlas;
}

bool writeAtlasCache(const Atlas& atlas, const std::string& cacheFile, uint64_t key, std::string* error) {
    Writer w;
    for (char c : kMagic) w.put(c);
    w.put(kVersion);
    w.put(key);
    w.put(static_cast<uint64_t>(atlas.size()));
    for (const auto& s : atlas.structures()) {
        w.put(s.info.id);
        w.put(s.info.name);
        w.put(static_cast<uint8_t>(s.info.layer));
        w.put(static_cast<uint8_t>(s.info.system));
        w.put(static_cast<uint8_t>(s.info.side));
        w.put(s.info.colour);
        w.put(s.mesh.positions);
        w.put(s.mesh.normals);
        w.put(s.mesh.fibres);
        w.put(s.mesh.indices);
    }
    w.put(checksum(std::string_view(w.bytes.data(), w.bytes.size())));
    std::error_code ec;
    fs::path target(cacheFile);
    if (target.has_parent_path()) fs::create_directories(target.parent_path(), ec);
    fs::path tmp = target;
    tmp += ".tmp" + std::to_string(static_cast<unsigned long>(std::hash<std::string>{}(cacheFile) & 0xffff));
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out || !out.write(w.bytes.data(), static_cast<std::streamsize>(w.bytes.size()))) {
            if (error) *error = tmp.string() + ": cannot write the model cache";
            fs::remove(tmp, ec);
            return false;
        }
    }
    fs::rename(tmp, target, ec);
    if (ec) {
        if (error) *error = target.string() + ": cannot write the model cache (" + ec.message() + ")";
        fs::remove(tmp, ec);
        return false;
    }
    return true;
}

void pruneAtlasCaches(const std::string& dir, size_t keep) {
    std::error_code ec;
    std::vector<std::pair<fs::file_time_type, fs::path>> files;
    for (const auto& e : fs::directory_iterator(dir, ec))
        if (e.path().extension() == ".atlas") files.emplace_back(e.last_write_time(ec), e.path());
    if (files.size() <= keep) return;
    std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (size_t i = keep; i < files.size(); ++i) fs::remove(files[i].second, ec);
}

std::string defaultCacheDir() {
    if (const char* x = std::getenv("XDG_CACHE_HOME"); x && *x) return (fs::path(x) / "deepcore").string();
    if (const char* h = std::getenv("HOME"); h && *h) return (fs::path(h) / ".cache" / "deepcore").string();
    return {};
}

} // namespace dc
