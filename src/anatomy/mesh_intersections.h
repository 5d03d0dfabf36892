// Self-intersection of a triangle mesh: pairs of triangles that share no
// vertex yet cross each other (a fold, a muscle bent through itself).
// Triangles are bucketed in a uniform grid so only near pairs are tested.
// Pure logic, for tests and reports.
//
//   SelfIntersections si = findSelfIntersections(mesh);
//   if (si.pairs > 0) report(si.example);
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include <glm/vec3.hpp>

#include "anatomy/mesh.h"

namespace dc {

struct SelfIntersections {
    size_t pairs = 0;          // crossing triangle pairs
    glm::vec3 example{0.0f};   // a point where two of them cross
    size_t triangleA = 0, triangleB = 0; // and the two triangles
    std::vector<uint32_t> triangles;      // every triangle in a crossing pair
};

// Triangles sharing a vertex index, or a vertex position within `weld`
// metres, count as neighbours and are not tested against each other.
SelfIntersections findSelfIntersections(const Mesh& mesh, float weld = 1e-6f);

// Pairs of triangles sharing no vertex that come closer than `clearance`
// (crossing ones included): two sheets of surface almost touching, such as
// the faces of a thin sliver, which the least deformation pushes through
// each other.
std::vector<std::pair<uint32_t, uint32_t>> closeTrianglePairs(const Mesh& mesh, float clearance);

// Shortest distance between two triangles (0 when they cross).
float triangleDistance(const glm::vec3 a[3], const glm::vec3 b[3]);

// Whether two triangles cross (an edge of one passes through the other).
bool trianglesCross(const glm::vec3 a[3], const glm::vec3 b[3], glm::vec3* where = nullptr);

} // namespace dc
