// Loads a model file into an Atlas through Assimp (glTF/GLB, OBJ, STL and the
// other formats Assimp reads). Each node with meshes becomes one structure,
// named by the node. Metadata comes, in order, from the node's glTF extras
// (as atlasgen writes them), from the built-in catalogue when the name is one
// of its ids, or from defaults (layer 0, system "other") with a warning.
#pragma once

#include <string>
#include <vector>

#include "anatomy/atlas.h"
#include "core/error.h"

namespace dc {

struct LoadReport {
    std::vector<std::string> warnings; // e.g. structures without metadata
};

Result<Atlas> loadAtlas(const std::string& path, LoadReport* report = nullptr);

} // namespace dc
