#include "app/bench.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <iostream>

#include <sys/resource.h>

#include <glad/gl.h>
#include <nlohmann/json.hpp>

#include "app/huge_pages.h"
#include "app/model_source.h"
#include "app/motion_player.h"
#include "scene/labels.h"
#include "platform/window.h"
#include "render/renderer.h"
#include "scene/draw_list.h"
#include "scene/orbit_camera.h"
#include "scene/picker.h"
#include "scene/view_state.h"

namespace dc::app {

namespace {
using Clock = std::chrono::steady_clock;
double ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

double cpuSeconds() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_utime.tv_sec + u.ru_stime.tv_sec + 1e-6 * (u.ru_utime.tv_usec + u.ru_stime.tv_usec);
}

double peakRssMb() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024.0; // kilobytes on Linux
}

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0.0;
    std::sort(v.begin(), v.end());
    size_t i = std::min(v.size() - 1, static_cast<size_t>(p * (v.size() - 1) + 0.5));
    return v[i];
}
} // namespace

int runBench(const Options& o, ModelTask& model, Clock::time_point started) {
    auto t0 = Clock::now();
    platform::WindowOptions wo;
    wo.hidden = true;
    wo.width = 64;
    wo.height = 64;
    wo.msaaSamples = 0;
    wo.vsync = false;
    auto win = platform::Window::create(wo);
    if (!win) {
        std::fprintf(stderr, "deepcore: %s\n", win.error().toString().c_str());
        return 1;
    }
    // The scene reads the posed copy a motion clip keeps moving.
    std::string dir = (o.annotations.empty() ? defaultAnnotationsDir() : o.annotations) + "/motions";
    auto tWindow = Clock::now();
    std::vector<std::string> notices;
    const Atlas* loaded = model.wait(notices);
    if (!loaded) return 1;
    const Atlas& atlas = *loaded;
    auto tModel = Clock::now();
    MotionPlayer player(atlas, dir);
    const Atlas& scene = player.posed();
    auto tMotion = Clock::now();
    render::Renderer renderer(scene);
    auto tRenderer = Clock::now();
    render::OffscreenTarget target(o.width, o.height, 4);
    if (!target.valid()) {
        std::fprintf(stderr, "deepcore: cannot create a %dx%d off-screen image\n", o.width, o.height);
        return 1;
    }
    ViewState view(atlas);
    OrbitCamera cam;
    cam.frame(atlas.bounds());
    cam.setView(View::Anterior, true);
    Picker picker(scene);
    auto tScene = Clock::now();

    auto frameParams = [&] {
        render::FrameParams f;
        f.width = o.width;
        f.height = o.height;
        f.view = cam.view();
        f.projection = cam.projection(static_cast<float>(o.width) / static_cast<float>(o.height));
        f.eye = cam.eye();
        return f;
    };
    // First frame: what a user waits for after start-up.
    target.bind();
    render::FrameParams f = frameParams();
    renderer.draw(buildDrawList(scene, view, f.eye), f);
    glFinish();
    auto tFirst = Clock::now();
    double firstFrameMs = ms(tFirst - started);
    // Where the time to the first frame went, in order; the model loads on
    // its own thread through the first two.
    nlohmann::json startup = {{"before_window_ms", ms(t0 - started)},
                              {"window_ms", ms(tWindow - t0)},
                              {"model_wait_ms", ms(tModel - tWindow)},
                              {"motion_setup_ms", ms(tMotion - tModel)},
                              {"renderer_ms", ms(tRenderer - tMotion)},
                              {"target_ms", ms(tScene - tRenderer)},
                              {"first_draw_ms", ms(tFirst - tScene)}};
    bool motion = player.play("marching");
    view.select(atlas.find("psoas_major_left"));
    std::vector<glm::vec3> anchors;

    // The script: a full turn around the model while peeling in and out and
    // back, a motion clip playing, labels on (anchors re-cast four times a
    // second, laid out every frame) and a hover pick every frame.
    std::vector<double> frameMs, cpuMs, appMs;
    frameMs.reserve(o.frames);
    int drawCalls = 0;
    size_t triangles = 0;
    double cpu0 = cpuSeconds();
    auto run0 = Clock::now();
    const float dt = 1.0f / 60.0f;
    for (int i = 0; i < o.frames; ++i) {
        auto a = Clock::now();
        float phase = static_cast<float>(i) / static_cast<float>(o.frames);
        cam.orbit(6.2831853f / static_cast<float>(o.frames), 0.0f);
        int peel = phase < 0.5f ? static_cast<int>(phase * 14.0f) : static_cast<int>((1.0f - phase) * 14.0f);
        peel = std::clamp(peel, 0, 6);
        if (peel != view.peel()) view.setPeel(peel);
        view.update(dt);
        cam.update(dt);
        player.update(dt);
        for (StructureId id : player.upload(renderer, [&](StructureId id) { return view.appearance(id).opacity > 0.0f; }))
            picker.invalidate(id);
        f = frameParams();
        if (i % 15 == 0) {
            for (StructureId id : player.syncForPicking([&](StructureId id) { return view.appearance(id).opacity > 0.0f; }))
                picker.invalidate(id);
            anchors.clear();
            for (const auto& [id, point] : visibleLabelAnchors(picker, scene, view, f.eye, 12)) anchors.push_back(point);
        }
        std::vector<LabelCandidate> cands;
        glm::mat4 vp = f.projection * f.view;
        for (size_t k = 0; k < anchors.size(); ++k) {
            glm::vec4 c = vp * glm::vec4(anchors[k], 1.0f);
            glm::vec2 s2((c.x / c.w * 0.5f + 0.5f) * o.width, (0.5f - c.y / c.w * 0.5f) * o.height);
            cands.push_back({static_cast<StructureId>(k), "label", s2, {120.0f, 18.0f}, float(100 - k)});
        }
        auto placed = layoutLabels(cands, {{0, 0}, {float(o.width), float(o.height)}}, o.width * 0.35f, o.width * 0.65f);
        (void)placed;
        for (StructureId id : player.syncForPicking([&](StructureId id) { return view.appearance(id).pickable; }))
            picker.invalidate(id);
        Ray r = rayThroughPixel(f.view, f.projection, {o.width * 0.5f, o.height * 0.45f},
                                {static_cast<float>(o.width), static_cast<float>(o.height)});
        auto hit = picker.cast(r, [&](StructureId id) { return view.appearance(id).pickable; });
        view.hover(hit ? std::optional<StructureId>(hit->id) : std::nullopt);
        DrawList list = buildDrawList(scene, view, f.eye);
        appMs.push_back(ms(Clock::now() - a)); // our own work: state, motion, picking, labels, draw list
        target.bind();
        render::FrameStats st = renderer.draw(list, f);
        cpuMs.push_back(ms(Clock::now() - a)); // plus the driver's submission, before waiting for the GPU
        glFinish();
        drawCalls = std::max(drawCalls, st.drawCalls);
        triangles = std::max(triangles, st.triangles);
        frameMs.push_back(ms(Clock::now() - a));
    }
    double wall = ms(Clock::now() - run0);
    double processCpuMs = (cpuSeconds() - cpu0) * 1000.0 / o.frames;

    nlohmann::json out = {
        {"load_ms", model.loadMs()},
        {"first_frame_ms", firstFrameMs},
        {"first_frame_parts", startup},
        {"huge_pages", hugePagesInUse()},
        {"frames", o.frames},
        {"size", {o.width, o.height}},
        {"frame_ms",
         {{"p50", percentile(frameMs, 0.50)}, {"p95", percentile(frameMs, 0.95)}, {"p99", percentile(frameMs, 0.99)},
          {"mean", wall / o.frames}}},
        {"cpu_ms_per_frame", percentile(cpuMs, 0.5)},
        {"cpu_ms_per_frame_p95", percentile(cpuMs, 0.95)},
        {"app_cpu_ms_per_frame", percentile(appMs, 0.5)},
        {"app_cpu_ms_per_frame_p95", percentile(appMs, 0.95)},
        {"process_cpu_ms_per_frame", processCpuMs},
        {"motion", motion ? "marching" : "none"},
        {"draw_calls", drawCalls},
        {"triangles", triangles},
        {"model_triangles", atlas.triangleCount()},
        {"peak_rss_mb", peakRssMb()},
        {"gl_renderer", reinterpret_cast<const char*>(glGetString(GL_RENDERER))},
    };
    std::cout << out.dump(2) << "\n";
    return 0;
}

} // namespace dc::app
