// Annotation files: every parse failure comes back with its file, line and a
// clear message; search ranks as documented; the shipped annotations cover
// every structure of the built-in model and validate cleanly.
#include <catch2/catch.hpp>

#include <string>

#include "anatomy/catalog.h"
#include "annotations/annotation_loader.h"
#include "annotations/annotation_parser.h"
#include "annotations/annotation_validator.h"
#include "annotations/known_motions.h"
#include "annotations/search.h"

using namespace dc;

namespace {

const char* kGood = R"(name = "Psoas major"
other_names = ["Musculus psoas major"]
keywords = ["hip flexor", "back pain"]
layer = 4
system = "muscular"
summary = "A deep muscle that lifts the thigh."
related_structures = ["iliacus"]
related_motions = ["hip_flexion"]
sources = ["Gray's Anatomy, 42nd ed."]

[student]
origin = "T12 to L5."
insertion = "Lesser trochanter."
action = "Flexes the hip."
innervation = "L1 to L3."
blood_supply = "Lumbar arteries."

[clinical]
pain = "Deep ache in the low back."
)";

// The first error of parsing `text` as annotations/psoas_major.toml.
std::string firstError(const std::string& text) {
    auto r = parseAnnotationFull(text, "annotations/psoas_major.toml");
    if (r.errors.empty()) return "";
    return r.errors.front().toString();
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

} // namespace

TEST_CASE("a well-formed annotation parses into its fields") {
    auto r = parseAnnotationFull(kGood, "annotations/psoas_major.toml");
    REQUIRE(r.errors.empty());
    REQUIRE(r.annotation);
    const Annotation& a = *r.annotation;
    CHECK(a.key == "psoas_major");
    CHECK(a.name == "Psoas major");
    CHECK(a.layer == 4);
    CHECK(a.system == "muscular");
    REQUIRE(a.section("origin"));
    CHECK(a.section("origin")->title == "Origin");
    CHECK(a.section("pain")->text == "Deep ache in the low back.");
    CHECK(a.lineOf("layer") == 4);
    CHECK(a.lineOf("related_motions[0]") == 8);
}

TEST_CASE("each parse failure names the file, the line and the problem") {
    using Catch::Matchers::Contains;
    using Catch::Matchers::StartsWith;
    SECTION("TOML syntax") {
        std::string e = firstError(replaced(kGood, "layer = 4", "layer = = 4"));
        CHECK_THAT(e, StartsWith("annotations/psoas_major.toml:4:"));
        CHECK_THAT(e, Contains("TOML syntax error"));
    }
    SECTION("missing required field") {
        std::string e = firstError(replaced(kGood, "summary = \"A deep muscle that lifts the thigh.\"\n", ""));
        CHECK_THAT(e, StartsWith("annotations/psoas_major.toml:1:"));
        CHECK_THAT(e, Contains("missing required field 'summary'"));
    }
    SECTION("wrong type") {
        std::string e = firstError(replaced(kGood, "layer = 4", "layer = \"four\""));
        CHECK_THAT(e, StartsWith("annotations/psoas_major.toml:4:"));
        CHECK_THAT(e, Contains("must be an integer"));
    }
    SECTION("layer out of range") {
        std::string e = firstError(replaced(kGood, "layer = 4", "layer = 9"));
        CHECK_THAT(e, Contains(":4:"));
        CHECK_THAT(e, Contains("between 0 and 6"));
    }
    SECTION("unknown system") {
        std::string e = firstError(replaced(kGood, "\"muscular\"", "\"muscle\""));
        CHECK_THAT(e, Contains(":5:"));
        CHECK_THAT(e, Contains("unknown system 'muscle'"));
    }
    SECTION("unknown field, with the expected ones listed") {
        std::string e = firstError(replaced(kGood, "layer = 4", "layer = 4\nlayr = 4"));
        CHECK_THAT(e, Contains(":5:"));
        CHECK_THAT(e, Contains("unknown field 'layr'"));
    }
    SECTION("unknown section key") {
        std::string e = firstError(replaced(kGood, "pain = ", "pains = "));
        CHECK_THAT(e, Contains("unknown key 'pains' in [clinical]"));
    }
    SECTION("empty string") {
        std::string e = firstError(replaced(kGood, "\"Psoas major\"", "\"  \""));
        CHECK_THAT(e, Contains(":1:"));
        CHECK_THAT(e, Contains("is empty"));
    }
    SECTION("list of the wrong kind") {
        std::string e = firstError(replaced(kGood, "[\"iliacus\"]", "\"iliacus\""));
        CHECK_THAT(e, Contains(":7:"));
        CHECK_THAT(e, Contains("must be a list of strings"));
    }
    SECTION("not UTF-8") {
        std::string e = firstError(replaced(kGood, "Lumbar arteries.", "Lumbar \xff arteries."));
        CHECK_THAT(e, Contains(":16:"));
        CHECK_THAT(e, Contains("not valid UTF-8"));
    }
    SECTION("empty file") {
        CHECK_THAT(firstError(""), Contains("file is empty"));
    }
    SECTION("too large") {
        CHECK_THAT(firstError(std::string(kMaxAnnotationFileBytes + 1, '#')), Contains("too large"));
    }
}

TEST_CASE("search ranks names before synonyms before text") {
    std::vector<Annotation> anns;
    for (const char* stem : {"psoas_major", "iliacus", "quadratus_lumborum", "femoral_nerve"}) {
        auto r = parseAnnotationFull(kGood, std::string("annotations/") + stem + ".toml");
        REQUIRE(r.annotation);
        anns.push_back(*r.annotation);
    }
    anns[0].name = "Psoas major";
    anns[1].name = "Iliacus";
    anns[1].keywords = {"hip flexor"};
    anns[2].name = "Quadratus lumborum";
    anns[2].keywords = {"back pain"};
    anns[2].clinical.clear();
    anns[3].name = "Femoral nerve";
    anns[3].keywords = {};
    anns[3].clinical = {{"pain", "Where pain is felt", "A hip flexor problem can irritate it.", 1}};
    AnnotationIndex index(anns);
    std::vector<StructureInfo> atlas;
    for (const auto& c : builtInCatalog()) atlas.push_back(c);

    auto hits = searchStructures(index, atlas, "psoas major", 10);
    REQUIRE_FALSE(hits.empty());
    CHECK(hits[0].stem == "psoas_major");
    CHECK(hits[0].ids == std::vector<std::string>{"psoas_major_left", "psoas_major_right"});

    // "hip flexor" is a keyword of both muscles; the nerve only mentions it in its notes.
    hits = searchStructures(index, atlas, "hip flexor", 10);
    REQUIRE(hits.size() >= 3);
    CHECK((hits[0].stem == "iliacus" || hits[0].stem == "psoas_major"));
    CHECK((hits[1].stem == "iliacus" || hits[1].stem == "psoas_major"));
    CHECK(hits[2].stem == "femoral_nerve");
    CHECK(hits[2].score < hits[1].score);

    // Typing: the last word matches as a prefix.
    hits = searchStructures(index, atlas, "pso", 10);
    REQUIRE_FALSE(hits.empty());
    CHECK(hits[0].stem == "psoas_major");

    CHECK(searchStructures(index, atlas, "   ", 10).empty());
    CHECK(searchStructures(index, atlas, "zzzz", 10).empty());
}

TEST_CASE("the shipped annotations cover every structure and validate cleanly") {
    std::vector<StructureInfo> atlas;
    for (const auto& c : builtInCatalog()) atlas.push_back(c);
    auto errors = validateAnnotations(std::string(DC_SOURCE_DIR) + "/annotations", atlas, knownMotionNames());
    for (const auto& e : errors) UNSCOPED_INFO(e.toString());
    CHECK(errors.empty());
}

TEST_CASE("the shipped annotations answer the searches people make") {
    auto load = loadAnnotations(std::string(DC_SOURCE_DIR) + "/annotations");
    REQUIRE(load.errors.empty());
    AnnotationIndex index(std::move(load.annotations));
    std::vector<StructureInfo> atlas;
    for (const auto& c : builtInCatalog()) atlas.push_back(c);
    auto stemsFor = [&](const char* q) {
        std::vector<std::string> s;
        for (const auto& h : searchStructures(index, atlas, q, 8)) s.push_back(h.stem);
        return s;
    };
    auto has = [](const std::vector<std::string>& v, const char* s) { return std::find(v.begin(), v.end(), s) != v.end(); };
    auto flexor = stemsFor("hip flexor");
    CHECK(has(flexor, "psoas_major"));
    CHECK(has(flexor, "iliacus"));
    auto back = stemsFor("back pain");
    CHECK(has(back, "psoas_major"));
    CHECK(has(back, "quadratus_lumborum"));
    CHECK(stemsFor("sciatic")[0] == "sciatic_nerve");
}

TEST_CASE("a missing directory is one clear error") {
    auto load = loadAnnotations("/nonexistent/annotations");
    REQUIRE(load.errors.size() == 1);
    CHECK_THAT(load.errors[0].toString(), Catch::Matchers::Contains("/nonexistent/annotations"));
}
