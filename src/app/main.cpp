// deepcore: entry point. Parses the command line, loads the model and the
// annotations, and hands over to one mode. Maps failures to exit codes:
// 0 ok, 1 a file or rendering problem, 2 a bad flag or value.
#include <chrono>
#include <memory>
#include <cstdio>
#include <iostream>

#include <SDL.h>

#include "anatomy/atlas_loader.h"
#include "app/bench.h"
#include "app/content.h"
#include "app/headless.h"
#include "app/huge_pages.h"
#include "app/motion_player.h"
#include "app/model_source.h"
#include "app/model_task.h"
#include "app/options.h"
#include "app/viewer.h"
#include "core/log.h"

using namespace dc;

int main(int argc, char** argv) {
    const auto start = app::programStart();
    app::Options o = app::parseOptions(argc, argv);
    if (o.mode == app::Mode::Exit) {
        if (o.exitCode == 0) std::cout << o.message;
        else std::fprintf(stderr, "%s\n", o.message.c_str());
        return o.exitCode;
    }
    std::vector<std::string> configProblems = app::applyConfig(o);
    // Before anything is printed or loaded (see app/huge_pages.h).
    if (o.mode != app::Mode::Kiosk) app::restartWithHugePages(argv, start);
    bool headless = o.mode != app::Mode::Viewer && o.mode != app::Mode::Kiosk;
    // SIGTERM stops the viewer and the kiosk cleanly (status 0): our handler,
    // not SDL's, which would turn it into a close request the kiosk ignores.
    if (!headless) {
        SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
        app::installTerminationHandler();
    }
    setupLogging(headless && o.logLevel == "info" ? "warn" : o.logLevel);

    std::vector<std::string> notices;
    for (const auto& problem : configProblems) {
        std::fprintf(stderr, "deepcore: %s\n", problem.c_str());
        if (headless) return 2;
        notices.push_back(problem + " (the configuration file was ignored)");
    }
    // The model loads on a worker thread; the window modes open their window
    // and GL context meanwhile, the others wait for it at once.
    app::ModelTask model(o.model, /*fallBackToBuiltIn=*/!headless);
    if (o.mode == app::Mode::Viewer || o.mode == app::Mode::Kiosk || o.mode == app::Mode::Bench) {
        if (o.mode == app::Mode::Kiosk && o.soakHours <= 0.0) {
            std::string log = addRotatingLogFile(defaultStateDir());
            if (!log.empty()) spdlog::info("kiosk: logging to {}", log);
        }
        int rc = o.mode == app::Mode::Bench ? app::runBench(o, model, start) : app::runViewer(o, model, notices, start);
        SDL_Quit();
        return rc;
    }
    const Atlas* atlas = model.wait(notices);
    if (!atlas) return 1;

    // --motion NAME [--time T]: the headless modes show the model in that pose.
    std::unique_ptr<app::MotionPlayer> player;
    const Atlas* scene = &*atlas;
    if (!o.motion.empty()) {
        std::string dir = (o.annotations.empty() ? app::defaultAnnotationsDir() : o.annotations) + "/motions";
        player = std::make_unique<app::MotionPlayer>(*atlas, dir);
        if (!player->play(o.motion)) {
            std::string known;
            for (const auto& c : player->clips()) known += (known.empty() ? "" : ", ") + c.name;
            std::fprintf(stderr, "deepcore: unknown motion '%s' (known: %s)\n", o.motion.c_str(),
                         known.empty() ? "none found" : known.c_str());
            return 2;
        }
        if (o.time > player->current()->duration) {
            std::fprintf(stderr, "deepcore: --time %.2f is past the end of '%s' (%.2f s)\n", o.time, o.motion.c_str(),
                         player->current()->duration);
            return 2;
        }
        player->setPlaying(false);
        player->seek(o.time);
        player->poseAll();
        scene = &player->posed();
    }

    int rc = 0;
    switch (o.mode) {
    case app::Mode::Screenshot: rc = app::runScreenshot(o, *scene, player.get()); break;
    case app::Mode::ReportVisibility: rc = app::runVisibilityReport(o, *scene, player.get()); break;
    case app::Mode::ReportMuscles: rc = app::runMuscleReport(o, *atlas, *player); break;
    case app::Mode::ListStructures: rc = app::runListStructures(*atlas); break;
    case app::Mode::ValidateAnnotations: rc = app::runValidateAnnotations(o, *atlas); break;
    default:
        std::fprintf(stderr, "deepcore: this mode is not available in this build yet\n");
        rc = 2;
        break;
    }
    SDL_Quit();
    return rc;
}
