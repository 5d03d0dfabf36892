// Peel, toggles, hide/ghost/isolate and fades of ViewState.
#include <catch2/catch.hpp>

#include "scene/draw_list.h"
#include "scene/view_state.h"

using namespace dc;

namespace {

Structure cube(const std::string& id, Layer layer, System system, float z) {
    Structure s;
    s.info.id = id;
    s.info.name = id;
    s.info.layer = layer;
    s.info.system = system;
    s.mesh.positions = {{0, 0, z}, {0.01f, 0, z}, {0, 0.01f, z}};
    s.mesh.normals = {{0, 0, 1}, {0, 0, 1}, {0, 0, 1}};
    s.mesh.indices = {0, 1, 2};
    return s;
}

Atlas layeredAtlas() {
    Atlas a;
    a.add(cube("skin", Layer::Skin, System::Integumentary, 0.10f));
    a.add(cube("rectus_abdominis_left", Layer::Wall, System::Muscular, 0.08f));
    a.add(cube("small_intestine", Layer::Organs, System::Digestive, 0.05f));
    a.add(cube("abdominal_aorta", Layer::Retroperitoneum, System::Vascular, 0.02f));
    a.add(cube("psoas_major_left", Layer::DeepMuscles, System::Muscular, 0.0f));
    a.add(cube("femoral_nerve_left", Layer::Nerves, System::Nervous, 0.01f));
    a.add(cube("l3_vertebra", Layer::Skeleton, System::Skeletal, -0.02f));
    return a;
}

} // namespace

TEST_CASE("peel N removes layers 0..N-1 once the fade finishes") {
    Atlas atlas = layeredAtlas();
    ViewState v(atlas);
    for (StructureId i = 0; i < atlas.size(); ++i) CHECK(v.appearance(i).opacity == 1.0f);

    v.setPeel(2);
    v.finishFades();
    CHECK(v.appearance(*atlas.find("skin")).opacity == 0.0f);
    CHECK(v.appearance(*atlas.find("rectus_abdominis_left")).opacity == 0.0f);
    CHECK(v.appearance(*atlas.find("small_intestine")).opacity == 1.0f);
    CHECK_FALSE(v.appearance(*atlas.find("small_intestine")).ghost);

    DrawList list = buildDrawList(atlas, v, {0, 0, 1});
    CHECK(list.opaque.size() == 5);
    CHECK(list.ghost.empty());
}

TEST_CASE("peel is clamped to the layers that exist") {
    Atlas atlas = layeredAtlas();
    ViewState v(atlas);
    v.setPeel(99);
    CHECK(v.peel() == kLayerCount - 1);
    v.setPeel(-3);
    CHECK(v.peel() == 0);
}

TEST_CASE("peeling fades over time instead of jumping") {
    Atlas atlas = layeredAtlas();
    ViewState v(atlas);
    StructureId skin = *atlas.find("skin");
    v.setPeel(1);
    CHECK(v.animating());
    v.update(ViewState::kFadeSeconds * 0.5f);
    Appearance mid = v.appearance(skin);
    CHECK(mid.opacity > 0.3f);
    CHECK(mid.opacity < 0.7f);
    CHECK(mid.ghost);
    CHECK_FALSE(mid.pickable);
    v.update(ViewState::kFadeSeconds);
    CHECK(v.appearance(skin).opacity == 0.0f);
    CHECK_FALSE(v.animating());
}

TEST_CASE("ghosted peeled layers stay as x-ray and are not pickable") {
    Atlas atlas = layeredAtlas();
    ViewState v(atlas);
    v.setGhostPeeled(true);
    v.setPeel(4);
    v.finishFades();
    Appearance skin = v.appearance(*atlas.find("skin"));
    CHECK(skin.ghost);
    CHECK(skin.opacity == Approx(v.ghostOpacity()));
    CHECK_FALSE(skin.pickable);
    Appearance psoas = v.appearance(*atlas.find("psoas_major_left"));
    CHECK_FALSE(psoas.ghost);
    CHECK(psoas.pickable);
    DrawList list = buildDrawList(atlas, v, {0, 0, 1});
    CHECK(list.ghost.size() == 4);
    // Ghosts are drawn back to front.
    for (size_t i = 1; i < list.ghost.size(); ++i) CHECK(list.ghost[i - 1].depth >= list.ghost[i].depth);
    for (size_t i = 1; i < list.opaque.size(); ++i) CHECK(list.opaque[i - 1].depth <= list.opaque[i].depth);
}

TEST_CASE("layer and system toggles hide whole groups") {
    Atlas atlas = layeredAtlas();
    ViewState v(atlas);
    v.setSystemEnabled(System::Muscular, false);
    CHECK(v.appearance(*atlas.find("psoas_major_left")).opacity == 0.0f);
    CHECK(v.appearance(*atlas.find("rectus_abdominis_left")).opacity == 0.0f);
    CHECK(v.appearance(*atlas.find("skin")).opacity == 1.0f);
    v.setLayerEnabled(Layer::Skeleton, false);
    CHECK(v.appearance(*atlas.find("l3_vertebra")).opacity == 0.0f);
    v.showAll();
    CHECK(v.appearance(*atlas.find("psoas_major_left")).opacity == 1.0f);
    CHECK(v.appearance(*atlas.find("l3_vertebra")).opacity == 1.0f);
}

TEST_CASE("hide, ghost and isolate one structure") {
    Atlas atlas = layeredAtlas();
    ViewState v(atlas);
    StructureId psoas = *atlas.find("psoas_major_left");
    StructureId bone = *atlas.find("l3_vertebra");
    v.setMode(bone, StructureMode::Hidden);
    CHECK(v.appearance(bone).opacity == 0.0f);
    v.setMode(bone, StructureMode::Ghosted);
    CHECK(v.appearance(bone).ghost);
    v.setMode(bone, StructureMode::Shown);
    v.isolate({psoas});
    CHECK_FALSE(v.appearance(psoas).ghost);
    CHECK(v.appearance(bone).ghost);
    CHECK_FALSE(v.appearance(bone).pickable);
    v.isolate({});
    CHECK_FALSE(v.appearance(bone).ghost);
}

TEST_CASE("selection and hover reach the draw list") {
    Atlas atlas = layeredAtlas();
    ViewState v(atlas);
    StructureId psoas = *atlas.find("psoas_major_left");
    v.select(psoas);
    v.hover(*atlas.find("skin"));
    DrawList list = buildDrawList(atlas, v, {0, 0, 1});
    int selected = 0, hovered = 0;
    for (const auto& it : list.opaque) {
        selected += it.selected;
        hovered += it.hovered;
        if (it.selected) CHECK(it.structure == psoas);
    }
    CHECK(selected == 1);
    CHECK(hovered == 1);
}

TEST_CASE("a visibility snapshot restores hide, ghost, isolate and toggles") {
    Atlas atlas = layeredAtlas();
    ViewState v(atlas);
    auto before = v.snapshot();
    StructureId bone = *atlas.find("l3_vertebra");
    v.setMode(bone, StructureMode::Hidden);
    v.isolate({*atlas.find("psoas_major_left")});
    v.setSystemEnabled(System::Nervous, false);
    CHECK_FALSE(v.snapshot() == before);
    v.restore(before);
    CHECK(v.snapshot() == before);
    CHECK(v.appearance(bone).opacity == 1.0f);
    CHECK(v.appearance(*atlas.find("femoral_nerve_left")).opacity == 1.0f);
}
