// PathSweep: the rounded centre curve, the rest pose reproduced exactly,
// the even slide over via points, and the part of the psoas attached along
// the spine staying with its vertebrae.
#include <catch2/catch.hpp>

#include <cmath>

#include <glm/geometric.hpp>

#include "built_in_model.h"
#include "motion/path_sweep.h"
#include "motion/rig.h"

using namespace dc;
using namespace dc::motion;

namespace {

// A closed square tube along +y from 0 to `length` (rings every 5 mm), 1 cm across.
Mesh tube(float length) {
    Mesh m;
    int rings = static_cast<int>(length / 0.005f) + 1;
    const glm::vec2 corner[4] = {{0.005f, 0.005f}, {-0.005f, 0.005f}, {-0.005f, -0.005f}, {0.005f, -0.005f}};
    for (int r = 0; r < rings; ++r)
        for (const auto& c : corner) m.positions.emplace_back(c.x, length * r / (rings - 1), c.y);
    for (int r = 0; r + 1 < rings; ++r)
        for (uint32_t k = 0; k < 4; ++k) {
            uint32_t a = 4 * r + k, b = 4 * r + (k + 1) % 4, c = a + 4, d = b + 4;
            m.indices.insert(m.indices.end(), {a, c, b, b, c, d});
        }
    uint32_t last = 4 * (rings - 1);
    m.indices.insert(m.indices.end(), {0, 1, 2, 0, 2, 3, last, last + 2, last + 1, last, last + 3, last + 2});
    if (m.signedVolume() < 0)
        for (size_t i = 0; i + 2 < m.indices.size(); i += 3) std::swap(m.indices[i + 1], m.indices[i + 2]);
    m.computeNormals();
    return m;
}

RigPose restRig() { return poseRig(Pose{}); }

} // namespace

TEST_CASE("the centre curve runs from the origin to the insertion, rounded at each via point") {
    std::vector<glm::vec3> pts = {{0, 0, 0}, {0, 0.1f, 0}, {0.1f, 0.1f, 0}};
    CentreCurve c = roundedCurve(pts);
    REQUIRE(c.point.size() > 10);
    CHECK(glm::length(c.point.front() - pts[0]) < 1e-6f);
    CHECK(glm::length(c.point.back() - pts[2]) < 1e-6f);
    // Shorter than the corner it cuts, longer than the straight line.
    CHECK(c.length() < 0.2f);
    CHECK(c.length() > std::sqrt(0.02f));
    REQUIRE(c.jointArc.size() == 3);
    CHECK(c.jointArc[0] == 0.0f);
    CHECK(c.jointArc[1] > 0.05f);
    CHECK(c.jointArc[1] < c.jointArc[2]);
    // No kink: neighbouring tangents turn by a few degrees at most.
    for (size_t i = 1; i < c.tangent.size(); ++i) CHECK(glm::dot(c.tangent[i - 1], c.tangent[i]) > 0.98f);
    glm::vec3 p, t;
    curveAt(c, -0.01f, p, t);
    CHECK(glm::length(p - glm::vec3(0, -0.01f, 0)) < 1e-5f); // straight on beyond the origin
}

TEST_CASE("at rest the sweep gives back the rest mesh") {
    Mesh rest = tube(0.2f);
    MusclePath path{"test", {{Bone::Pelvis, {0, 0, 0}}, {Bone::Pelvis, {0, 0.1f, 0.01f}}, {Bone::FemurLeft, {0, 0.2f, 0}}}};
    PathSweep sweep(rest, path);
    Mesh out = rest;
    sweep.apply(restRig(), out);
    for (size_t i = 0; i < rest.positions.size(); ++i) CHECK(glm::length(out.positions[i] - rest.positions[i]) < 1e-5f);
}

TEST_CASE("a shortening muscle slides over its via point: the change is shared evenly along it") {
    // Origin on the pelvis, a via point on the pelvis, insertion on the femur
    // below the hip: flexing the hip brings the insertion up toward the via
    // point, shortening only the last segment. The mesh shortens evenly instead.
    glm::vec3 o = kHipCentreLeft + glm::vec3(0, 0.20f, 0.03f), via = kHipCentreLeft + glm::vec3(0, 0.05f, 0.03f),
              ins = kHipCentreLeft + glm::vec3(0, -0.10f, 0.03f);
    Mesh rest = tube(0.30f);
    for (auto& p : rest.positions) p = o + glm::vec3(p.x, -p.y, p.z); // from the origin down
    if (rest.signedVolume() < 0)
        for (size_t i = 0; i + 2 < rest.indices.size(); i += 3) std::swap(rest.indices[i + 1], rest.indices[i + 2]);
    MusclePath path{"test", {{Bone::Pelvis, o}, {Bone::Pelvis, via}, {Bone::FemurLeft, ins}}};
    PathSweep sweep(rest, path);
    Pose flexed;
    flexed.hipFlexion[0] = 60.0f;
    RigPose rig = poseRig(flexed);
    Mesh out = rest;
    sweep.apply(rig, out);

    CentreCurve before = roundedCurve({o, via, ins});
    CentreCurve after = roundedCurve(posedPoints(path, rig));
    float ratio = after.length() / before.length();
    REQUIRE(ratio < 0.95f);
    // The ring a quarter of the way along (on the pelvis part at rest) moves
    // toward the origin by a quarter of the shortening: it slid.
    float quarter = 0.25f * before.length();
    glm::vec3 ringRest(0.0f), ringNow(0.0f);
    int n = 0;
    for (size_t i = 0; i < rest.positions.size(); ++i)
        if (std::abs((o.y - rest.positions[i].y) - quarter) < 0.003f) {
            ringRest += rest.positions[i];
            ringNow += out.positions[i];
            ++n;
        }
    REQUIRE(n >= 4);
    ringRest /= float(n);
    ringNow /= float(n);
    float moved = glm::length(ringNow - o) - glm::length(ringRest - o);
    CHECK(moved == Approx(quarter * (ratio - 1.0f)).margin(0.003));
    // Shorter is thicker, and the volume is kept.
    CHECK(out.signedVolume() == Approx(rest.signedVolume()).epsilon(0.01));
}

TEST_CASE("the psoas stays with its vertebrae along the spine while the hip flexes", "[model]") {
    const Atlas& atlas = test::builtInModel();
    auto id = atlas.find("psoas_major_left");
    REQUIRE(id);
    const Mesh& rest = atlas.at(*id).mesh;
    PathSweep sweep(rest, *findMusclePath("psoas_major_left"));
    Pose flexed;
    flexed.hipFlexion[0] = 90.0f;
    Mesh out = rest;
    sweep.apply(poseRig(flexed), out);
    // L1 to L4 (body centres 0.287 ... 0.177 m): the lumbar spine did not move.
    float worst = 0.0f;
    for (size_t i = 0; i < rest.positions.size(); ++i)
        if (rest.positions[i].y > 0.18f && rest.positions[i].y < 0.28f)
            worst = std::max(worst, glm::length(out.positions[i] - rest.positions[i]));
    CHECK(worst < 0.002f);
}
