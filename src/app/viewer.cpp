#include "app/viewer.h"

#include <chrono>
#include <cstdio>

#include <SDL.h>
#include <imgui.h>
#include <backends/imgui_impl_opengl3.h>
#include <backends/imgui_impl_sdl.h>
#include <spdlog/spdlog.h>

#include "app/content.h"
#include "app/model_source.h"
#include "core/dir_watcher.h"
#include "platform/input.h"
#include "platform/window.h"
#include "render/renderer.h"
#include "scene/draw_list.h"
#include "scene/orbit_camera.h"
#include "scene/picker.h"
#include "scene/view_state.h"
#include "ui/label_overlay.h"
#include "ui/panels.h"

namespace dc::app {

namespace {

using platform::Action;

View viewFor(Action a) {
    switch (a) {
    case Action::ViewPosterior: return View::Posterior;
    case Action::ViewLeft: return View::Left;
    case Action::ViewRight: return View::Right;
    case Action::ViewSuperior: return View::Superior;
    case Action::ViewInferior: return View::Inferior;
    default: return View::Anterior;
    }
}

struct ImGuiSession {
    ImGuiSession(SDL_Window* w, void* ctx) {
        IMGUI_CHECKVERSION();
        ImGui::CreateContext();
        ImGui::GetIO().IniFilename = nullptr; // layout is fixed; nothing to save
        ImGui_ImplSDL2_InitForOpenGL(w, ctx);
        ImGui_ImplOpenGL3_Init("#version 330 core");
    }
    ~ImGuiSession() {
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplSDL2_Shutdown();
        ImGui::DestroyContext();
    }
};

} // namespace

int runViewer(const Options& o, const Atlas& atlas, std::vector<std::string> notices,
              std::chrono::steady_clock::time_point started) {
    platform::WindowOptions wo;
    wo.title = "Deepcore — lower torso atlas";
    wo.msaaSamples = o.msaa;
    wo.fullscreen = o.fullscreen;
    auto win = platform::Window::create(wo);
    if (!win) {
        std::fprintf(stderr, "deepcore: %s\n", win.error().toString().c_str());
        return 1;
    }
    platform::Window& window = **win;
    spdlog::info("renderer: {} ({}x MSAA)", window.glDescription(), window.msaaSamples());

    ImGuiSession imgui(window.sdl(), window.glContext());
    float uiScale = window.displayScale() * window.pixelRatio() * static_cast<float>(o.uiScale);
    ui::applyStyle(uiScale);
    ImGui::GetIO().FontGlobalScale = 1.0f / window.pixelRatio();

    render::Renderer renderer(atlas);
    Picker picker(atlas);
    ViewState view(atlas);
    view.setPeel(o.peel);
    view.finishFades();
    OrbitCamera camera;
    camera.frame(atlas.bounds());
    camera.setView(*viewFromName(o.view), true);
    bool fibres = o.fibres, labels = o.labels;
    if (!o.select.empty()) {
        if (auto id = atlas.find(o.select)) view.select(id);
        else notices.push_back("Unknown structure '" + o.select + "' for --select");
    }

    // Annotations: loaded now, reloaded when their files change.
    std::string annotationsDir = o.annotations.empty() ? defaultAnnotationsDir() : o.annotations;
    Content content = loadContent(annotationsDir, atlas);
    DirWatcher watcher(annotationsDir, ".toml");
    double watchTimer = 1.0;
    bool studentMode = false;
    std::string searchText;
    std::vector<ViewState::VisibilitySnapshot> undo;
    auto contentNotices = [&] {
        std::vector<std::string> n = notices;
        if (!content.problems.empty())
            n.push_back(std::to_string(content.problems.size()) + " problem(s) in the annotation files, e.g. " +
                        content.problems.front());
        return n;
    };

    platform::InputTranslator input;
    auto last = std::chrono::steady_clock::now();
    float fps = 0.0f;
    double hoverCooldown = 0.0;
    ui::LabelAnchors labelAnchors;
    double labelTimer = 0.0;
    std::optional<StructureId> labelledSelection;
    float freeLeft = 0.0f, freeRight = 1e9f;
    bool running = true;
    bool firstFrame = true;
    while (running) {
        auto now = std::chrono::steady_clock::now();
        float dt = std::min(std::chrono::duration<float>(now - last).count(), 0.1f);
        last = now;
        fps = fps == 0.0f ? 1.0f / std::max(dt, 1e-3f) : fps * 0.95f + 0.05f / std::max(dt, 1e-3f);

        // 1. Events -> actions and gestures.
        ImGuiIO& io = ImGui::GetIO();
        SDL_Event e;
        while (SDL_PollEvent(&e)) {
            ImGui_ImplSDL2_ProcessEvent(&e);
            input.handle(e, io.WantCaptureMouse, io.WantCaptureKeyboard, window.windowSize(), window.pixelRatio());
        }
        platform::InputFrame in = input.take();
        if (in.quitRequested) running = false;

        // 2. Actions -> state.
        for (Action a : in.actions) {
            switch (a) {
            case Action::PeelMore: view.setPeel(view.peel() + 1); break;
            case Action::PeelLess: view.setPeel(view.peel() - 1); break;
            case Action::ToggleFullscreen: window.toggleFullscreen(); break;
            case Action::ToggleGhost: view.setGhostPeeled(!view.ghostPeeled()); break;
            case Action::ToggleLabels: labels = !labels; break;
            case Action::ClearSelection: view.select(std::nullopt); break;
            case Action::FrameSelection:
                if (auto s = view.selected()) camera.focus(atlas.at(*s).bounds);
                break;
            case Action::Quit: running = false; break;
            case Action::Undo:
                if (!undo.empty()) {
                    view.restore(undo.back());
                    undo.pop_back();
                }
                break;
            default: camera.setView(viewFor(a)); break;
            }
        }
        camera.orbit(in.orbit.x, in.orbit.y);
        camera.pan(in.pan.x, in.pan.y);
        camera.zoom(in.zoom);

        watchTimer -= dt;
        if (watchTimer <= 0.0) {
            watchTimer = 1.0;
            if (watcher.poll()) {
                spdlog::info("annotation files changed; reloading");
                content = loadContent(annotationsDir, atlas);
            }
        }

        // 3. Update: fades and camera easing.
        view.update(dt);
        camera.update(dt);

        glm::ivec2 fb = window.drawableSize();
        if (fb.x <= 0 || fb.y <= 0) { // minimised: nothing to draw
            SDL_Delay(50);
            continue;
        }
        render::FrameParams frame;
        frame.width = fb.x;
        frame.height = fb.y;
        frame.view = camera.view();
        frame.projection = camera.projection(static_cast<float>(fb.x) / static_cast<float>(fb.y));
        frame.eye = camera.eye();
        frame.fibres = fibres;
        DrawList list = buildDrawList(atlas, view, frame.eye);

        // 4. Picking: a ray through the pointer against the meshes, skipping
        // hidden, peeled and ghosted structures.
        auto pickAt = [&](glm::ivec2 px) -> std::optional<StructureId> {
            Ray r = rayThroughPixel(frame.view, frame.projection, glm::vec2(px), glm::vec2(fb));
            auto hit = picker.cast(r, [&](StructureId id) { return view.appearance(id).pickable; });
            return hit ? std::optional<StructureId>(hit->id) : std::nullopt;
        };
        hoverCooldown -= dt;
        if (in.pointerMoved && hoverCooldown <= 0.0 && !io.WantCaptureMouse) {
            view.hover(in.pointer ? pickAt(*in.pointer) : std::nullopt);
            hoverCooldown = 0.03;
        } else if (io.WantCaptureMouse) {
            view.hover(std::nullopt);
        }
        if (in.click) view.select(pickAt(*in.click));
        if (in.doubleClick) {
            if (auto id = pickAt(*in.doubleClick)) {
                view.select(id);
                camera.focus(atlas.at(*id).bounds);
            }
        }
        list = buildDrawList(atlas, view, frame.eye);

        // 5. Render the scene, then the panels on top.
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        renderer.draw(list, frame);

        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplSDL2_NewFrame();
        ImGui::NewFrame();
        ui::UiModel model;
        model.atlas = &atlas;
        model.view = &view;
        model.fibres = &fibres;
        model.labels = &labels;
        model.fps = fps;
        model.notices = contentNotices();
        model.annotations = &content.annotations;
        model.studentMode = &studentMode;
        model.searchText = &searchText;
        model.canUndo = !undo.empty();
        ViewState::VisibilitySnapshot beforeUi = view.snapshot();
        ui::UiRequests req = ui::drawPanels(model);
        if (req.undoable && !(beforeUi == view.snapshot())) undo.push_back(beforeUi);
        if (req.undo && !undo.empty()) {
            view.restore(undo.back());
            undo.pop_back();
        }
        if (!req.selectAndFrame.empty()) {
            view.select(req.selectAndFrame.front());
            Bounds b;
            for (StructureId id : req.selectAndFrame) b.add(atlas.at(id).bounds);
            // Bring a hidden or peeled structure back into view.
            int layer = static_cast<int>(atlas.at(req.selectAndFrame.front()).info.layer);
            if (view.peel() > layer) view.setPeel(layer);
            for (StructureId id : req.selectAndFrame)
                if (view.mode(id) == StructureMode::Hidden) view.setMode(id, StructureMode::Shown);
            camera.focus(b);
        }
        if (req.view) camera.setView(*req.view);
        if (req.frameSelection)
            if (auto s = view.selected()) camera.focus(atlas.at(*s).bounds);
        freeLeft = req.freeLeft;
        freeRight = req.freeRight;

        // Labels: anchors (ray casts) a few times a second, layout every frame.
        labelTimer -= dt;
        if ((labels || view.selected()) && (labelTimer <= 0.0 || labelledSelection != view.selected())) {
            labelAnchors = ui::findLabelAnchors(atlas, view, picker, frame.eye, labels ? 12 : 0);
            labelTimer = 0.25;
            labelledSelection = view.selected();
        }
        if (labels || view.selected()) {
            ui::LabelFrame lf;
            lf.viewProjection = frame.projection * frame.view;
            lf.eye = frame.eye;
            lf.viewport = {io.DisplaySize.x, io.DisplaySize.y};
            float pad = ImGui::GetFontSize() * 0.6f;
            lf.area = {{freeLeft, pad}, {std::max(freeLeft + 1.0f, freeRight), io.DisplaySize.y - 3 * pad}};
            ui::drawLabels(ui::layoutLabelsOnScreen(atlas, view, labelAnchors, lf), view.selected());
        }
        ImGui::Render();
        glViewport(0, 0, fb.x, fb.y);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        gl::drainGlErrors("frame");
        window.swap();
        if (firstFrame) {
            firstFrame = false;
            glFinish();
            spdlog::info("first frame {:.0f} ms after start-up",
                         std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count());
        }
    }
    return 0;
}

} // namespace dc::app
