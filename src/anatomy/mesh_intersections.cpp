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

glm::vec3 closestOnTriangle(glm::vec3 p, const glm::vec3 t[3]) {
    glm::vec3 a = t[0], ab = t[1] - t[0], ac = t[2] - t[0], ap = p - a;
    float d1 = glm::dot(ab, ap), d2 = glm::dot(ac, ap);
    if (d1 <= 0.0f && d2 <= 0.0f) return a;
    glm::vec3 bp = p - t[1];
    float d3 = glm::dot(ab, bp), d4 = glm::dot(ac, bp);
    if (d3 >= 0.0f && d4 <= d3) return t[1];
    float vc = d1 * d4 - d3 * d2;
    if (vc <= 0.0f && d1 >= 0.0f && d3 <= 0.0f) return a + ab * (d1 / (d1 - d3));
    glm::vec3 cp = p - t[2];
    float d5 = glm::dot(ab, cp), d6 = glm::dot(ac, cp);
    if (d6 >= 0.0f && d5 <= d6) return t[2];
    float vb = d5 * d2 - d1 * d6;
    if (vb <= 0.0f && d2 >= 0.0f && d6 <= 0.0f) return a + ac * (d2 / (d2 - d6));
    float va = d3 * d6 - d5 * d4;
    if (va <= 0.0f && (d4 - d3) >= 0.0f && (d5 - d6) >= 0.0f)
        return t[1] + (t[2] - t[1]) * ((d4 - d3) / ((d4 - d3) + (d5 - d6)));
    float den = 1.0f / (va + vb + vc);
    return a + ab * (vb * den) + ac * (vc * den);
}

// Shortest distance between segments p1-q1 and p2-q2.
float segmentDistance(glm::vec3 p1, glm::vec3 q1, glm::vec3 p2, glm::vec3 q2) {
    glm::vec3 d1 = q1 - p1, d2 = q2 - p2, r = p1 - p2;
    float a = glm::dot(d1, d1), e = glm::dot(d2, d2), f = glm::dot(d2, r);
    float s = 0.0f, t = 0.0f;
    if (a <= 1e-20f && e <= 1e-20f) return glm::length(r);
    if (a <= 1e-20f) {
        t = std::clamp(f / e, 0.0f, 1.0f);
    } else {
        float c = glm::dot(d1, r);
        if (e <= 1e-20f) {
            s = std::clamp(-c / a, 0.0f, 1.0f);
        } else {
            float b = glm::dot(d1, d2), denom = a * e - b * b;
            s = denom > 1e-20f ? std::clamp((b * f - c * e) / denom, 0.0f, 1.0f) : 0.0f;
            t = (b * s + f) / e;
            if (t < 0.0f) {
                t = 0.0f;
                s = std::clamp(-c / a, 0.0f, 1.0f);
            } else if (t > 1.0f) {
                t = 1.0f;
                s = std::clamp((b - c) / a, 0.0f, 1.0f);
            }
        }
    }
    return glm::length((p1 + d1 * s) - (p2 + d2 * t));
}

} // namespace

float triangleDistance(const glm::vec3 a[3], const glm::vec3 b[3]) {
    if (trianglesCross(a, b)) return 0.0f;
    float best = 1e30f;
    for (int i = 0; i < 3; ++i) {
        best = std::min(best, glm::length(a[i] - closestOnTriangle(a[i], b)));
        best = std::min(best, glm::length(b[i] - closestOnTriangle(b[i], a)));
        for (int j = 0; j < 3; ++j)
            best = std::min(best, segmentDistance(a[i], a[(i + 1) % 3], b[j], b[(j + 1) % 3]));
    }
    return best;
}

bool trianglesCross(const glm::vec3 a[3], const glm::vec3 b[3], glm::vec3* where) {
    for (int i = 0; i < 3; ++i) {
        if (segmentThrough(a[i], a[(i + 1) % 3], b, where)) return true;
        if (segmentThrough(b[i], b[(i + 1) % 3], a, where)) return true;
    }
    return false;
}

namespace {

// Calls visit(a, b, ta, tb) once for each pair of triangles that share no
// vertex (nor a vertex position within `weld`) and whose bounding boxes,
// grown by `margin`, overlap. Triangles are bucketed in a uniform grid.
template <class Visit>
void forNearPairs(const Mesh& m, float weld, float margin, Visit visit) {
    size_t n = m.triangleCount();
    if (n < 2) return;
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
        box[t].min -= glm::vec3(margin * 0.5f);
        box[t].max += glm::vec3(margin * 0.5f);
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
    std::vector<uint64_t> seen; // a pair spanning several cells is visited once
    for (const auto& [k, tris] : grid)
        for (size_t i = 0; i < tris.size(); ++i)
            for (size_t j = i + 1; j < tris.size(); ++j) {
                uint32_t a = std::min(tris[i], tris[j]), b = std::max(tris[i], tris[j]);
                if (!overlap(box[a], box[b]) || neighbours(a, b)) continue;
                seen.push_back((static_cast<uint64_t>(a) << 32) | b);
            }
    std::sort(seen.begin(), seen.end());
    seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
    for (uint64_t p : seen) {
        uint32_t a = static_cast<uint32_t>(p >> 32), b = static_cast<uint32_t>(p & 0xffffffffu);
        glm::vec3 ta[3] = {m.positions[m.indices[3 * a]], m.positions[m.indices[3 * a + 1]],
                           m.positions[m.indices[3 * a + 2]]};
        glm::vec3 tb[3] = {m.positions[m.indices[3 * b]], m.positions[m.indices[3 * b + 1]],
                           m.positions[m.indices[3 * b + 2]]};
        visit(a, b, ta, tb);
    }
}

} // namespace

SelfIntersections findSelfIntersections(const Mesh& m, float weld) {
    SelfIntersections out;
    forNearPairs(m, weld, 0.0f, [&](uint32_t a, uint32_t b, const glm::vec3* ta, const glm::vec3* tb) {
        glm::vec3 where;
        if (!trianglesCross(ta, tb, &where)) return;
        ++out.pairs;
        out.example = where;
        out.triangleA = a;
        out.triangleB = b;
        out.triangles.push_back(a);
        out.triangles.push_back(b);
    });
    std::sort(out.triangles.begin(), out.triangles.end());
    out.triangles.erase(std::unique(out.triangles.begin(), out.triangles.end()), out.triangles.end());
    return out;
}

std::vector<std::pair<uint32_t, uint32_t>> closeTrianglePairs(const Mesh& m, float clearance) {
    std::vector<std::pair<uint32_t, uint32_t>> out;
    forNearPairs(m, 1e-6f, clearance, [&](uint32_t a, uint32_t b, const glm::vec3* ta, const glm::vec3* tb) {
        if (triangleDistance(ta, tb) < clearance) out.emplace_back(a, b);
    });
    return out;
}

} // namespace dc
