// Label layout: boxes never overlap, the selection is always kept, leader
// lines start at their anchors; and in the standard views of the built-in
// model the labels of the selection and its neighbours do not overlap.
#include <catch2/catch.hpp>

#include <random>

#include <glm/mat4x4.hpp>

#include "anatomy/atlas_loader.h"
#include "built_in_model.h"
#include "scene/labels.h"
#include "scene/orbit_camera.h"
#include "scene/picker.h"
#include "scene/view_state.h"

using namespace dc;

namespace {

void requireNoOverlap(const std::vector<PlacedLabel>& placed, const ScreenRect& area) {
    for (size_t i = 0; i < placed.size(); ++i) {
        ScreenRect a{placed[i].topLeft, placed[i].topLeft + placed[i].size};
        CHECK(a.min.x >= area.min.x - 0.5f);
        CHECK(a.max.x <= area.max.x + 0.5f);
        CHECK(a.min.y >= area.min.y - 0.5f);
        CHECK(a.max.y <= area.max.y + 0.5f);
        for (size_t j = i + 1; j < placed.size(); ++j) {
            INFO(placed[i].text << " vs " << placed[j].text);
            CHECK_FALSE(a.overlaps({placed[j].topLeft, placed[j].topLeft + placed[j].size}));
        }
    }
}

glm::vec2 toScreen(const glm::mat4& vp, glm::vec3 p, glm::vec2 size) {
    glm::vec4 c = vp * glm::vec4(p, 1.0f);
    glm::vec3 n = glm::vec3(c) / c.w;
    return {(n.x * 0.5f + 0.5f) * size.x, (0.5f - n.y * 0.5f) * size.y};
}

} // namespace

TEST_CASE("label boxes never overlap, whatever the anchors") {
    std::mt19937 rng(7);
    std::uniform_real_distribution<float> x(300, 900), y(0, 700), w(60, 220);
    ScreenRect area{{0, 0}, {1200, 700}};
    for (int round = 0; round < 50; ++round) {
        std::vector<LabelCandidate> c;
        int n = 1 + round % 30;
        for (int i = 0; i < n; ++i)
            c.push_back({static_cast<StructureId>(i), "label " + std::to_string(i), {x(rng), y(rng)}, {w(rng), 20},
                         static_cast<float>(i == 0 ? 1e6 : n - i)});
        auto placed = layoutLabels(c, area, 400, 800);
        requireNoOverlap(placed, area);
        // The highest priority label always survives.
        bool hasFirst = false;
        for (const auto& p : placed) hasFirst = hasFirst || p.id == 0;
        CHECK(hasFirst);
        // Up to 30 labels of 20 px fit in two 700 px columns: none dropped.
        if (n <= 30) CHECK(placed.size() == static_cast<size_t>(n));
    }
}

TEST_CASE("labels sit beside the model and their leader lines end on the box") {
    std::vector<LabelCandidate> c = {{1, "left thing", {450, 300}, {100, 20}, 1},
                                     {2, "right thing", {750, 310}, {100, 20}, 1}};
    auto placed = layoutLabels(c, {{0, 0}, {1200, 700}}, 400, 800);
    REQUIRE(placed.size() == 2);
    for (const auto& p : placed) {
        if (p.id == 1) {
            CHECK(p.topLeft.x + p.size.x <= 400.0f);
            CHECK(p.leaderEnd.x == Approx(p.topLeft.x + p.size.x));
        } else {
            CHECK(p.topLeft.x >= 800.0f);
            CHECK(p.leaderEnd.x == Approx(p.topLeft.x));
        }
        CHECK(p.leaderEnd.y == Approx(p.topLeft.y + p.size.y / 2));
        CHECK(std::abs(p.leaderEnd.y - p.anchor.y) < 12.0f); // no needless detour
    }
}

TEST_CASE("too many labels for the column: the least important are dropped") {
    std::vector<LabelCandidate> c;
    for (int i = 0; i < 40; ++i) c.push_back({static_cast<StructureId>(i), "x", {100, 50}, {50, 30}, float(i)});
    ScreenRect area{{0, 0}, {400, 200}};
    auto placed = layoutLabels(c, area, 150, 250);
    requireNoOverlap(placed, area);
    CHECK(placed.size() >= 5);
    for (const auto& p : placed) CHECK(p.priority >= 40 - static_cast<float>(placed.size()) - 0.5f);
}

TEST_CASE("labels of the built-in model do not overlap in the standard views") {
    const Atlas& atlas = test::builtInModel();
    Picker picker(atlas);
    const glm::vec2 size(1280, 800);
    const ScreenRect area{{300, 10}, {980, 760}}; // between the side panels
    for (View v : {View::Anterior, View::Posterior, View::Left, View::Right}) {
        for (int peel : {1, 4}) {
            INFO("view " << static_cast<int>(v) << " peel " << peel);
            ViewState state(atlas);
            state.setPeel(peel);
            state.finishFades();
            std::string side = v == View::Right ? "_right" : "_left"; // the side facing the camera
            state.select(atlas.find((peel == 1 ? "rectus_abdominis" : "psoas_major") + side));
            OrbitCamera cam;
            cam.frame(atlas.bounds());
            cam.setView(v, true);
            glm::mat4 vp = cam.projection(size.x / size.y) * cam.view();
            std::vector<LabelCandidate> cands;
            float modelLeft = 1e9f, modelRight = -1e9f;
            for (const auto& [id, anchor] : visibleLabelAnchors(picker, atlas, state, cam.eye(), 12)) {
                glm::vec2 s = toScreen(vp, anchor, size);
                modelLeft = std::min(modelLeft, s.x);
                modelRight = std::max(modelRight, s.x);
                const std::string& name = atlas.at(id).info.name;
                cands.push_back({id, name, s, {7.5f * name.size() + 8, 20}, float(100 - cands.size())});
            }
            CHECK(cands.size() >= 6);
            auto placed = layoutLabels(cands, area, std::max(modelLeft, area.min.x), std::min(modelRight, area.max.x));
            requireNoOverlap(placed, area);
            CHECK(placed.size() >= 6);
        }
    }
}
