#include "anatomy/atlas.h"

namespace dc {

StructureId Atlas::add(Structure s) {
    std::string base = s.info.id;
    for (int n = 2; m_byId.count(s.info.id); ++n) s.info.id = base + "_" + std::to_string(n);
    s.bounds = s.mesh.bounds();
    s.centroid = s.mesh.centroid();
    auto id = static_cast<StructureId>(m_structures.size());
    m_byId.emplace(s.info.id, id);
    m_structures.push_back(std::move(s));
    return id;
}

std::optional<StructureId> Atlas::find(std::string_view id) const {
    auto it = m_byId.find(std::string(id));
    if (it == m_byId.end()) return std::nullopt;
    return it->second;
}

Bounds Atlas::bounds() const {
    Bounds b;
    for (const auto& s : m_structures) b.add(s.bounds);
    return b;
}

size_t Atlas::triangleCount() const {
    size_t n = 0;
    for (const auto& s : m_structures) n += s.mesh.triangleCount();
    return n;
}

} // namespace dc
