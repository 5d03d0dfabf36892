#include "app/model_source.h"

#include <cstdlib>
#include <filesystem>
#include <optional>

#include <spdlog/fmt/fmt.h>
#include <spdlog/spdlog.h>

#include "anatomy/atlas_cache.h"
#include "anatomy/atlas_loader.h"

namespace dc::app {

namespace fs = std::filesystem;

std::string executableDir() {
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    return ec ? std::string(".") : exe.parent_path().string();
}

std::string builtInModelPath() {
    fs::path dir = executableDir();
    for (fs::path p : {dir / "lower_torso.glb", dir / ".." / "share" / "deepcore" / "lower_torso.glb"}) {
        std::error_code ec;
        if (fs::exists(p, ec)) return p.lexically_normal().string();
    }
    return (dir / "lower_torso.glb").string();
}

std::string defaultAnnotationsDir() {
    fs::path dir = executableDir();
    for (fs::path p : {dir / "annotations", dir / ".." / "share" / "deepcore" / "annotations",
                       fs::path(DEEPCORE_SOURCE_DIR) / "annotations"}) {
        std::error_code ec;
        if (fs::is_directory(p, ec)) return p.lexically_normal().string();
    }
    return (fs::path(DEEPCORE_SOURCE_DIR) / "annotations").string();
}

Result<Atlas> loadModel(const std::string& path) {
    std::string p = path.empty() ? builtInModelPath() : path;
    // A model seen before comes from the binary cache, keyed by its bytes.
    std::string cacheDir = std::getenv("DEEPCORE_NO_MODEL_CACHE") ? std::string() : defaultCacheDir();
    std::optional<uint64_t> hash = cacheDir.empty() ? std::nullopt : hashFileContents(p);
    const bool cacheable = hash.has_value();
    const uint64_t key = hash.value_or(0);
    std::string cacheFile;
    if (cacheable) {
        cacheFile = (fs::path(cacheDir) / fmt::format("{:016x}.atlas", key)).string();
        if (auto cached = readAtlasCache(cacheFile, key)) {
            spdlog::debug("model: {} from the cache {}", p, cacheFile);
            cached->sourcePath = p;
            return std::move(*cached);
        }
    }
    LoadReport report;
    Result<Atlas> atlas = loadAtlas(p, &report);
    for (const auto& w : report.warnings) spdlog::warn("{}", w);
    // Only a clean load is cached: its warnings would be lost otherwise.
    if (atlas && cacheable && report.warnings.empty()) {
        std::string error;
        if (writeAtlasCache(*atlas, cacheFile, key, &error)) pruneAtlasCaches(cacheDir);
        else spdlog::debug("{}", error); // no cache: the next start-up is only slower
    }
    return atlas;
}

} // namespace dc::app
