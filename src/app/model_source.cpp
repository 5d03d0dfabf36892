#include "app/model_source.h"

#include <filesystem>

#include <spdlog/spdlog.h>

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
    LoadReport report;
    Result<Atlas> atlas = loadAtlas(p, &report);
    for (const auto& w : report.warnings) spdlog::warn("{}", w);
    return atlas;
}

} // namespace dc::app
