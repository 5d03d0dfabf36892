// Metadata and geometry survive atlasgen's .glb writer and the Assimp loader.
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "anatomy/atlas_loader.h"
#include "anatomy/catalog.h"
#include "anatomy/glb_writer.h"

using namespace dc;

namespace {

Structure tetra(const std::string& id, glm::vec3 at) {
    Structure s;
    s.info.id = id;
    s.mesh.positions = {at, at + glm::vec3(0.01f, 0, 0), at + glm::vec3(0, 0.01f, 0), at + glm::vec3(0, 0, 0.01f)};
    s.mesh.indices = {0, 2, 1, 0, 1, 3, 0, 3, 2, 1, 2, 3};
    s.mesh.computeNormals();
    return s;
}

std::string tempPath(const std::string& name) {
    return (std::filesystem::temp_directory_path() / ("deepcore_test_" + name)).string();
}

} // namespace

TEST_CASE("glb round trip keeps ids, layers, systems, sides, colours and fibres") {
    Atlas a;
    Structure psoas = tetra("psoas_major_left", {0.05f, 0.2f, 0.0f});
    psoas.info = *catalogEntry("psoas_major_left");
    psoas.mesh.fibres.assign(4, glm::vec3(0, -1, 0));
    a.add(psoas);
    Structure custom = tetra("custom_thing", {0, 0, 0});
    custom.info.name = "Custom thing";
    custom.info.layer = Layer::Nerves;
    custom.info.system = System::Nervous;
    custom.info.side = Side::Right;
    custom.info.colour = {0.1f, 0.2f, 0.3f};
    a.add(custom);

    std::string path = tempPath("roundtrip.glb");
    REQUIRE(writeGlb(a, path).empty());
    Result<Atlas> b = loadAtlas(path);
    REQUIRE(b.ok());
    REQUIRE(b->size() == 2);

    auto p = b->find("psoas_major_left");
    REQUIRE(p);
    const Structure& bp = b->at(*p);
    CHECK(bp.info.layer == Layer::DeepMuscles);
    CHECK(bp.info.system == System::Muscular);
    CHECK(bp.info.side == Side::Left);
    CHECK(bp.mesh.triangleCount() == 4);
    REQUIRE(bp.mesh.fibres.size() == bp.mesh.positions.size());
    CHECK(bp.mesh.fibres[0].y == Approx(-1.0f));

    auto c = b->find("custom_thing");
    REQUIRE(c);
    const Structure& bc = b->at(*c);
    CHECK(bc.info.name == "Custom thing");
    CHECK(bc.info.layer == Layer::Nerves);
    CHECK(bc.info.system == System::Nervous);
    CHECK(bc.info.side == Side::Right);
    CHECK(bc.info.colour.g == Approx(0.2f));
    CHECK(bc.centroid.x == Approx(a.at(1).centroid.x).margin(1e-5));
    std::remove(path.c_str());
}

TEST_CASE("loader errors name the file") {
    SECTION("missing file") {
        Result<Atlas> r = loadAtlas("/nonexistent/model.glb");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().toString().find("/nonexistent/model.glb") != std::string::npos);
        CHECK(r.error().message.find("no such") != std::string::npos);
    }
    SECTION("corrupt file") {
        std::string path = tempPath("corrupt.glb");
        std::ofstream(path) << "glTF this is not a model";
        Result<Atlas> r = loadAtlas(path);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().file == path);
        std::remove(path.c_str());
    }
    SECTION("empty file") {
        std::string path = tempPath("empty.obj");
        std::ofstream{path};
        Result<Atlas> r = loadAtlas(path);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.find("empty") != std::string::npos);
        std::remove(path.c_str());
    }
}

TEST_CASE("a model without metadata loads with defaults and a warning") {
    std::string path = tempPath("plain.obj");
    std::ofstream(path) << "o blob\nv 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n";
    LoadReport report;
    Result<Atlas> r = loadAtlas(path, &report);
    REQUIRE(r.ok());
    CHECK(r->size() == 1);
    CHECK(r->at(0).info.layer == Layer::Skin);
    CHECK(r->at(0).info.system == System::Other);
    CHECK_FALSE(report.warnings.empty());
    std::remove(path.c_str());
}
