#include "app/options.h"

#include <algorithm>

#include <CLI/CLI.hpp>

#include "core/config.h"
#include "core/text.h"
#include "scene/views.h"

namespace dc::app {

namespace {

bool parseSize(const std::string& s, int& w, int& h) {
    auto parts = split(toLower(s), 'x');
    if (parts.size() != 2) return false;
    try {
        size_t a = 0, b = 0;
        w = std::stoi(parts[0], &a);
        h = std::stoi(parts[1], &b);
        return a == parts[0].size() && b == parts[1].size();
    } catch (...) {
        return false;
    }
}

} // namespace

Options parseOptions(int argc, char** argv) {
    Options o;
    CLI::App cli{"Deepcore: an interactive 3D atlas of the lower torso (psoas, iliacus, lumbar plexus).", "deepcore"};
    cli.set_version_flag("--version", std::string("deepcore ") + DEEPCORE_VERSION);
    std::string size, report, validateDir;
    bool kiosk = false, list = false, bench = false;
    std::string ghostList;

    cli.add_option("--model", o.model, "Load this glTF/GLB/OBJ/STL model instead of the built-in one");
    cli.add_option("--annotations", o.annotations, "Directory of annotation files");
    cli.add_option("--config", o.config, "Configuration file (TOML)");
    cli.add_flag("--kiosk", kiosk, "Run unattended in kiosk mode");
    cli.add_option("--screenshot", o.screenshot, "Render one image to this PNG file and exit");
    cli.add_option("--size", size, "Image size for --screenshot/--report, WxH (default 1280x720)");
    cli.add_option("--view", o.view, "anterior|posterior|left|right|superior|inferior");
    cli.add_option("--peel", o.peel, "Remove layers 0..N-1 (0-6)");
    cli.add_option("--select", o.select, "Select (highlight) this structure id");
    cli.add_option("--ghost", ghostList, "Comma-separated structure ids to draw as x-ray ghosts");
    cli.add_flag("--labels", o.labels, "Draw labels");
    cli.add_option("--motion", o.motion, "Motion to pose or report (e.g. hip_flexion)");
    cli.add_option("--time", o.time, "Time in seconds into --motion");
    cli.add_option("--report", report, "visibility|muscles: print a JSON report and exit");
    cli.add_flag("--list-structures", list, "Print the model's structures as JSON and exit");
    cli.add_option("--validate-annotations", validateDir, "Check annotation files (default: the built-in set)")
        ->expected(0, 1);
    cli.add_flag("--bench", bench, "Run the scripted benchmark and print JSON");
    cli.add_option("--frames", o.frames, "Frames for --bench");
    cli.add_option("--log-level", o.logLevel, "trace|debug|info|warn|error");
    cli.add_option("--soak", o.soakHours, "With --kiosk: run the attract loop off screen on an accelerated clock for "
                                          "this many simulated hours and print memory and GL error figures");

    try {
        cli.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
        o.mode = Mode::Exit;
        o.message = cli.help();
        return o;
    } catch (const CLI::CallForVersion&) {
        o.mode = Mode::Exit;
        o.message = std::string("deepcore ") + DEEPCORE_VERSION + "\n";
        return o;
    } catch (const CLI::ParseError& e) {
        o.mode = Mode::Exit;
        o.exitCode = 2;
        o.message = std::string("deepcore: ") + e.what() + " (see deepcore --help)";
        return o;
    }
    auto fail = [&](const std::string& msg) {
        o.mode = Mode::Exit;
        o.exitCode = 2;
        o.message = "deepcore: " + msg + " (see deepcore --help)";
        return o;
    };

    for (const char* flag : {"--model", "--annotations", "--view", "--peel", "--labels"})
        if (cli.count(flag)) o.given.push_back(flag);
    if (!size.empty() && (!parseSize(size, o.width, o.height) || o.width < 16 || o.height < 16 || o.width > 8192 ||
                          o.height > 8192))
        return fail("--size must be WxH between 16x16 and 8192x8192, got '" + size + "'");
    if (!viewFromName(o.view)) return fail("unknown --view '" + o.view + "'");
    if (o.peel < 0 || o.peel > 6) return fail("--peel must be 0 to 6, got " + std::to_string(o.peel));
    if (o.time < 0) return fail("--time must not be negative");
    if (o.frames < 1 || o.frames > 100000) return fail("--frames must be 1 to 100000");
    if (!ghostList.empty())
        for (auto& g : split(ghostList, ','))
            if (!trim(g).empty()) o.ghost.push_back(trim(g));

    int modes = (kiosk ? 1 : 0) + (!o.screenshot.empty() ? 1 : 0) + (!report.empty() ? 1 : 0) + (list ? 1 : 0) +
                (cli.count("--validate-annotations") ? 1 : 0) + (bench ? 1 : 0);
    if (modes > 1) return fail("choose one of --kiosk, --screenshot, --report, --list-structures, --validate-annotations, --bench");
    if (kiosk) o.mode = Mode::Kiosk;
    else if (!o.screenshot.empty()) o.mode = Mode::Screenshot;
    else if (report == "visibility") o.mode = Mode::ReportVisibility;
    else if (report == "muscles") o.mode = Mode::ReportMuscles;
    else if (!report.empty()) return fail("unknown --report '" + report + "' (visibility or muscles)");
    else if (list) o.mode = Mode::ListStructures;
    else if (cli.count("--validate-annotations")) {
        o.mode = Mode::ValidateAnnotations;
        if (!validateDir.empty()) o.annotations = validateDir;
    } else if (bench) o.mode = Mode::Bench;
    if (o.mode == Mode::ReportMuscles && o.motion.empty()) return fail("--report muscles needs --motion NAME");
    if (o.soakHours < 0.0 || o.soakHours > 1000.0) return fail("--soak must be 0 to 1000 hours");
    if (o.soakHours > 0.0 && o.mode != Mode::Kiosk) return fail("--soak goes with --kiosk");
    return o;
}

std::vector<std::string> applyConfig(Options& o) {
    std::vector<std::string> problems;
    if (o.config.empty()) return problems;
    ConfigParse p = loadConfig(o.config);
    for (const auto& e : p.errors) problems.push_back(e.toString());
    if (!problems.empty()) return problems; // a bad file changes nothing
    auto given = [&](const char* flag) { return std::find(o.given.begin(), o.given.end(), flag) != o.given.end(); };
    const Config& c = p.config;
    if (c.model && !given("--model")) o.model = *c.model;
    if (c.annotations && !given("--annotations")) o.annotations = *c.annotations;
    if (c.view && !given("--view")) o.view = *c.view;
    if (c.peel && !given("--peel")) o.peel = *c.peel;
    if (c.labels && !given("--labels")) o.labels = *c.labels;
    if (c.fibres) o.fibres = *c.fibres;
    if (c.fullscreen) o.fullscreen = *c.fullscreen;
    if (c.uiScale) o.uiScale = *c.uiScale;
    if (c.msaa) o.msaa = *c.msaa;
    if (c.kiosk && *c.kiosk && o.mode == Mode::Viewer) o.mode = Mode::Kiosk;
    if (c.idleSeconds) o.kioskIdleSeconds = *c.idleSeconds;
    if (c.display) o.display = *c.display;
    if (c.adminChord) o.adminChord = *c.adminChord;
    if (c.pinSha256) o.pinSha256 = *c.pinSha256;
    if (c.tours) o.tours = *c.tours;
    return problems;
}

} // namespace dc::app
