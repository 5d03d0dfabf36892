// The --config file: values, and each problem with its file and line.
#include <catch2/catch.hpp>

#include "core/config.h"

using namespace dc;
using Catch::Matchers::Contains;

TEST_CASE("a configuration file sets the viewer's start-up values") {
    auto p = parseConfig("[viewer]\nview = \"left\"\npeel = 4\nlabels = true\nui_scale = 1.5\nmsaa = 8\n", "deepcore.toml");
    REQUIRE(p.errors.empty());
    CHECK(*p.config.view == "left");
    CHECK(*p.config.peel == 4);
    CHECK(*p.config.labels);
    CHECK(*p.config.uiScale == Approx(1.5));
    CHECK(*p.config.msaa == 8);
    CHECK_FALSE(p.config.model);
}

TEST_CASE("an empty configuration file is fine") {
    auto p = parseConfig("", "deepcore.toml");
    CHECK(p.errors.empty());
}

TEST_CASE("configuration problems name the file and the line") {
    auto first = [](const char* text) {
        auto p = parseConfig(text, "deepcore.toml");
        return p.errors.empty() ? std::string() : p.errors.front().toString();
    };
    CHECK_THAT(first("[viewer]\npeel = 9\n"), Contains("deepcore.toml:2: 'peel' must be 0 to 6, got 9"));
    CHECK_THAT(first("[viewer]\n\nview = \"sideways\"\n"), Contains("deepcore.toml:3: unknown view 'sideways'"));
    CHECK_THAT(first("[viewer]\nlabels = \"yes\"\n"), Contains("deepcore.toml:2: 'labels' must be true or false"));
    CHECK_THAT(first("[viewer]\nmsaa = 3\n"), Contains(":2: 'msaa' must be 0, 2, 4 or 8"));
    CHECK_THAT(first("[viewer]\nui_scale = 10\n"), Contains(":2: 'ui_scale' must be 0.5 to 4"));
    CHECK_THAT(first("[viewer]\ncolour = 1\n"), Contains(":2: unknown key 'colour' in [viewer]"));
    CHECK_THAT(first("[viewr]\n"), Contains(":1: unknown section or key 'viewr'"));
    CHECK_THAT(first("[viewer]\npeel = = 2\n"), Contains("deepcore.toml:2: TOML syntax error"));
    CHECK_THAT(loadConfig("/nonexistent/deepcore.toml").errors.at(0).toString(),
               Contains("/nonexistent/deepcore.toml: cannot read the configuration file"));
}
