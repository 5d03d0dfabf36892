// The built-in model against the landmark reference: landmarks within their
// tolerances, and neighbours that must not interpenetrate by more than 2 mm
// (checked with the recipes' signed distances at the other mesh's vertices).
#include <catch2/catch.hpp>

#include <map>

#include <glm/geometric.hpp>

#include "anatomy/atlas_loader.h"
#include "built_in_model.h"
#include "anatomy/recipe.h"

using namespace dc;

namespace {

const Atlas& model() { return test::builtInModel(); }

const std::map<std::string, Recipe>& recipes() {
    static std::map<std::string, Recipe> all = [] {
        std::map<std::string, Recipe> m;
        for (auto& r : builtInRecipes()) m[r.id] = r;
        return m;
    }();
    return all;
}

const Mesh& meshOf(const std::string& id) {
    auto sid = model().find(id);
    if (!sid) FAIL("no structure " << id);
    return model().at(*sid).mesh;
}

// The nearest mesh vertex to a point (the surface passes within about a voxel of it).
float distanceToSurface(const std::string& id, glm::vec3 p) {
    float best = 1e9f;
    for (const auto& v : meshOf(id).positions) best = std::min(best, glm::length(v - p));
    return best;
}

// How deep the vertices of `a` reach inside `b` (metres; 0 when they stay out).
float penetration(const std::string& a, const std::string& b) {
    const sdf::Shape& shape = recipes().at(b).shape;
    const Mesh& m = meshOf(a);
    Bounds bb = shape.bounds();
    float deepest = 0.0f;
    for (const auto& v : m.positions) {
        if (glm::any(glm::lessThan(v, bb.min)) || glm::any(glm::greaterThan(v, bb.max))) continue;
        deepest = std::max(deepest, -shape(v));
    }
    return deepest;
}

void checkApart(const std::string& a, const std::string& b, float allowed = 0.002f) {
    INFO(a << " inside " << b);
    CHECK(penetration(a, b) <= allowed);
}

const char* kOrgans[] = {"small_intestine", "caecum",         "appendix", "ascending_colon", "transverse_colon",
                         "descending_colon", "sigmoid_colon", "rectum",   "urinary_bladder"};

} // namespace

TEST_CASE("landmarks of the built-in model sit within the reference tolerances") {
    // §2.3: femoral head of radius ~0.0235 on the hip centre (0.080, 0, 0).
    for (float side : {1.0f, -1.0f}) {
        std::string femur = side > 0 ? "femur_left" : "femur_right";
        glm::vec3 hjc(0.080f * side, 0, 0);
        CHECK(distanceToSurface(femur, hjc + glm::vec3(0, 0.0235f, 0)) < 0.004f);
        CHECK(distanceToSurface(femur, hjc + glm::vec3(0, 0, 0.0235f)) < 0.004f);
        // Lesser trochanter apex and greater trochanter tip.
        CHECK(distanceToSurface(femur, {0.089f * side, -0.054f, -0.024f}) < 0.010f);
        CHECK(distanceToSurface(femur, {0.127f * side, 0.003f, -0.023f}) < 0.012f);
        // §2.2: ASIS, pubic tubercle, ischial tuberosity on the hip bone.
        std::string hip = side > 0 ? "hip_bone_left" : "hip_bone_right";
        CHECK(distanceToSurface(hip, {0.120f * side, 0.080f, 0.057f}) < 0.012f);
        CHECK(distanceToSurface(hip, {0.027f * side, 0.0f, 0.057f}) < 0.010f);
        CHECK(distanceToSurface(hip, {0.050f * side, -0.058f, -0.028f}) < 0.012f);
        CHECK(distanceToSurface(hip, {0.080f * side, 0.163f, -0.025f}) < 0.015f);
        // §4.2: psoas from the T12-L1 level to the lesser trochanter.
        std::string psoas = side > 0 ? "psoas_major_left" : "psoas_major_right";
        Bounds pb = model().at(*model().find(psoas)).bounds;
        CHECK(pb.max.y > 0.295f);
        CHECK(distanceToSurface(psoas, {0.089f * side, -0.054f, -0.024f}) < 0.012f);
        CHECK(distanceToSurface(psoas, {0.050f * side, 0.158f, -0.007f}) > 0.015f); // L4-5 belly is thick
    }
    // §2.1: the front of each lumbar body in the midline.
    struct Body { const char* id; float y, z, depth; };
    for (Body b : {Body{"l1_vertebra", 0.287f, -0.017f, 0.033f}, Body{"l3_vertebra", 0.215f, -0.006f, 0.035f},
                   Body{"l5_vertebra", 0.139f, -0.016f, 0.035f}}) {
        INFO(b.id);
        float front = -1.0f;
        for (const auto& v : meshOf(b.id).positions)
            if (std::abs(v.x) < 0.006f && std::abs(v.y - b.y) < 0.006f) front = std::max(front, v.z);
        CHECK(front == Approx(b.z + b.depth / 2).margin(0.012f));
    }
}

TEST_CASE("neighbouring structures do not interpenetrate by more than 2 mm") {
    for (const char* side : {"_left", "_right"}) {
        std::string s(side);
        for (const char* organ : kOrgans) {
            for (const char* deep : {"psoas_major", "iliacus", "quadratus_lumborum", "rectus_abdominis",
                                     "transversus_abdominis"})
                checkApart(organ, deep + s);
            checkApart(organ, "kidney" + s);
        }
        checkApart("kidney" + s, "psoas_major" + s);
        checkApart("kidney" + s, "quadratus_lumborum" + s);
        checkApart("femur" + s, "hip_bone" + s);
        checkApart("external_oblique" + s, "internal_oblique" + s);
        checkApart("internal_oblique" + s, "transversus_abdominis" + s);
        for (const char* v : {"l1_vertebra", "l2_vertebra", "l3_vertebra", "l4_vertebra", "l5_vertebra"})
            checkApart("psoas_major" + s, v);
        checkApart("iliacus" + s, "hip_bone" + s);
    }
    checkApart("urinary_bladder", "rectum");
    checkApart("small_intestine", "ascending_colon");
    checkApart("small_intestine", "descending_colon");
    checkApart("small_intestine", "sigmoid_colon");
    checkApart("small_intestine", "urinary_bladder");
    checkApart("abdominal_aorta", "l3_vertebra");
    checkApart("inferior_vena_cava", "l3_vertebra");
}
