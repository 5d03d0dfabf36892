// Self-intersection: the checker finds a fold and passes a clean mesh; the
// built-in model's meshes are clean at rest, and the muscles that follow
// their paths stay clean through every motion clip, extremes included (the
// sweep lets them slide over their via points; atlasgen parts the near
// contacts simplification leaves in muscles).
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <map>
#include <string>

#include <glm/geometric.hpp>

#include "anatomy/mesh_intersections.h"
#include "built_in_model.h"
#include "motion/deformer.h"
#include "motion/motion_clip.h"
#include "motion/rig.h"

using namespace dc;

namespace {

// A flat strip of quads along x, 2 cm wide.
Mesh strip(int quads) {
    Mesh m;
    for (int i = 0; i <= quads; ++i) {
        m.positions.emplace_back(0.01f * i, 0.0f, 0.0f);
        m.positions.emplace_back(0.01f * i, 0.02f, 0.0f);
    }
    for (int i = 0; i < quads; ++i) {
        uint32_t a = 2 * i, b = a + 1, c = a + 2, d = a + 3;
        m.indices.insert(m.indices.end(), {a, c, b, b, c, d});
    }
    return m;
}

} // namespace

TEST_CASE("the self-intersection check finds a fold and passes a flat strip") {
    Mesh flat = strip(10);
    CHECK(findSelfIntersections(flat).pairs == 0);

    // Bend the far half back through the near half, tilted so it crosses it.
    Mesh folded = flat;
    for (auto& p : folded.positions)
        if (p.x > 0.05f) p = glm::vec3(0.1f - p.x, p.y, 0.01f - (p.x - 0.05f) * 0.4f);
    SelfIntersections si = findSelfIntersections(folded);
    CHECK(si.pairs > 0);
    CHECK(si.example.x >= 0.0f);
    CHECK(si.example.x <= 0.05f);

    glm::vec3 a[3] = {{0, 0, 0}, {1, 0, 0}, {0, 1, 0}};
    glm::vec3 through[3] = {{0.2f, 0.2f, -0.5f}, {0.2f, 0.2f, 0.5f}, {0.3f, -1.0f, 0.0f}};
    glm::vec3 beside[3] = {{2, 2, -0.5f}, {2, 2, 0.5f}, {3, 1, 0}};
    CHECK(trianglesCross(a, through));
    CHECK_FALSE(trianglesCross(a, beside));
}

TEST_CASE("no mesh of the built-in model crosses itself at rest", "[model]") {
    const Atlas& rest = test::builtInModel();
    for (const auto& s : rest.structures()) {
        SelfIntersections si = findSelfIntersections(s.mesh);
        INFO(s.info.id << ": " << si.pairs << " crossing pairs, e.g. at " << si.example.x << " " << si.example.y << " "
                       << si.example.z);
        CHECK(si.pairs == 0);
    }
}

TEST_CASE("the path muscles do not cross themselves anywhere in any clip", "[model][motion]") {
    const Atlas& rest = test::builtInModel();
    motion::Deformer deformer(rest);
    auto load = motion::loadMotionClips(std::string(DC_SOURCE_DIR) + "/annotations/motions");
    REQUIRE(load.errors.empty());
    Atlas posed = rest;
    auto isPath = [&](StructureId id) { return deformer.kind(id) == motion::BindKind::Path; };
    std::map<std::string, size_t> worst;
    for (const auto& clip : load.clips) {
        // Sixteen times through the clip; the keys' extremes fall on or near them.
        for (int k = 0; k <= 16; ++k) {
            double t = clip.duration * k / 16.0 * 0.999;
            deformer.apply(motion::poseRig(clip.sample(t)), posed, isPath);
            for (StructureId id = 0; id < posed.size(); ++id) {
                if (!isPath(id)) continue;
                const std::string& name = posed.at(id).info.id;
                SelfIntersections si = findSelfIntersections(posed.at(id).mesh);
                worst[name] = std::max(worst[name], si.pairs);
                INFO(clip.name << " t=" << t << " " << name << ": " << si.pairs << " crossing pairs, e.g. at "
                               << si.example.x << " " << si.example.y << " " << si.example.z);
                CHECK(si.pairs == 0);
            }
        }
    }
    for (const auto& [name, n] : worst)
        if (n > 0) std::printf("self-intersection: %s worst %zu crossing pairs (%zu triangles)\n", name.c_str(), n,
                               rest.at(*rest.find(name)).mesh.triangleCount());
}

TEST_CASE("near contacts: the distance between triangles and the pairs closer than a gap") {
    glm::vec3 a[3] = {{0, 0, 0}, {0.01f, 0, 0}, {0, 0.01f, 0}};
    glm::vec3 above[3] = {{0, 0, 0.0001f}, {0.01f, 0, 0.0001f}, {0, 0.01f, 0.0001f}};
    glm::vec3 far[3] = {{0.02f, 0, 0}, {0.03f, 0, 0}, {0.02f, 0.01f, 0}};
    CHECK(triangleDistance(a, above) == Approx(0.0001f).margin(1e-7));
    CHECK(triangleDistance(a, far) == Approx(0.01f).margin(1e-6));
    Mesh m;
    for (const auto* t : {a, above, far})
        for (int k = 0; k < 3; ++k) m.positions.push_back(t[k]);
    m.indices = {0, 1, 2, 3, 4, 5, 6, 7, 8};
    auto close = closeTrianglePairs(m, 0.0002f);
    REQUIRE(close.size() == 1);
    CHECK(close[0] == std::make_pair(0u, 1u));
    CHECK(closeTrianglePairs(m, 0.00005f).empty());
    CHECK(findSelfIntersections(m).pairs == 0);
}

// A triangle whose face points into the surface (against the normals at its
// corners) is a sliver simplification folded over: it shades dark, and a
// hover outline drawn from back faces would show through it. atlasgen turns
// them round by edge flips; the few left sit in creases (between the colon's
// haustra, at the skin's navel and groin).
TEST_CASE("next to no triangle of the built-in model faces into its surface", "[model]") {
    const Atlas& rest = test::builtInModel();
    size_t folded = 0, total = 0;
    for (const auto& s : rest.structures()) {
        const Mesh& m = s.mesh;
        size_t here = 0;
        for (size_t t = 0; t < m.triangleCount(); ++t) {
            uint32_t a = m.indices[3 * t], b = m.indices[3 * t + 1], c = m.indices[3 * t + 2];
            glm::vec3 face = glm::cross(m.positions[b] - m.positions[a], m.positions[c] - m.positions[a]);
            if (glm::dot(face, m.normals[a] + m.normals[b] + m.normals[c]) < 0.0f) ++here;
        }
        INFO(s.info.id << ": " << here << " of " << m.triangleCount() << " triangles face inward");
        if (s.info.id == "skin") CHECK(here * 3000 <= m.triangleCount()); // at most 0.033 %
        folded += here;
        total += m.triangleCount();
    }
    INFO(folded << " of " << total << " triangles face inward");
    CHECK(folded * 2000 <= total); // at most 0.05 %
}
