// Orbit camera math: preset views, easing, zoom limits, projection.
#include <catch2/catch.hpp>

#include <glm/geometric.hpp>

#include "scene/orbit_camera.h"

using namespace dc;

namespace {
Bounds torsoBox() {
    Bounds b;
    b.add({-0.18f, -0.25f, -0.12f});
    b.add({0.18f, 0.35f, 0.13f});
    return b;
}
} // namespace

TEST_CASE("preset views put the eye on the named side") {
    OrbitCamera cam;
    cam.frame(torsoBox());
    glm::vec3 c = torsoBox().centre();
    cam.setView(View::Anterior, true);
    CHECK(cam.eye().z - c.z > 0.3f);
    cam.setView(View::Posterior, true);
    CHECK(cam.eye().z - c.z < -0.3f);
    cam.setView(View::Left, true);
    CHECK(cam.eye().x - c.x > 0.3f); // +X is the subject's left
    cam.setView(View::Right, true);
    CHECK(cam.eye().x - c.x < -0.3f);
    cam.setView(View::Superior, true);
    CHECK(cam.eye().y - c.y > 0.3f);
    cam.setView(View::Inferior, true);
    CHECK(cam.eye().y - c.y < -0.3f);
}

TEST_CASE("superior view shows anterior at the top of the image") {
    OrbitCamera cam;
    cam.frame(torsoBox());
    cam.setView(View::Superior, true);
    glm::mat4 v = cam.view();
    glm::vec4 front = v * glm::vec4(torsoBox().centre() + glm::vec3(0, 0, 0.1f), 1.0f);
    glm::vec4 back = v * glm::vec4(torsoBox().centre() - glm::vec3(0, 0, 0.1f), 1.0f);
    CHECK(front.y > back.y);
}

TEST_CASE("the whole model fits in the default frame") {
    OrbitCamera cam;
    cam.frame(torsoBox());
    cam.setView(View::Anterior, true);
    glm::mat4 vp = cam.projection(16.0f / 9.0f) * cam.view();
    Bounds b = torsoBox();
    for (int i = 0; i < 8; ++i) {
        glm::vec3 p((i & 1) ? b.max.x : b.min.x, (i & 2) ? b.max.y : b.min.y, (i & 4) ? b.max.z : b.min.z);
        glm::vec4 clip = vp * glm::vec4(p, 1.0f);
        CHECK(std::abs(clip.x / clip.w) <= 1.0f);
        CHECK(std::abs(clip.y / clip.w) <= 1.0f);
        CHECK(clip.z / clip.w > -1.0f);
        CHECK(clip.z / clip.w < 1.0f);
    }
}

TEST_CASE("view changes ease in over time") {
    OrbitCamera cam;
    cam.frame(torsoBox());
    cam.setView(View::Anterior, true);
    cam.setView(View::Left);
    CHECK(cam.moving());
    cam.update(0.05f);
    float yaw = cam.pose().yaw;
    CHECK(yaw > 0.0f);
    CHECK(yaw < cam.goal().yaw);
    for (int i = 0; i < 200; ++i) cam.update(1.0f / 60.0f);
    CHECK_FALSE(cam.moving());
    CHECK(cam.pose().yaw == Approx(cam.goal().yaw));
}

TEST_CASE("zoom and pan stay within limits") {
    OrbitCamera cam;
    cam.frame(torsoBox());
    float d0 = cam.goal().distance;
    for (int i = 0; i < 100; ++i) cam.zoom(2.0f);
    CHECK(cam.goal().distance > 0.0f);
    CHECK(cam.goal().distance < d0);
    for (int i = 0; i < 100; ++i) cam.zoom(0.5f);
    CHECK(cam.goal().distance < d0 * 10.0f);
    for (int i = 0; i < 100; ++i) cam.pan(5.0f, 5.0f);
    CHECK(glm::length(cam.goal().target - torsoBox().centre()) < glm::length(torsoBox().size()));
    cam.orbit(0.0f, 10.0f);
    CHECK(cam.goal().pitch < 1.58f);
}
