// CPU picking: a ray through a known point hits the right structure; hidden,
// peeled and ghosted structures are skipped.
#include <catch2/catch.hpp>

#include <glm/gtc/matrix_transform.hpp>

#include "scene/orbit_camera.h"
#include "scene/picker.h"
#include "scene/view_state.h"

using namespace dc;

namespace {

// An axis-aligned closed box mesh.
Structure box(const std::string& id, Layer layer, glm::vec3 lo, glm::vec3 hi) {
    Structure s;
    s.info.id = id;
    s.info.name = id;
    s.info.layer = layer;
    s.info.system = layer == Layer::Skin ? System::Integumentary : System::Muscular;
    for (int k = 0; k < 8; ++k)
        s.mesh.positions.emplace_back((k & 1) ? hi.x : lo.x, (k & 2) ? hi.y : lo.y, (k & 4) ? hi.z : lo.z);
    s.mesh.indices = {0, 2, 1, 1, 2, 3, 4, 5, 6, 5, 7, 6, 0, 1, 4, 1, 5, 4,
                      2, 6, 3, 3, 6, 7, 0, 4, 2, 2, 4, 6, 1, 3, 5, 3, 7, 5};
    s.mesh.computeNormals();
    return s;
}

Atlas nested() {
    Atlas a;
    a.add(box("skin", Layer::Skin, {-0.2f, -0.2f, -0.2f}, {0.2f, 0.2f, 0.2f}));
    a.add(box("rectus_abdominis_left", Layer::Wall, {0.0f, -0.05f, 0.10f}, {0.05f, 0.05f, 0.12f}));
    a.add(box("psoas_major_left", Layer::DeepMuscles, {0.02f, -0.1f, -0.02f}, {0.06f, 0.1f, 0.02f}));
    a.add(box("psoas_major_right", Layer::DeepMuscles, {-0.06f, -0.1f, -0.02f}, {-0.02f, 0.1f, 0.02f}));
    return a;
}

} // namespace

TEST_CASE("a ray hits the nearest structure along it") {
    Atlas a = nested();
    Picker p(a);
    auto all = [](StructureId) { return true; };
    Ray fromFront{{0.04f, 0.0f, 1.0f}, {0.0f, 0.0f, -1.0f}};
    auto hit = p.cast(fromFront, all);
    REQUIRE(hit);
    CHECK(a.at(hit->id).info.id == "skin");
    CHECK(hit->distance == Approx(0.8f).margin(1e-4));
    CHECK(hit->point.z == Approx(0.2f).margin(1e-4));
}

TEST_CASE("peeled, hidden and ghosted structures are skipped") {
    Atlas a = nested();
    Picker p(a);
    ViewState v(a);
    v.setPeel(1);
    v.finishFades();
    auto pickable = [&](StructureId id) { return v.appearance(id).pickable; };
    Ray r{{0.04f, 0.0f, 1.0f}, {0.0f, 0.0f, -1.0f}};
    auto hit = p.cast(r, pickable);
    REQUIRE(hit);
    CHECK(a.at(hit->id).info.id == "rectus_abdominis_left");

    v.setMode(*a.find("rectus_abdominis_left"), StructureMode::Hidden);
    hit = p.cast(r, pickable);
    REQUIRE(hit);
    CHECK(a.at(hit->id).info.id == "psoas_major_left");

    v.setMode(*a.find("psoas_major_left"), StructureMode::Ghosted);
    CHECK_FALSE(p.cast(r, pickable));

    // From the other side only the right psoas is in the way.
    Ray right{{-0.04f, 0.0f, 1.0f}, {0.0f, 0.0f, -1.0f}};
    hit = p.cast(right, pickable);
    REQUIRE(hit);
    CHECK(a.at(hit->id).info.id == "psoas_major_right");
}

TEST_CASE("a ray that misses everything picks nothing") {
    Atlas a = nested();
    Picker p(a);
    CHECK_FALSE(p.cast({{1.0f, 1.0f, 1.0f}, {0.0f, 0.0f, 1.0f}}, [](StructureId) { return true; }));
}

TEST_CASE("the ray through the centre pixel runs along the camera's view") {
    Atlas a = nested();
    OrbitCamera cam;
    cam.frame(a.bounds());
    cam.setView(View::Anterior, true);
    float aspect = 1.5f;
    Ray r = rayThroughPixel(cam.view(), cam.projection(aspect), {300.0f, 200.0f}, {600.0f, 400.0f});
    CHECK(glm::dot(r.dir, cam.forward()) == Approx(1.0f).margin(1e-4));
    // A point right of centre on screen is the subject's left (+X) from the front.
    Ray side = rayThroughPixel(cam.view(), cam.projection(aspect), {500.0f, 200.0f}, {600.0f, 400.0f});
    CHECK(side.dir.x > 0.0f);
    Picker p(a);
    auto hit = p.cast(r, [](StructureId) { return true; });
    REQUIRE(hit);
    CHECK(a.at(hit->id).info.id == "skin");
}

TEST_CASE("ray-box distance") {
    Bounds b;
    b.add(glm::vec3(-1.0f));
    b.add(glm::vec3(1.0f));
    CHECK(*rayBoxDistance({{0, 0, 5}, {0, 0, -1}}, b) == Approx(4.0f));
    CHECK(*rayBoxDistance({{0, 0, 0}, {0, 0, -1}}, b) == Approx(0.0f)); // inside
    CHECK_FALSE(rayBoxDistance({{3, 0, 5}, {0, 0, -1}}, b));
    CHECK_FALSE(rayBoxDistance({{0, 0, 5}, {0, 0, 1}}, b)); // pointing away
}

TEST_CASE("after a pose moves the vertices, the picker follows them") {
    Atlas a;
    a.add(box("psoas_major_left", Layer::DeepMuscles, {0.02f, -0.1f, -0.02f}, {0.06f, 0.1f, 0.02f}));
    Picker p(a);
    auto all = [](StructureId) { return true; };
    Ray atRest{{0.04f, 0.0f, 1.0f}, {0.0f, 0.0f, -1.0f}};
    Ray atPose{{0.54f, 0.3f, 1.0f}, {0.0f, 0.0f, -1.0f}};
    REQUIRE(p.cast(atRest, all)); // builds the hierarchy
    REQUIRE_FALSE(p.cast(atPose, all));

    // Move and stretch the mesh as a pose would (same triangles), then say so.
    Structure& s = a.at(0);
    for (auto& v : s.mesh.positions) v = glm::vec3(v.x * 2.0f + 0.46f, v.y + 0.3f, v.z * 1.5f);
    s.bounds = s.mesh.bounds();
    p.invalidate(0);
    auto hit = p.cast(atPose, all);
    REQUIRE(hit);
    CHECK(hit->point.z == Approx(0.03f).margin(1e-4));
    CHECK_FALSE(p.cast(atRest, all));
}
