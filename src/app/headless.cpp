#include "app/headless.h"

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <map>

#include <imgui.h>
#include <backends/imgui_impl_opengl3.h>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include "app/motion_player.h"
#include "motion/muscle_report.h"
#include "platform/window.h"
#include "render/image_io.h"
#include "render/renderer.h"
#include "scene/draw_list.h"
#include "scene/picker.h"
#include "ui/label_overlay.h"
#include "ui/panels.h"

namespace dc::app {

namespace {

using json = nlohmann::json;

struct OffscreenFrame {
    std::unique_ptr<platform::Window> window;
    std::unique_ptr<render::Renderer> renderer;
};

Result<OffscreenFrame> startGl(const Atlas& atlas) {
    platform::WindowOptions wo;
    wo.hidden = true;
    wo.width = 64;
    wo.height = 64;
    wo.msaaSamples = 0;
    wo.vsync = false;
    auto w = platform::Window::create(wo);
    if (!w) return w.error();
    OffscreenFrame f;
    f.window = std::move(*w);
    f.renderer = std::make_unique<render::Renderer>(atlas);
    return f;
}

render::FrameParams frameFor(const Options& o, const OrbitCamera& cam) {
    render::FrameParams f;
    f.width = o.width;
    f.height = o.height;
    f.view = cam.view();
    f.projection = cam.projection(static_cast<float>(o.width) / static_cast<float>(o.height));
    f.eye = cam.eye();
    return f;
}

json vec(const glm::vec3& v) { return json::array({v.x, v.y, v.z}); }

// Draws the labels of the selection (and, with --labels, its visible
// neighbours) into the bound target with the viewer's ImGui overlay code.
void drawLabelsOffscreen(const Options& o, const Atlas& atlas, const ViewState& view, const render::FrameParams& f) {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    float scale = static_cast<float>(o.height) / 800.0f;
    ui::applyStyle(std::clamp(scale, 0.75f, 3.0f));
    ImGui_ImplOpenGL3_Init("#version 330 core");
    io.DisplaySize = ImVec2(static_cast<float>(o.width), static_cast<float>(o.height));
    io.DeltaTime = 1.0f / 60.0f;
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    Picker picker(atlas);
    ui::LabelAnchors anchors = ui::findLabelAnchors(atlas, view, picker, f.eye, o.labels ? 12 : 0);
    ui::LabelFrame lf;
    lf.viewProjection = f.projection * f.view;
    lf.eye = f.eye;
    lf.viewport = {io.DisplaySize.x, io.DisplaySize.y};
    float pad = ImGui::GetFontSize() * 0.6f;
    lf.area = {{pad, pad}, {io.DisplaySize.x - pad, io.DisplaySize.y - pad}};
    ui::drawLabels(ui::layoutLabelsOnScreen(atlas, view, anchors, lf), view.selected());
    ImGui::Render();
    glViewport(0, 0, o.width, o.height);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    ImGui_ImplOpenGL3_Shutdown();
    ImGui::DestroyContext();
}

} // namespace

std::string applySceneOptions(const Options& o, const Atlas& atlas, ViewState& view, OrbitCamera& camera) {
    view = ViewState(atlas);
    view.setPeel(o.peel);
    view.finishFades();
    if (!o.select.empty()) {
        auto id = atlas.find(o.select);
        if (!id) return "unknown structure id '" + o.select + "' for --select (see --list-structures)";
        view.select(id);
    }
    for (const auto& g : o.ghost) {
        auto id = atlas.find(g);
        if (!id) return "unknown structure id '" + g + "' for --ghost (see --list-structures)";
        view.setMode(*id, StructureMode::Ghosted);
    }
    camera.frame(atlas.bounds());
    camera.setView(*viewFromName(o.view), true);
    return {};
}

int runScreenshot(const Options& o, const Atlas& atlas, MotionPlayer* player) {
    const std::vector<Mesh>* figure = player ? &player->figure() : nullptr;
    ViewState view;
    OrbitCamera cam;
    if (auto err = applySceneOptions(o, atlas, view, cam); !err.empty()) {
        std::fprintf(stderr, "deepcore: %s\n", err.c_str());
        return 2;
    }
    // Posed by a clip: the GPU gets the rest meshes and poses them itself, as in the viewer.
    auto gl = startGl(player ? player->rest() : atlas);
    if (!gl) {
        std::fprintf(stderr, "deepcore: %s\n", gl.error().toString().c_str());
        return 1;
    }
    render::OffscreenTarget target(o.width, o.height, 4);
    if (!target.valid()) {
        std::fprintf(stderr, "deepcore: cannot create a %dx%d off-screen image\n", o.width, o.height);
        return 1;
    }
    if (figure) {
        // Frame the whole figure in its pose, not just the model.
        Bounds b = atlas.bounds();
        for (const auto& m : *figure) b.add(m.bounds());
        cam.frame(b);
        cam.setView(*viewFromName(o.view), true);
    }
    render::FrameParams frame = frameFor(o, cam);
    if (player) {
        player->uploadAll(*gl->renderer);
        frame.figureOpacity = 0.22f;
    }
    DrawList list = buildDrawList(atlas, view, frame.eye);
    target.bind();
    gl->renderer->draw(list, frame);
    if (o.labels || view.selected()) drawLabelsOffscreen(o, atlas, view, frame);
    std::vector<uint8_t> px = target.readRgba();
    if (gl::drainGlErrors("screenshot") > 0) spdlog::warn("GL errors while rendering the screenshot");
    std::string err = render::writePng(o.screenshot, o.width, o.height, px);
    if (!err.empty()) {
        std::fprintf(stderr, "deepcore: %s\n", err.c_str());
        return 1;
    }
    return 0;
}

int runVisibilityReport(const Options& o, const Atlas& atlas, MotionPlayer* player) {
    ViewState view;
    OrbitCamera cam;
    if (auto err = applySceneOptions(o, atlas, view, cam); !err.empty()) {
        std::fprintf(stderr, "deepcore: %s\n", err.c_str());
        return 2;
    }
    auto gl = startGl(player ? player->rest() : atlas);
    if (!gl) {
        std::fprintf(stderr, "deepcore: %s\n", gl.error().toString().c_str());
        return 1;
    }
    if (player) player->uploadAll(*gl->renderer);
    render::FrameParams frame = frameFor(o, cam);
    DrawList list = buildDrawList(atlas, view, frame.eye);
    // Every drawn opaque structure counts, selected or not.
    for (auto& it : list.opaque) it.pickable = true;
    std::vector<uint32_t> ids = gl->renderer->renderIds(list, frame);
    std::vector<size_t> counts(atlas.size() + 1, 0);
    for (uint32_t id : ids)
        if (id <= atlas.size()) ++counts[id];
    json structures = json::object();
    double total = static_cast<double>(ids.size());
    for (StructureId i = 0; i < atlas.size(); ++i) structures[atlas.at(i).info.id] = counts[i + 1] / total;
    json out = {{"view", o.view}, {"peel", o.peel}, {"size", {o.width, o.height}},
                {"background", counts[0] / total}, {"structures", structures}};
    std::cout << out.dump(2) << "\n";
    return gl::glErrorCount() + gl::drainGlErrors("visibility report") > 0 ? 1 : 0;
}

int runListStructures(const Atlas& atlas) {
    json list = json::array();
    for (const auto& s : atlas.structures()) {
        list.push_back({{"id", s.info.id},
                        {"name", s.info.name},
                        {"layer", static_cast<int>(s.info.layer)},
                        {"layer_name", std::string(layerName(s.info.layer))},
                        {"system", std::string(systemName(s.info.system))},
                        {"side", std::string(sideName(s.info.side))},
                        {"triangles", s.mesh.triangleCount()},
                        {"bbox", {{"min", vec(s.bounds.min)}, {"max", vec(s.bounds.max)}}},
                        {"centroid", vec(s.centroid)}});
    }
    json out = {{"model", atlas.sourcePath}, {"triangles", atlas.triangleCount()}, {"structures", list}};
    std::cout << out.dump(2) << "\n";
    return 0;
}

int runMuscleReport(const Options& o, const Atlas& rest, const MotionPlayer& player) {
    const motion::MotionClip* clip = player.current();
    if (!clip) return 2;
    motion::Deformer deformer(rest);
    auto rows = motion::muscleReport(*clip, rest, deformer, 10.0);
    json samples = json::array();
    for (const auto& row : rows) {
        json joints = json::object();
        for (const auto& name : motion::poseChannelNames())
            if (name.rfind("body_", 0) != 0) joints[name] = *motion::poseChannel(row.pose, name);
        json muscles = json::object();
        for (const auto& m : row.muscles)
            muscles[m.id] = {{"length", m.length}, {"ratio", m.ratio}, {"volume_ratio", m.volumeRatio}};
        samples.push_back({{"t", row.t}, {"joints", joints}, {"muscles", muscles}});
    }
    json out = {{"motion", clip->name}, {"title", clip->title}, {"duration", clip->duration}, {"samples", samples}};
    std::cout << out.dump(2) << "\n";
    (void)o;
    return 0;
}

} // namespace dc::app
