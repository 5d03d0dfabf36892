// Atlas: the loaded model, as CPU meshes plus metadata. A StructureId is an
// index into it. The Atlas knows nothing of GL; render::upload() turns it into
// GPU meshes once.
//
//   Result<Atlas> atlas = loadAtlas("lower_torso.glb");
//   if (auto id = atlas->find("psoas_major_left")) { ... atlas->at(*id).mesh ... }
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "anatomy/mesh.h"
#include "anatomy/structure_info.h"

namespace dc {

using StructureId = uint32_t;

struct Structure {
    StructureInfo info;
    Mesh mesh;
    Bounds bounds;        // filled by Atlas::add
    glm::vec3 centroid{}; // filled by Atlas::add
};

class Atlas {
public:
    // Adds a structure (computing its bounds and centroid) and returns its id.
    // An id already present is made unique by appending "_2", "_3", ...
    StructureId add(Structure s);

    size_t size() const { return m_structures.size(); }
    bool empty() const { return m_structures.empty(); }
    const Structure& at(StructureId id) const { return m_structures[id]; }
    Structure& at(StructureId id) { return m_structures[id]; }
    const std::vector<Structure>& structures() const { return m_structures; }

    std::optional<StructureId> find(std::string_view id) const;
    Bounds bounds() const;
    size_t triangleCount() const;

    std::string sourcePath; // where it was loaded from, for messages

private:
    std::vector<Structure> m_structures;
    std::unordered_map<std::string, StructureId> m_byId;
};

} // namespace dc
