// Mesh: one structure's triangles on the CPU, in the atlas frame (metres,
// +Y up, +Z anterior, +X to the subject's left). Plain vectors, no GL.
#pragma once

#include <cstdint>
#include <vector>

#include <glm/vec3.hpp>

namespace dc {

struct Bounds {
    glm::vec3 min{1e30f};
    glm::vec3 max{-1e30f};

    bool empty() const { return min.x > max.x; }
    void add(const glm::vec3& p);
    void add(const Bounds& b);
    glm::vec3 centre() const { return (min + max) * 0.5f; }
    glm::vec3 size() const { return max - min; }
};

struct Mesh {
    std::vector<glm::vec3> positions;
    std::vector<glm::vec3> normals;   // unit length, one per position
    std::vector<glm::vec3> fibres;    // muscle fibre direction per vertex; empty if none
    std::vector<uint32_t> indices;    // triangles, counter-clockwise seen from outside

    size_t triangleCount() const { return indices.size() / 3; }
    Bounds bounds() const;
    // Area-weighted centroid of the surface.
    glm::vec3 centroid() const;
    // Enclosed volume (m^3), positive for outward-facing triangles.
    double signedVolume() const;
    // Recomputes normals from the triangles (area weighted).
    void computeNormals();
};

} // namespace dc
