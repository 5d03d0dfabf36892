#include "scene/picker.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <glm/geometric.hpp>
#include <glm/mat4x4.hpp>
#include <glm/matrix.hpp>

namespace dc {

namespace {

constexpr int kLeafSize = 4;

struct Node {
    Bounds box;
    uint32_t first = 0; // leaf: first triangle in order; inner: left child
    uint32_t count = 0; // leaf: triangle count; inner: 0 (right = left + 1)
};

// Möller–Trumbore; returns the distance along the ray or a negative value.
float hitTriangle(const Ray& r, const glm::vec3& a, const glm::vec3& b, const glm::vec3& c) {
    glm::vec3 e1 = b - a, e2 = c - a;
    glm::vec3 p = glm::cross(r.dir, e2);
    float det = glm::dot(e1, p);
    if (std::abs(det) < 1e-12f) return -1.0f;
    float inv = 1.0f / det;
    glm::vec3 s = r.origin - a;
    float u = glm::dot(s, p) * inv;
    if (u < 0.0f || u > 1.0f) return -1.0f;
    glm::vec3 q = glm::cross(s, e1);
    float v = glm::dot(r.dir, q) * inv;
    if (v < 0.0f || u + v > 1.0f) return -1.0f;
    return glm::dot(e2, q) * inv;
}

} // namespace

struct Picker::Bvh {
    std::vector<Node> nodes;
    std::vector<uint32_t> tris; // triangle indices, leaf order

    void build(const Mesh& m) {
        size_t n = m.triangleCount();
        triangles = n;
        stale = false;
        tris.resize(n);
        std::vector<glm::vec3> centre(n);
        std::vector<Bounds> box(n);
        for (size_t t = 0; t < n; ++t) {
            tris[t] = static_cast<uint32_t>(t);
            for (int k = 0; k < 3; ++k) box[t].add(m.positions[m.indices[3 * t + k]]);
            centre[t] = box[t].centre();
        }
        nodes.reserve(2 * n / kLeafSize + 1);
        nodes.push_back({});
        split(0, 0, static_cast<uint32_t>(n), centre, box);
    }

    void split(size_t node, uint32_t first, uint32_t count, const std::vector<glm::vec3>& centre,
               const std::vector<Bounds>& box) {
        Bounds b, cb;
        for (uint32_t i = first; i < first + count; ++i) {
            b.add(box[tris[i]]);
            cb.add(centre[tris[i]]);
        }
        nodes[node].box = b;
        if (count <= kLeafSize) {
            nodes[node].first = first;
            nodes[node].count = count;
            return;
        }
        glm::vec3 ext = cb.size();
        int axis = ext.x > ext.y ? (ext.x > ext.z ? 0 : 2) : (ext.y > ext.z ? 1 : 2);
        uint32_t mid = first + count / 2;
        std::nth_element(tris.begin() + first, tris.begin() + mid, tris.begin() + first + count,
                         [&](uint32_t a, uint32_t c) { return centre[a][axis] < centre[c][axis]; });
        auto left = static_cast<uint32_t>(nodes.size());
        nodes.push_back({});
        nodes.push_back({});
        nodes[node].first = left;
        nodes[node].count = 0;
        split(left, first, mid - first, centre, box);
        split(left + 1, mid, first + count - mid, centre, box);
    }

    // The vertices moved but the triangles are the same (a pose): recompute
    // every box bottom-up. Children come after their parent in `nodes`, so
    // one pass from the back sees both children before the parent.
    void refit(const Mesh& m) {
        for (size_t i = nodes.size(); i-- > 0;) {
            Node& nd = nodes[i];
            Bounds b;
            if (nd.count > 0) {
                for (uint32_t k = nd.first; k < nd.first + nd.count; ++k)
                    for (int c = 0; c < 3; ++c) b.add(m.positions[m.indices[3 * tris[k] + c]]);
            } else {
                b = nodes[nd.first].box;
                b.add(nodes[nd.first + 1].box);
            }
            nd.box = b;
        }
    }

    size_t triangles = 0; // what it was built for
    bool stale = false;   // vertices moved since the boxes were computed

    // Nearest hit closer than `best`, or best unchanged.
    float cast(const Ray& r, const Mesh& m, float best) const {
        if (nodes.empty()) return best;
        uint32_t stack[64];
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            const Node& nd = nodes[stack[--top]];
            auto d = rayBoxDistance(r, nd.box);
            if (!d || *d > best) continue;
            if (nd.count > 0) {
                for (uint32_t i = nd.first; i < nd.first + nd.count; ++i) {
                    uint32_t t = tris[i];
                    float h = hitTriangle(r, m.positions[m.indices[3 * t]], m.positions[m.indices[3 * t + 1]],
                                          m.positions[m.indices[3 * t + 2]]);
                    if (h > 0.0f && h < best) best = h;
                }
            } else if (top + 2 <= 64) {
                stack[top++] = nd.first;
                stack[top++] = nd.first + 1;
            }
        }
        return best;
    }
};

Ray rayThroughPixel(const glm::mat4& view, const glm::mat4& projection, glm::vec2 pixel, glm::vec2 viewport) {
    glm::vec2 ndc(2.0f * pixel.x / viewport.x - 1.0f, 1.0f - 2.0f * pixel.y / viewport.y);
    glm::mat4 inv = glm::inverse(projection * view);
    glm::vec4 nearP = inv * glm::vec4(ndc, -1.0f, 1.0f);
    glm::vec4 farP = inv * glm::vec4(ndc, 1.0f, 1.0f);
    glm::vec3 a = glm::vec3(nearP) / nearP.w, b = glm::vec3(farP) / farP.w;
    return {a, glm::normalize(b - a)};
}

std::optional<float> rayBoxDistance(const Ray& r, const Bounds& box) {
    float tmin = 0.0f, tmax = std::numeric_limits<float>::max();
    for (int a = 0; a < 3; ++a) {
        if (std::abs(r.dir[a]) < 1e-12f) {
            if (r.origin[a] < box.min[a] || r.origin[a] > box.max[a]) return std::nullopt;
            continue;
        }
        float inv = 1.0f / r.dir[a];
        float t0 = (box.min[a] - r.origin[a]) * inv, t1 = (box.max[a] - r.origin[a]) * inv;
        if (t0 > t1) std::swap(t0, t1);
        tmin = std::max(tmin, t0);
        tmax = std::min(tmax, t1);
        if (tmin > tmax) return std::nullopt;
    }
    return tmin;
}

Picker::Picker(const Atlas& atlas) : m_atlas(atlas), m_bvh(atlas.size()) {}
Picker::~Picker() = default;

void Picker::invalidate() {
    for (auto& b : m_bvh)
        if (b) b->stale = true;
}

void Picker::invalidate(StructureId id) {
    if (id < m_bvh.size() && m_bvh[id]) m_bvh[id]->stale = true;
}

const Picker::Bvh& Picker::bvhFor(StructureId id) const {
    const Mesh& mesh = m_atlas.at(id).mesh;
    auto& bvh = m_bvh[id];
    if (bvh && bvh->stale && bvh->triangles == mesh.triangleCount()) {
        // A pose moves vertices, never triangles: refitting keeps the tree
        // (slightly looser boxes) at a fraction of a rebuild's cost.
        bvh->refit(mesh);
        bvh->stale = false;
    } else if (!bvh || bvh->stale) {
        bvh = std::make_unique<Bvh>();
        bvh->build(mesh);
    }
    return *bvh;
}

std::optional<PickHit> Picker::cast(const Ray& ray, const std::function<bool(StructureId)>& pickable) const {
    // Nearest boxes first, so far structures are usually culled by distance.
    std::vector<std::pair<float, StructureId>> order;
    for (StructureId id = 0; id < m_atlas.size(); ++id) {
        if (!pickable(id)) continue;
        if (auto d = rayBoxDistance(ray, m_atlas.at(id).bounds)) order.emplace_back(*d, id);
    }
    std::sort(order.begin(), order.end());
    float best = std::numeric_limits<float>::max();
    std::optional<StructureId> bestId;
    for (const auto& [boxDistance, id] : order) {
        if (boxDistance > best) break;
        float d = bvhFor(id).cast(ray, m_atlas.at(id).mesh, best);
        if (d < best) {
            best = d;
            bestId = id;
        }
    }
    if (!bestId) return std::nullopt;
    return PickHit{*bestId, best, ray.origin + ray.dir * best};
}

} // namespace dc
