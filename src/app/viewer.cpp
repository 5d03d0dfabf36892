#include "app/viewer.h"

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <fstream>

#include <SDL.h>
#include <imgui.h>
#include <backends/imgui_impl_opengl3.h>
#include <backends/imgui_impl_sdl.h>
#include <spdlog/spdlog.h>

#include "app/content.h"
#include "app/kiosk_session.h"
#include "app/model_source.h"
#include "app/motion_player.h"
#include "motion/mannequin.h"
#include "core/dir_watcher.h"
#include "platform/input.h"
#include "platform/window.h"
#include "render/renderer.h"
#include "scene/draw_list.h"
#include "scene/orbit_camera.h"
#include "scene/picker.h"
#include "scene/view_state.h"
#include "ui/kiosk_panel.h"
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

std::atomic<bool> g_terminate{false};
extern "C" void onTerminate(int) { g_terminate = true; }

double rssMb() {
    std::ifstream in("/proc/self/statm");
    long pages = 0, resident = 0;
    in >> pages >> resident;
    return static_cast<double>(resident) * 4096.0 / (1024.0 * 1024.0);
}

} // namespace

void installTerminationHandler() {
    std::signal(SIGTERM, onTerminate);
    std::signal(SIGINT, onTerminate);
}

int runViewer(const Options& o, ModelTask& model, std::vector<std::string> notices,
              std::chrono::steady_clock::time_point started) {
    const bool kioskMode = o.mode == Mode::Kiosk;
    const bool soak = kioskMode && o.soakHours > 0.0;
    platform::WindowOptions wo;
    wo.title = "Deepcore — lower torso atlas";
    wo.msaaSamples = o.msaa;
    wo.fullscreen = o.fullscreen || (kioskMode && !soak);
    wo.borderless = kioskMode && !soak;
    wo.display = o.display;
#ifndef NDEBUG
    wo.debugContext = true; // GL debug output in debug builds
#endif
    if (soak) {
        wo.hidden = true;
        wo.vsync = false;
        wo.width = o.width;
        wo.height = o.height;
    }
    auto win = platform::Window::create(wo);
    if (!win) {
        std::fprintf(stderr, "deepcore: %s\n", win.error().toString().c_str());
        return 1;
    }
    platform::Window& window = **win;
    spdlog::info("renderer: {} ({}x MSAA)", window.glDescription(), window.msaaSamples());

    ImGuiSession imgui(window.sdl(), window.glContext());
    float uiScale = window.displayScale() * window.pixelRatio() * static_cast<float>(o.uiScale);
    if (kioskMode) ui::applyKioskStyle(uiScale * std::max(1.0f, window.drawableSize().y / 1080.0f));
    else ui::applyStyle(uiScale);
    ImGui::GetIO().FontGlobalScale = 1.0f / window.pixelRatio();

    // The window is up; now the model (loading since main() began).
    const Atlas* loaded = model.wait(notices);
    if (!loaded) return 1;
    const Atlas& atlas = *loaded;

    std::string annotationsDir = o.annotations.empty() ? defaultAnnotationsDir() : o.annotations;
    // Motions pose a copy of the atlas; the scene (draw list, picking,
    // labels, framing) always reads the posed copy.
    MotionPlayer player(atlas, annotationsDir + "/motions");
    const Atlas& scene = player.posed();
    render::Renderer renderer(scene);
    renderer.setFigure(player.figure());
    Picker picker(scene);
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

    // Annotations and motions: loaded now, reloaded when their files change.
    Content content = loadContent(annotationsDir, atlas);
    DirWatcher watcher(annotationsDir, ".toml");
    DirWatcher motionWatcher(annotationsDir + "/motions", ".toml");
    bool colourByLength = false;
    // Frames the camera on where the body goes during a clip (bone-transformed
    // corners of the rest model at a few times), then takes the clip's view.
    auto frameClip = [&] {
        const motion::MotionClip* c = player.current();
        if (!c) return;
        Bounds rest = atlas.bounds(), b;
        for (int k = 0; k <= 8; ++k) {
            motion::RigPose rig = motion::poseRig(c->sample(c->duration * k / 8.0 * 0.999));
            for (int corner = 0; corner < 8; ++corner) {
                glm::vec3 p((corner & 1) ? rest.max.x : rest.min.x, (corner & 2) ? rest.max.y : rest.min.y,
                            (corner & 4) ? rest.max.z : rest.min.z);
                motion::Bone bone = p.y < -0.1f ? (p.x > 0 ? motion::Bone::FemurLeft : motion::Bone::FemurRight)
                                                : (p.y > 0.2f ? motion::Bone::T12 : motion::Bone::Pelvis);
                b.add(rig.apply(bone, p));
            }
            std::vector<Mesh> figure;
            motion::poseMannequin(rig, figure);
            for (const auto& m : figure) b.add(m.bounds());
        }
        camera.frame(b);
        if (auto v = viewFromName(c->view)) camera.setView(*v);
    };
    auto startMotion = [&](const std::string& name) {
        if (player.play(name)) {
            colourByLength = true;
            frameClip();
            const motion::MotionClip* c = player.current();
            if (!c->highlight.empty())
                if (auto id = atlas.find(c->highlight.front())) view.select(id);
            // Deep muscles are what the motions are about: peel down to them.
            if (view.peel() < 4) view.setPeel(4);
        } else {
            notices.push_back("There is no movement called '" + name + "'.");
        }
    };
    if (!o.motion.empty()) startMotion(o.motion);
    double watchTimer = 1.0;
    ui::LabelAnchors labelAnchors;
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

    // Kiosk: the unattended state machine, on the real clock (or, for the
    // soak test, on a fake one that runs a day in minutes).
    SteadyClock steadyClock;
    FakeClock soakClock;
    const Clock& kioskClock = soak ? static_cast<const Clock&>(soakClock) : steadyClock;
    std::unique_ptr<KioskSession> kiosk;
    if (kioskMode) {
        KioskSettings ks;
        ks.idleSeconds = o.kioskIdleSeconds;
        ks.adminChord = o.adminChord;
        ks.pinSha256 = o.pinSha256;
        ks.tours = o.tours;
        ks.toursDir = annotationsDir + "/tours";
        kiosk = std::make_unique<KioskSession>(ks, kioskClock);
        if (!soak) SDL_ShowCursor(SDL_DISABLE);
    }
    // Everything a visitor changed goes; the next visitor starts afresh.
    auto resetVisitor = [&] {
        view = ViewState(atlas);
        player.stop();
        colourByLength = false;
        labels = false;
        studentMode = false;
        searchText.clear();
        undo.clear();
        camera.frame(atlas.bounds());
        camera.setView(View::Anterior);
        labelAnchors.clear();
    };
    auto applyTourStep = [&](const kiosk::TourStep& step) {
        view = ViewState(atlas);
        view.setPeel(step.peel);
        labels = step.labels;
        if (!step.motion.empty()) startMotion(step.motion);
        else {
            player.stop();
            colourByLength = false;
            camera.frame(atlas.bounds());
        }
        view.setPeel(step.peel);
        view.select(step.select.empty() ? std::nullopt : atlas.find(step.select));
        if (auto v = viewFromName(step.view)) camera.setView(*v);
        camera.zoom(step.zoom);
    };
    double soakSimulated = 0.0, soakNextVisitor = 2.0 * 3600.0, rssStart = 0.0;
    size_t soakFrames = 0;
    long glErrorsAtStart = gl::glErrorCount();

    platform::InputTranslator input;
    auto last = std::chrono::steady_clock::now();
    float fps = 0.0f;
    double hoverCooldown = 0.0;
    double labelTimer = 0.0;
    std::optional<StructureId> labelledSelection;
    float freeLeft = 0.0f, freeRight = 1e9f;
    bool running = true;
    bool firstFrame = true;
    while (running) {
        auto now = std::chrono::steady_clock::now();
        float dt = std::min(std::chrono::duration<float>(now - last).count(), 0.1f);
        last = now;
        if (g_terminate) break; // SIGTERM: a clean stop, exit status 0
        if (soak) {
            // Four simulated seconds a frame (every tour step is still drawn);
            // a visitor drops by every two hours.
            dt = 4.0f;
            soakClock.advance(dt);
            soakSimulated += dt;
            // Memory is measured from the end of the warm-up (every tour
            // step, peel and motion has been shown once) to the end.
            if (rssStart == 0.0 && soakSimulated >= std::min(1800.0, o.soakHours * 1800.0)) rssStart = rssMb();
            if (soakSimulated >= soakNextVisitor) {
                kiosk->simulateInput();
                soakNextVisitor += 2.0 * 3600.0;
            }
            if (soakSimulated >= o.soakHours * 3600.0) break;
            ++soakFrames;
        }
        fps = fps == 0.0f ? 1.0f / std::max(dt, 1e-3f) : fps * 0.95f + 0.05f / std::max(dt, 1e-3f);

        // 1. Events -> actions and gestures.
        ImGuiIO& io = ImGui::GetIO();
        SDL_Event e;
        while (SDL_PollEvent(&e)) {
            if (kiosk && kiosk->filter(e, window.sdl())) continue;
            ImGui_ImplSDL2_ProcessEvent(&e);
            input.handle(e, io.WantCaptureMouse, io.WantCaptureKeyboard, window.windowSize(), window.pixelRatio());
        }
        platform::InputFrame in = input.take();
        if (in.quitRequested && !kiosk) running = false;

        // 2. Actions -> state.
        for (Action a : in.actions) {
            switch (a) {
            case Action::PeelMore: view.setPeel(view.peel() + 1); break;
            case Action::PeelLess: view.setPeel(view.peel() - 1); break;
            case Action::ToggleFullscreen:
                if (!kiosk) window.toggleFullscreen();
                break;
            case Action::ToggleGhost: view.setGhostPeeled(!view.ghostPeeled()); break;
            case Action::ToggleLabels: labels = !labels; break;
            case Action::ClearSelection: view.select(std::nullopt); break;
            case Action::FrameSelection:
                if (auto s = view.selected()) {
                    for (StructureId id : player.syncForPicking([&](StructureId id) { return id == *s; }, true))
                        picker.invalidate(id);
                    camera.focus(scene.at(*s).bounds);
                }
                break;
            case Action::Quit:
                if (!kiosk) running = false;
                break;
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
            if (motionWatcher.poll()) {
                spdlog::info("motion files changed; reloading");
                player.reload(annotationsDir + "/motions");
            }
        }

        // Kiosk: idle -> attract (reset, tours) -> touch -> home view; admin exit.
        if (kiosk) {
            kiosk::KioskEvents ke = kiosk->update(dt);
            if (ke.exitApproved) {
                spdlog::info("kiosk: administrator exit");
                running = false;
            }
            if (ke.enteredAttract || ke.leftAttract) resetVisitor();
            if (kiosk->stepChanged() && kiosk->tourStep()) applyTourStep(*kiosk->tourStep());
        }

        // 3. Update: fades, camera easing, the motion clock.
        view.update(dt);
        camera.update(dt);
        if (player.update(dt)) labelTimer = 0.0;
        for (StructureId id : player.upload(renderer, [&](StructureId id) { return view.appearance(id).opacity > 0.0f; }))
            picker.invalidate(id);

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
        frame.figureOpacity = player.current() ? 0.22f : 0.0f;
        DrawList list = buildDrawList(scene, view, frame.eye);

        // 4. Picking: a ray through the pointer against the meshes, skipping
        // hidden, peeled and ghosted structures.
        // The CPU copy the rays hit follows a playing clip at up to ten poses
        // a second for hovering; a click always gets the current pose.
        auto pickAt = [&](glm::ivec2 px, bool now) -> std::optional<StructureId> {
            for (StructureId id : player.syncForPicking([&](StructureId id) { return view.appearance(id).pickable; }, now))
                picker.invalidate(id);
            Ray r = rayThroughPixel(frame.view, frame.projection, glm::vec2(px), glm::vec2(fb));
            auto hit = picker.cast(r, [&](StructureId id) { return view.appearance(id).pickable; });
            return hit ? std::optional<StructureId>(hit->id) : std::nullopt;
        };
        hoverCooldown -= dt;
        if (in.pointerMoved && hoverCooldown <= 0.0 && !io.WantCaptureMouse) {
            view.hover(in.pointer ? pickAt(*in.pointer, false) : std::nullopt);
            hoverCooldown = 0.03;
        } else if (io.WantCaptureMouse) {
            view.hover(std::nullopt);
        }
        if (in.click) view.select(pickAt(*in.click, true));
        if (in.doubleClick) {
            if (auto id = pickAt(*in.doubleClick, true)) {
                view.select(id);
                camera.focus(scene.at(*id).bounds);
            }
        }
        list = buildDrawList(scene, view, frame.eye);
        if (colourByLength && player.current()) {
            auto recolour = [&](DrawItem& it) {
                if (const motion::MuscleState* m = player.muscle(atlas.at(it.structure).info.id))
                    it.colour = ui::lengthColour(m->ratio);
            };
            for (auto& it : list.opaque) recolour(it);
            for (auto& it : list.ghost) recolour(it);
        }

        // 5. Render the scene, then the panels on top.
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        renderer.draw(list, frame);

        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplSDL2_NewFrame();
        ImGui::NewFrame();
        if (kiosk) {
            if (kiosk->promptOpen()) kiosk->drawPinPrompt();
            if (kiosk->attract()) {
                const kiosk::TourStep* st = kiosk->tourStep();
                ui::drawAttractOverlay(kiosk->tour() ? kiosk->tour()->title : "", st ? st->caption : "");
                freeLeft = 0.0f;
                freeRight = io.DisplaySize.x;
            } else {
                ui::KioskPanelModel km;
                km.atlas = &atlas;
                km.view = &view;
                km.annotations = &content.annotations;
                km.clips = &player.clips();
                km.current = player.current();
                ui::KioskRequests kr = ui::drawKioskPanels(km);
                if (kr.story) {
                    player.stop();
                    colourByLength = false;
                    view.setPeel(kr.story->peel);
                    view.select(atlas.find(kr.story->select));
                    camera.frame(atlas.bounds());
                    camera.setView(kr.story->view);
                }
                if (kr.playMotion) startMotion(*kr.playMotion);
                if (kr.stopMotion) {
                    player.stop();
                    colourByLength = false;
                    camera.frame(atlas.bounds());
                }
                if (kr.home) resetVisitor();
                if (const motion::MotionClip* c = player.current())
                    ui::motionCaption(c->captionAt(player.time()), ImGui::GetFontSize() * 1.5f);
                freeLeft = std::min(ImGui::GetFontSize() * 13.0f, io.DisplaySize.x * 0.3f) + ImGui::GetFontSize();
                freeRight = io.DisplaySize.x - (view.selected() ? freeLeft + ImGui::GetFontSize() : 0.0f);
            }
        }
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
        ui::MotionPanelModel motionModel;
        motionModel.clips = &player.clips();
        motionModel.current = player.current();
        motionModel.time = player.time();
        motionModel.playing = player.playing();
        motionModel.speed = &player.speed;
        motionModel.loop = &player.loop;
        motionModel.colourByLength = &colourByLength;
        motionModel.pose = &player.pose();
        motionModel.problems = player.problems();
        if (auto s = view.selected()) {
            motionModel.selectedName = atlas.at(*s).info.name;
            motionModel.selectedMuscle = player.muscle(atlas.at(*s).info.id);
        }
        model.motion = &motionModel;
        ViewState::VisibilitySnapshot beforeUi = view.snapshot();
        ui::UiRequests req;
        if (!kiosk) req = ui::drawPanels(model);
        if (req.motion.play) startMotion(*req.motion.play);
        if (req.playMotion) startMotion(*req.playMotion);
        if (req.motion.togglePlay) player.setPlaying(!player.playing());
        if (req.motion.seek) player.seek(*req.motion.seek);
        if (req.motion.stop) {
            player.stop();
            colourByLength = false;
            camera.frame(atlas.bounds());
            camera.setView(View::Anterior);
        }
        if (const motion::MotionClip* c = player.current(); c && !kiosk)
            ui::motionCaption(c->captionAt(player.time()), ImGui::GetFontSize() * 2.5f);
        if (req.undoable && !(beforeUi == view.snapshot())) undo.push_back(beforeUi);
        if (req.undo && !undo.empty()) {
            view.restore(undo.back());
            undo.pop_back();
        }
        if (!req.selectAndFrame.empty()) {
            view.select(req.selectAndFrame.front());
            Bounds b;
            for (StructureId id : req.selectAndFrame) b.add(scene.at(id).bounds);
            // Bring a hidden or peeled structure back into view.
            int layer = static_cast<int>(atlas.at(req.selectAndFrame.front()).info.layer);
            if (view.peel() > layer) view.setPeel(layer);
            for (StructureId id : req.selectAndFrame)
                if (view.mode(id) == StructureMode::Hidden) view.setMode(id, StructureMode::Shown);
            camera.focus(b);
        }
        if (req.view) camera.setView(*req.view);
        if (req.frameSelection)
            if (auto s = view.selected()) {
                for (StructureId id : player.syncForPicking([&](StructureId id) { return id == *s; }, true))
                    picker.invalidate(id);
                camera.focus(scene.at(*s).bounds);
            }
        if (!kiosk) {
            freeLeft = req.freeLeft;
            freeRight = req.freeRight;
        }

        // Labels: anchors (ray casts) a few times a second, layout every frame.
        labelTimer -= dt;
        if ((labels || view.selected()) && (labelTimer <= 0.0 || labelledSelection != view.selected())) {
            for (StructureId id : player.syncForPicking([&](StructureId id) { return view.appearance(id).opacity > 0.0f; }))
                picker.invalidate(id);
            labelAnchors = ui::findLabelAnchors(scene, view, picker, frame.eye, labels ? 12 : 0);
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
            ui::drawLabels(ui::layoutLabelsOnScreen(scene, view, labelAnchors, lf), view.selected());
        }
        ImGui::Render();
        glViewport(0, 0, fb.x, fb.y);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        gl::drainGlErrors("frame");
        if (gl::contextLost()) {
            // A GPU reset: exit with status 3 so the kiosk's service manager
            // (deploy/deepcore-kiosk.service, Restart=on-failure) starts afresh.
            spdlog::error("the OpenGL context was lost (GPU reset); exiting so the app can be restarted");
            return 3;
        }
        window.swap();
        if (firstFrame) {
            firstFrame = false;
            glFinish();
            spdlog::info("first frame {:.0f} ms after start-up",
                         std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count());
        }
    }
    if (soak) {
        std::printf("{\"simulated_hours\": %.2f, \"frames\": %zu, \"rss_start_mb\": %.1f, \"rss_end_mb\": %.1f, "
                    "\"rss_growth_mb\": %.1f, \"gl_errors\": %ld, \"tour_steps\": %zu}\n",
                    soakSimulated / 3600.0, soakFrames, rssStart, rssMb(), rssMb() - rssStart,
                    gl::glErrorCount() - glErrorsAtStart, kiosk->stepsStarted());
    }
    return 0;
}

} // namespace dc::app
