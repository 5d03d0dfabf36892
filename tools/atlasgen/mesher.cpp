#include "mesher.h"

#include <algorithm>
#include <cmath>

#include <glm/geometric.hpp>
#include <meshoptimizer.h>
#include <openvdb/openvdb.h>
#include <openvdb/tools/VolumeToMesh.h>
#include <openvdb/tools/SignedFloodFill.h>

namespace dc::atlasgen {

namespace {

constexpr int kBlock = 8;         // voxels per block side in the coarse pass
constexpr float kBandVoxels = 3;  // narrow-band half-width

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

} // namespace

Mesh meshRecipe(const Recipe& recipe, MeshStats* stats) {
    const sdf::Shape& shape = recipe.shape;
    const float vs = recipe.voxelSize;
    const float band = kBandVoxels * vs;
    Bounds b = shape.bounds();
    glm::ivec3 lo = glm::ivec3(glm::floor(b.min / vs)) - glm::ivec3(kBlock);
    glm::ivec3 hi = glm::ivec3(glm::ceil(b.max / vs)) + glm::ivec3(kBlock);

    auto grid = openvdb::FloatGrid::create(band);
    grid->setTransform(openvdb::math::Transform::createLinearTransform(vs));
    grid->setGridClass(openvdb::GRID_LEVEL_SET);
    auto acc = grid->getAccessor();
    size_t samples = 0;
    const float blockHalfDiag = 0.5f * std::sqrt(3.0f) * kBlock * vs;

    for (int bz = lo.z; bz < hi.z; bz += kBlock)
        for (int by = lo.y; by < hi.y; by += kBlock)
            for (int bx = lo.x; bx < hi.x; bx += kBlock) {
                glm::vec3 c = (glm::vec3(bx, by, bz) + glm::vec3(kBlock * 0.5f)) * vs;
                float dc = shape(c);
                ++samples;
                // Blend and ellipsoid distances are bounds, not exact: keep a
                // safety factor so no surface voxel is skipped.
                if (std::abs(dc) > 1.5f * (blockHalfDiag + band)) continue;
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
    if (stats) {
        stats->samples = samples;
        stats->trianglesBeforeSimplify = mesh.triangleCount();
    }

    // Simplify within the allowed surface error, keeping the mesh closed.
    if (!mesh.indices.empty()) {
        std::vector<uint32_t> simplified(mesh.indices.size());
        float extent = glm::length(b.size());
        float relError = extent > 0 ? recipe.simplifyError / extent : 0.0f;
        size_t n = meshopt_simplify(simplified.data(), mesh.indices.data(), mesh.indices.size(),
                                    &mesh.positions[0].x, mesh.positions.size(), sizeof(glm::vec3),
                                    mesh.indices.size() / 8, relError, meshopt_SimplifyLockBorder, nullptr);
        simplified.resize(n);
        if (n >= 3 * 8) mesh.indices = std::move(simplified);
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
