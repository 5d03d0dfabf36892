// The generated lower_torso.glb: every catalogue structure, with its metadata,
// in the right place, closed and consistently oriented.
#include <catch2/catch.hpp>

#include <map>

#include <glm/geometric.hpp>

#include "anatomy/atlas_loader.h"
#include "built_in_model.h"
#include "anatomy/catalog.h"

using namespace dc;

namespace {
const Atlas& model() { return test::builtInModel(); }
} // namespace

TEST_CASE("the built-in model has every catalogue structure with its metadata") {
    const Atlas& a = model();
    CHECK(a.size() == builtInCatalog().size());
    for (const auto& c : builtInCatalog()) {
        INFO(c.id);
        auto id = a.find(c.id);
        REQUIRE(id);
        const Structure& s = a.at(*id);
        CHECK(s.info.layer == c.layer);
        CHECK(s.info.system == c.system);
        CHECK(s.info.side == c.side);
        CHECK(s.mesh.triangleCount() > 20);
    }
}

TEST_CASE("the built-in model stays within the triangle budget") {
    CHECK(model().triangleCount() <= 800000);
}

TEST_CASE("paired structures sit on their own side") {
    for (const auto& s : model().structures()) {
        INFO(s.info.id);
        if (s.info.side == Side::Left) CHECK(s.centroid.x > 0.0f);
        if (s.info.side == Side::Right) CHECK(s.centroid.x < 0.0f);
    }
}

TEST_CASE("every mesh is closed and consistently oriented") {
    for (const auto& s : model().structures()) {
        INFO(s.info.id);
        const Mesh& m = s.mesh;
        // Each directed edge appears once and its reverse once: closed, and
        // neighbouring triangles wind the same way.
        std::map<std::pair<uint32_t, uint32_t>, int> edges;
        for (size_t i = 0; i + 2 < m.indices.size(); i += 3)
            for (int k = 0; k < 3; ++k) ++edges[{m.indices[i + k], m.indices[i + (k + 1) % 3]}];
        size_t open = 0, doubled = 0;
        for (const auto& [e, n] : edges) {
            if (n > 1) ++doubled;
            if (!edges.count({e.second, e.first})) ++open;
        }
        CHECK(open == 0);
        CHECK(doubled == 0);
        CHECK(m.signedVolume() > 0.0); // outward facing
    }
}

TEST_CASE("key landmarks of the built-in model") {
    const Atlas& a = model();
    auto centroid = [&](const char* id) { return a.at(*a.find(id)).centroid; };
    auto bounds = [&](const char* id) { return a.at(*a.find(id)).bounds; };
    // Femoral heads are centred on the hip joint centres (+-0.080, 0, 0).
    Bounds fl = bounds("femur_left");
    CHECK(fl.max.y == Approx(0.024f).margin(0.008f)); // top of the head
    CHECK(fl.min.y < -0.38f);                         // reaches towards the knee
    // Psoas major runs from T12 to the lesser trochanter.
    Bounds pl = bounds("psoas_major_left");
    CHECK(pl.max.y > 0.29f);
    CHECK(pl.min.y < -0.04f);
    CHECK(centroid("psoas_major_left").x > 0.02f);
    // Lumbar bodies stacked in order.
    CHECK(centroid("l1_vertebra").y > centroid("l3_vertebra").y);
    CHECK(centroid("l3_vertebra").y > centroid("l5_vertebra").y);
    CHECK(centroid("l3_vertebra").y == Approx(0.215f).margin(0.02f));
    // Skin encloses the deep structures.
    Bounds skin = bounds("skin");
    CHECK(skin.max.z > pl.max.z + 0.05f);
    CHECK(skin.min.x < -0.15f);
    CHECK(skin.max.x > 0.15f);
}
