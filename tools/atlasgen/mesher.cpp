#include "mesher.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unordered_map>

#include <glm/geometric.hpp>
#include <meshoptimizer.h>
#include <openvdb/openvdb.h>
#include <openvdb/tools/VolumeToMesh.h>
#include <openvdb/tools/SignedFloodFill.h>

#include "anatomy/mesh_intersections.h"

namespace dc::atlasgen {

namespace {

constexpr int kBlock = 8;         // voxels per block side in the coarse pass
constexpr float kBandVoxels = 3;  // narrow-band half-width
// Least distance between a muscle's triangles that share no vertex (metres).
constexpr float kMuscleGap = 0.0002f;

glm::vec3 gradient(const sdf::Shape& s, const glm::vec3& p, float h) {
    glm::vec3 g(s(p + glm::vec3(h, 0, 0)) - s(p - glm::vec3(h, 0, 0)),
                s(p + glm::vec3(0, h, 0)) - s(p - glm::vec3(0, h, 0)),
                s(p + glm::vec3(0, 0, h)) - s(p - glm::vec3(0, 0, h)));
    float len = glm::length(g);
    return len > 0 ? g / len : glm::vec3(0, 1, 0);
}

glm::vec3 fibreAt(const std::vector<glm::vec3>& path, const glm::vec3& p) {
    glm::vec3 best(0, 1, 0);
    float bestD = 1e30f;
    for (size_t i = 0; i + 1 < path.size(); ++i) {
        glm::vec3 ab = path[i + 1] - path[i];
        float l2 = glm::dot(ab, ab);
        if (l2 < 1e-12f) continue;
        float h = std::clamp(glm::dot(p - path[i], ab) / l2, 0.0f, 1.0f);
        float d = glm::length(p - (path[i] + ab * h));
        if (d < bestD) {
            bestD = d;
            best = ab / std::sqrt(l2);
        }
    }
    return best;
}

// Directed edges that have no reverse (holes) and that occur twice
// (non-manifold): both must be zero for a closed, consistently wound mesh.
struct EdgeCheck {
    size_t open = 0, doubled = 0;
    bool ok() const { return open == 0 && doubled == 0; }
};

EdgeCheck checkEdges(const std::vector<uint32_t>& idx) {
    std::unordered_map<uint64_t, int> edges;
    edges.reserve(idx.size() * 2);
    auto key = [](uint32_t a, uint32_t b) { return (static_cast<uint64_t>(a) << 32) | b; };
    for (size_t i = 0; i + 2 < idx.size(); i += 3)
        for (int k = 0; k < 3; ++k) ++edges[key(idx[i + k], idx[i + (k + 1) % 3])];
    EdgeCheck c;
    for (const auto& [e, n] : edges) {
        if (n > 1) ++c.doubled;
        if (!edges.count(key(static_cast<uint32_t>(e & 0xffffffffu), static_cast<uint32_t>(e >> 32)))) ++c.open;
    }
    return c;
}

// Removes what edge collapses can leave behind: degenerate triangles, and
// triangles that occur twice (in either winding), which would make
// non-manifold edges or zero-volume fins.
void removeDuplicateTriangles(std::vector<uint32_t>& idx) {
    std::unordered_map<uint64_t, std::vector<size_t>> seen; // sorted vertex triple -> triangles
    auto pack = [](uint32_t a, uint32_t b, uint32_t c) {
        uint32_t v[3] = {a, b, c};
        std::sort(v, v + 3);
        return (static_cast<uint64_t>(v[0]) * 73856093u) ^ (static_cast<uint64_t>(v[1]) << 21) ^
               (static_cast<uint64_t>(v[2]) << 42);
    };
    size_t n = idx.size() / 3;
    std::vector<bool> drop(n, false);
    auto same = [&](size_t i, size_t j) {
        uint32_t a[3] = {idx[3 * i], idx[3 * i + 1], idx[3 * i + 2]}, b[3] = {idx[3 * j], idx[3 * j + 1], idx[3 * j + 2]};
        std::sort(a, a + 3);
        std::sort(b, b + 3);
        return a[0] == b[0] && a[1] == b[1] && a[2] == b[2];
    };
    for (size_t t = 0; t < n; ++t) {
        uint32_t a = idx[3 * t], b = idx[3 * t + 1], c = idx[3 * t + 2];
        if (a == b || b == c || a == c) {
            drop[t] = true;
            continue;
        }
        auto& list = seen[pack(a, b, c)];
        bool paired = false;
        for (size_t other : list)
            if (!drop[other] && same(t, other)) {
                drop[other] = drop[t] = true; // both copies go
                paired = true;
                break;
            }
        if (!paired) list.push_back(t);
    }
    std::vector<uint32_t> out;
    out.reserve(idx.size());
    for (size_t t = 0; t < n; ++t)
        if (!drop[t]) out.insert(out.end(), {idx[3 * t], idx[3 * t + 1], idx[3 * t + 2]});
    idx = std::move(out);
}

// Samples the shape on a sparse grid and extracts its surface. `cull` scales
// the distance test that skips blocks far from the surface: the blend and
// ellipsoid distances are bounds that can overestimate, so a hole in the
// result is answered by sampling again more carefully (0 = no culling).
Mesh extractSurface(const sdf::Shape& shape, float vs, float cull, size_t& samples) {
    const float band = kBandVoxels * vs;
    Bounds b = shape.bounds();
    glm::ivec3 lo = glm::ivec3(glm::floor(b.min / vs)) - glm::ivec3(kBlock);
    glm::ivec3 hi = glm::ivec3(glm::ceil(b.max / vs)) + glm::ivec3(kBlock);

    auto grid = openvdb::FloatGrid::create(band);
    grid->setTransform(openvdb::math::Transform::createLinearTransform(vs));
    grid->setGridClass(openvdb::GRID_LEVEL_SET);
    auto acc = grid->getAccessor();
    samples = 0;
    const float blockHalfDiag = 0.5f * std::sqrt(3.0f) * kBlock * vs;

    for (int bz = lo.z; bz < hi.z; bz += kBlock)
        for (int by = lo.y; by < hi.y; by += kBlock)
            for (int bx = lo.x; bx < hi.x; bx += kBlock) {
                glm::vec3 c = (glm::vec3(bx, by, bz) + glm::vec3(kBlock * 0.5f)) * vs;
                float dc = shape(c);
                ++samples;
                // Blend and ellipsoid distances are bounds, not exact: keep a
                // safety factor so no surface voxel is skipped.
                if (cull > 0.0f && std::abs(dc) > cull * (blockHalfDiag + band)) continue;
                for (int z = bz; z < bz + kBlock; ++z)
                    for (int y = by; y < by + kBlock; ++y)
                        for (int x = bx; x < bx + kBlock; ++x) {
                            float d = shape(glm::vec3(x, y, z) * vs);
                            ++samples;
                            if (std::abs(d) < band) acc.setValue(openvdb::Coord(x, y, z), d);
                        }
            }
    openvdb::tools::signedFloodFill(grid->tree());

    std::vector<openvdb::Vec3s> points;
    std::vector<openvdb::Vec3I> tris;
    std::vector<openvdb::Vec4I> quads;
    openvdb::tools::volumeToMesh(*grid, points, tris, quads, 0.0, 0.0);

    Mesh mesh;
    mesh.positions.reserve(points.size());
    for (const auto& p : points) mesh.positions.emplace_back(p.x(), p.y(), p.z());
    // OpenVDB's faces wind clockwise seen from outside; flip them to CCW.
    for (const auto& t : tris) mesh.indices.insert(mesh.indices.end(), {t[0], t[2], t[1]});
    for (const auto& q : quads) {
        mesh.indices.insert(mesh.indices.end(), {q[0], q[2], q[1]});
        mesh.indices.insert(mesh.indices.end(), {q[0], q[3], q[2]});
    }
    if (mesh.signedVolume() < 0) {
        for (size_t i = 0; i + 2 < mesh.indices.size(); i += 3) std::swap(mesh.indices[i + 1], mesh.indices[i + 2]);
    }
    return mesh;
}

// Vertex neighbours along the triangles' edges.
std::vector<std::vector<uint32_t>> edgeRings(const Mesh& mesh) {
    std::vector<std::vector<uint32_t>> ring(mesh.positions.size());
    for (size_t i = 0; i + 2 < mesh.indices.size(); i += 3)
        for (int k = 0; k < 3; ++k) {
            uint32_t a = mesh.indices[i + k], c = mesh.indices[i + (k + 1) % 3];
            ring[a].push_back(c);
            ring[c].push_back(a);
        }
    return ring;
}

// One round of repair: the vertices of `triangles` (and, from the third
// round, their neighbours) move halfway toward the average of their
// neighbours and back onto the surface, three passes.
void relax(Mesh& mesh, const sdf::Shape& shape, const std::vector<uint32_t>& triangles,
           const std::vector<std::vector<uint32_t>>& ring, int round) {
    std::vector<uint32_t> moving;
    for (uint32_t t : triangles)
        for (int k = 0; k < 3; ++k) moving.push_back(mesh.indices[3 * t + k]);
    if (round >= 2) {
        size_t n = moving.size();
        for (size_t i = 0; i < n; ++i) moving.insert(moving.end(), ring[moving[i]].begin(), ring[moving[i]].end());
    }
    std::sort(moving.begin(), moving.end());
    moving.erase(std::unique(moving.begin(), moving.end()), moving.end());
    for (int pass = 0; pass < 3; ++pass)
        for (uint32_t v : moving) {
            if (ring[v].empty()) continue;
            glm::vec3 avg(0.0f);
            for (uint32_t w : ring[v]) avg += mesh.positions[w];
            avg /= static_cast<float>(ring[v].size());
            glm::vec3 p = glm::mix(mesh.positions[v], avg, 0.5f);
            float d = shape(p);
            mesh.positions[v] = p - gradient(shape, p, 1e-4f) * d; // back onto the surface
        }
}

// Untangles the folds simplification can leave: triangles that cross
// another are relaxed (relax()), a few rounds, until no two triangles cross.
// Returns the crossing pairs left (0 = clean).
size_t untangle(Mesh& mesh, const sdf::Shape& shape) {
    SelfIntersections si = findSelfIntersections(mesh);
    if (si.pairs == 0) return 0;
    auto ring = edgeRings(mesh);
    for (int round = 0; round < 12 && si.pairs > 0; ++round) {
        relax(mesh, shape, si.triangles, ring, round);
        si = findSelfIntersections(mesh);
    }
    return si.pairs;
}

// Opens up the near contacts simplification can leave in a mesh that will
// deform (a sliver lying almost on its neighbours, two faces of a thin sheet
// a hair apart): no two triangles sharing no vertex stay closer than `gap`
// where relaxing can part them. They cross nothing at rest, but the least
// bend of a muscle pushes them through each other. Keeps the mesh as it was
// if parting them would make anything cross. Returns the close pairs left.
size_t separate(Mesh& mesh, const sdf::Shape& shape, float gap) {
    auto close = closeTrianglePairs(mesh, gap);
    if (close.empty()) return 0;
    Mesh before = mesh;
    auto ring = edgeRings(mesh);
    for (int round = 0; round < 12 && !close.empty(); ++round) {
        std::vector<uint32_t> tris;
        for (const auto& [a, b] : close) tris.insert(tris.end(), {a, b});
        relax(mesh, shape, tris, ring, round);
        close = closeTrianglePairs(mesh, gap);
    }
    if (findSelfIntersections(mesh).pairs > 0) {
        mesh = std::move(before);
        return closeTrianglePairs(mesh, gap).size();
    }
    return close.size();
}

// Turns the triangles simplification folded over (a sliver whose face points
// into the surface: it shades dark and an outline drawn from back faces
// shows through it) the right way round by flipping one of their edges:
// triangles (a,b,c) and (b,a,d) become (a,d,c) and (d,b,c) when both then
// face out. Only the connectivity changes; if that would make anything cross,
// the mesh is left as it was. Returns the folded triangles left.
size_t unfold(Mesh& mesh, const sdf::Shape& shape) {
    std::unordered_map<uint32_t, glm::vec3> outward; // gradient per vertex, as needed
    auto out = [&](uint32_t v) {
        auto it = outward.find(v);
        if (it == outward.end()) it = outward.emplace(v, gradient(shape, mesh.positions[v], 1e-4f)).first;
        return it->second;
    };
    auto facing = [&](uint32_t a, uint32_t b, uint32_t c) {
        glm::vec3 n = glm::cross(mesh.positions[b] - mesh.positions[a], mesh.positions[c] - mesh.positions[a]);
        float len = glm::length(n);
        return len < 1e-14f ? -1.0f : glm::dot(n / len, glm::normalize(out(a) + out(b) + out(c)));
    };
    auto edgeKey = [](uint32_t a, uint32_t b) { return (static_cast<uint64_t>(std::min(a, b)) << 32) | std::max(a, b); };
    auto inward = [&] {
        size_t n = 0;
        for (size_t i = 0; i + 2 < mesh.indices.size(); i += 3)
            n += facing(mesh.indices[i], mesh.indices[i + 1], mesh.indices[i + 2]) < 0.0f;
        return n;
    };
    std::vector<uint32_t> before = mesh.indices;
    for (int pass = 0; pass < 4; ++pass) {
        std::unordered_map<uint64_t, std::vector<uint32_t>> edges; // edge -> triangles
        size_t n = mesh.indices.size() / 3;
        for (uint32_t t = 0; t < n; ++t)
            for (int k = 0; k < 3; ++k) edges[edgeKey(mesh.indices[3 * t + k], mesh.indices[3 * t + (k + 1) % 3])].push_back(t);
        bool changed = false;
        for (uint32_t t = 0; t < n; ++t) {
            uint32_t* T = &mesh.indices[3 * t];
            if (facing(T[0], T[1], T[2]) >= 0.0f) continue;
            float best = 0.0f; // both must face out after the flip
            int bestK = -1;
            uint32_t bestN = 0, bestD = 0;
            for (int k = 0; k < 3; ++k) {
                uint32_t a = T[k], b = T[(k + 1) % 3], c = T[(k + 2) % 3];
                const auto& share = edges[edgeKey(a, b)];
                if (share.size() != 2) continue;
                uint32_t nb = share[0] == t ? share[1] : share[0];
                uint32_t* N = &mesh.indices[3 * nb];
                uint32_t d = N[0] != a && N[0] != b ? N[0] : (N[1] != a && N[1] != b ? N[1] : N[2]);
                if (d == c || edges.count(edgeKey(c, d))) continue;
                float score = std::min(facing(a, d, c), facing(d, b, c));
                if (score > best) {
                    best = score;
                    bestK = k;
                    bestN = nb;
                    bestD = d;
                }
            }
            if (bestK < 0) continue;
            uint32_t a = T[bestK], b = T[(bestK + 1) % 3], c = T[(bestK + 2) % 3], d = bestD;
            uint32_t* N = &mesh.indices[3 * bestN];
            T[0] = a, T[1] = d, T[2] = c;
            N[0] = d, N[1] = b, N[2] = c;
            // Keep the edge map true for the rest of this pass.
            auto drop = [&](uint64_t key, uint32_t tri) {
                auto& v = edges[key];
                v.erase(std::remove(v.begin(), v.end(), tri), v.end());
            };
            edges.erase(edgeKey(a, b));
            drop(edgeKey(b, c), t);
            edges[edgeKey(b, c)].push_back(bestN);
            drop(edgeKey(a, d), bestN);
            edges[edgeKey(a, d)].push_back(t);
            edges[edgeKey(c, d)] = {t, bestN};
            changed = true;
        }
        if (!changed) break;
    }
    if (findSelfIntersections(mesh).pairs > 0) mesh.indices = std::move(before);
    return inward();
}

} // namespace

Mesh meshRecipe(const Recipe& recipe, MeshStats* stats) {
    const sdf::Shape& shape = recipe.shape;
    const float vs = recipe.voxelSize;
    Bounds b = shape.bounds();
    size_t samples = 0;
    Mesh mesh;
    for (float cull : {1.5f, 4.0f, 0.0f}) {
        mesh = extractSurface(shape, vs, cull, samples);
        if (mesh.indices.empty() || checkEdges(mesh.indices).ok()) break;
    }
    if (stats) {
        stats->samples = samples;
        stats->trianglesBeforeSimplify = mesh.triangleCount();
    }

    // Simplify within the allowed surface error. Edge collapses can leave a
    // tiny non-manifold pocket; such a result is rejected and simplification
    // retried with another target count and then a smaller error (a
    // different collapse order), and dropped only if every try fails. They
    // can also fold a sliver of surface over its neighbours (two triangles
    // that cross): those are untangled afterwards (untangle()).
    if (!mesh.indices.empty()) {
        float extent = glm::length(b.size());
        bool done = false;
        for (float err : {recipe.simplifyError, recipe.simplifyError * 0.5f}) {
            for (size_t divisor : {8u, 7u, 6u, 5u}) {
                std::vector<uint32_t> simplified(mesh.indices.size());
                float relError = extent > 0 ? err / extent : 0.0f;
                size_t target = mesh.indices.size() / divisor / 3 * 3;
                size_t n = meshopt_simplify(simplified.data(), mesh.indices.data(), mesh.indices.size(),
                                            &mesh.positions[0].x, mesh.positions.size(), sizeof(glm::vec3), target,
                                            relError, meshopt_SimplifyLockBorder, nullptr);
                simplified.resize(n);
                removeDuplicateTriangles(simplified);
                if (simplified.size() >= 3 * 8 && checkEdges(simplified).ok()) {
                    Mesh candidate;
                    candidate.positions = mesh.positions;
                    candidate.indices = std::move(simplified);
                    if (untangle(candidate, shape) == 0) {
                        // Muscles bend with motion: part their near contacts.
                        if (!recipe.fibrePath.empty()) {
                            size_t left = separate(candidate, shape, kMuscleGap);
                            if (stats) stats->nearContacts = left;
                        }
                        mesh = std::move(candidate);
                        done = true;
                        break;
                    }
                }
            }
            if (done) break;
        }
        if (done) {
            size_t folded = unfold(mesh, shape);
            if (stats) stats->foldedLeft = folded;
        }
        if (!done)
            std::fprintf(stderr, "atlasgen: warning: '%s' kept unsimplified (%zu triangles)\n", recipe.id.c_str(),
                         mesh.triangleCount());
        meshopt_optimizeVertexCache(mesh.indices.data(), mesh.indices.data(), mesh.indices.size(),
                                    mesh.positions.size());
        std::vector<uint32_t> remap(mesh.positions.size());
        size_t vcount = meshopt_optimizeVertexFetchRemap(remap.data(), mesh.indices.data(), mesh.indices.size(),
                                                         mesh.positions.size());
        meshopt_remapIndexBuffer(mesh.indices.data(), mesh.indices.data(), mesh.indices.size(), remap.data());
        std::vector<glm::vec3> pos(vcount);
        meshopt_remapVertexBuffer(pos.data(), mesh.positions.data(), mesh.positions.size(), sizeof(glm::vec3),
                                  remap.data());
        mesh.positions = std::move(pos);
    }

    if (EdgeCheck c = checkEdges(mesh.indices); !c.ok())
        std::fprintf(stderr, "atlasgen: warning: '%s' is not closed (%zu open, %zu non-manifold edges)\n",
                     recipe.id.c_str(), c.open, c.doubled);
    mesh.normals.resize(mesh.positions.size());
    for (size_t i = 0; i < mesh.positions.size(); ++i)
        mesh.normals[i] = gradient(shape, mesh.positions[i], vs * 0.5f);
    if (recipe.fibrePath.size() >= 2) {
        mesh.fibres.resize(mesh.positions.size());
        for (size_t i = 0; i < mesh.positions.size(); ++i) mesh.fibres[i] = fibreAt(recipe.fibrePath, mesh.positions[i]);
    }
    return mesh;
}

} // namespace dc::atlasgen
