#include "anatomy/mesh_intersections.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <vector>

#include <glm/geometric.hpp>

namespace dc {

namespace {

// Where segment p->q passes through triangle t (strictly inside), if it does.
bool segmentThrough(glm::vec3 p, glm::vec3 q, const glm::vec3 t[3], glm::vec3* where) {
    glm::vec3 d = q - p;
    glm::vec3 e1 = t[1] - t[0], e2 = t[2] - t[0];
    glm::vec3 h = glm::cross(d, e2);
    float det = glm::dot(e1, h);
    if (std::abs(det) < 1e-18f) return false; // parallel: left to the other edges
    float inv = 1.0f / det;
    glm::vec3 s = p - t[0];
    float u = glm::dot(s, h) * inv;
    if (u <= 0.0f || u >= 1.0f) return false;
    glm::vec3 k = glm::cross(s, e1);
    float v = glm::dot(d, k) * inv;
    if (v <= 0.0f || u + v >= 1.0f) return false;
    float f = glm::dot(e2, k) * inv;
    if (f <= 0.0f || f >= 1.0f) return false;
    if (where) *where = p + d * f;
    return true;
}

} // namespace

bool trianglesCross(const glm::vec3 a[3], const glm::vec3 b[3], glm::vec3* where) {
    for (int i = 0; i < 3; ++i) {
        if (segmentThrough(a[i], a[(i + 1) % 3], b, where)) return true;
        if (segmentThrough(b[i], b[(i + 1) % 3], a, where)) return true;
    }
    return false;
}

SelfIntersections findSelfIntersections(const Mesh& m, float weld) {
    SelfIntersections out;
    size_t n = m.triangleCount();
    if (n < 2) return out;
    // Cell size: twice the mean edge length, so a triangle spans few cells.
    double edge = 0.0;
    for (size_t t = 0; t < n; ++t)
        edge += glm::length(m.positions[m.indices[3 * t + 1]] - m.positions[m.indices[3 * t]]);
    float cell = std::max(static_cast<float>(2.0 * edge / static_cast<double>(n)), 1e-5f);
    Bounds all = m.bounds();
    auto key = [&](int x, int y, int z) {
        return (static_cast<int64_t>(x) * 73856093) ^ (static_cast<int64_t>(y) * 19349663) ^
               (static_cast<int64_t>(z) * 83492791);
    };
    auto cellOf = [&](float v, float lo) { return static_cast<int>(std::floor((v - lo) / cell)); };
    std::unordered_map<int64_t, std::vector<uint32_t>> grid;
    grid.reserve(n * 2);
    std::vector<Bounds> box(n);
    for (size_t t = 0; t < n; ++t) {
        for (int k = 0; k < 3; ++k) box[t].add(m.positions[m.indices[3 * t + k]]);
        for (int x = cellOf(box[t].min.x, all.min.x); x <= cellOf(box[t].max.x, all.min.x); ++x)
            for (int y = cellOf(box[t].min.y, all.min.y); y <= cellOf(box[t].max.y, all.min.y); ++y)
                for (int z = cellOf(box[t].min.z, all.min.z); z <= cellOf(box[t].max.z, all.min.z); ++z)
                    grid[key(x, y, z)].push_back(static_cast<uint32_t>(t));
    }
    auto neighbours = [&](uint32_t a, uint32_t b) {
        for (int i = 0; i < 3; ++i)
            for (int j = 0; j < 3; ++j) {
                uint32_t va = m.indices[3 * a + i], vb = m.indices[3 * b + j];
                if (va == vb || glm::length(m.positions[va] - m.positions[vb]) <= weld) return true;
            }
        return false;
    };
    auto overlap = [](const Bounds& a, const Bounds& b) {
        return a.min.x <= b.max.x && b.min.x <= a.max.x && a.min.y <= b.max.y && b.min.y <= a.max.y &&
               a.min.z <= b.max.z && b.min.z <= a.max.z;
    };
    std::vector<uint64_t> seen; // pairs found, so a pair spanning cells counts once
    for (const auto& [k, tris] : grid) {
        for (size_t i = 0; i < tris.size(); ++i)
            for (size_t j = i + 1; j < tris.size(); ++j) {
                uint32_t a = std::min(tris[i], tris[j]), b = std::max(tris[i], tris[j]);
                if (!overlap(box[a], box[b]) || neighbours(a, b)) continue;
                glm::vec3 ta[3] = {m.positions[m.indices[3 * a]], m.positions[m.indices[3 * a + 1]],
                                   m.positions[m.indices[3 * a + 2]]};
                glm::vec3 tb[3] = {m.positions[m.indices[3 * b]], m.positions[m.indices[3 * b + 1]],
                                   m.positions[m.indices[3 * b + 2]]};
                glm::vec3 where;
                if (trianglesCross(ta, tb, &where)) {
                    seen.push_back((static_cast<uint64_t>(a) << 32) | b);
                    out.example = where;
                    out.triangleA = a;
                    out.triangleB = b;
                }
            }
    }
    std::sort(seen.begin(), seen.end());
    seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
    out.pairs = seen.size();
    for (uint64_t p : seen) {
        out.triangles.push_back(static_cast<uint32_t>(p >> 32));
        out.triangles.push_back(static_cast<uint32_t>(p & 0xffffffffu));
    }
    std::sort(out.triangles.begin(), out.triangles.end());
    out.triangles.erase(std::unique(out.triangles.begin(), out.triangles.end()), out.triangles.end());
    return out;
}

} // namespace dc
