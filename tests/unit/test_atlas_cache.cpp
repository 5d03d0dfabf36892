// The binary model cache: a round trip keeps every structure, and anything
// that does not match (another key, a short or damaged file, an index past
// its mesh) is a miss rather than a wrong model.
#include <catch2/catch.hpp>

#include <filesystem>
#include <cstring>
#include <fstream>
#include <iterator>

#include <unistd.h>

#include "anatomy/atlas_cache.h"

using namespace dc;
namespace fs = std::filesystem;

namespace {

Atlas twoStructures() {
    Atlas a;
    Structure s;
    s.info.id = "psoas_major_left";
    s.info.name = "Psoas major (left)";
    s.info.layer = Layer::DeepMuscles;
    s.info.system = System::Muscular;
    s.info.side = Side::Left;
    s.info.colour = {0.7f, 0.2f, 0.2f};
    s.mesh.positions = {{0, 0, 0}, {1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
    s.mesh.normals = {{0, 0, 1}, {0, 0, 1}, {0, 0, 1}, {0, 0, 1}};
    s.mesh.fibres = {{0, 1, 0}, {0, 1, 0}, {0, 1, 0}, {0, 1, 0}};
    s.mesh.indices = {0, 2, 1, 0, 1, 3, 0, 3, 2, 1, 2, 3};
    a.add(s);
    Structure t = s;
    t.info.id = "skin";
    t.info.name = "Skin";
    t.info.layer = Layer::Skin;
    t.info.system = System::Integumentary;
    t.info.side = Side::None;
    t.mesh.fibres.clear();
    a.add(t);
    return a;
}

struct TempDir {
    fs::path path = fs::temp_directory_path() / ("deepcore-cache-test-" + std::to_string(::getpid()));
    TempDir() { fs::create_directories(path); }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

void spit(const fs::path& p, const std::string& bytes) {
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out << bytes;
}

} // namespace

TEST_CASE("a cached atlas reads back exactly as it was written") {
    TempDir dir;
    Atlas a = twoStructures();
    std::string file = (dir.path / "m.atlas").string();
    std::string error;
    REQUIRE(writeAtlasCache(a, file, 42, &error));
    auto b = readAtlasCache(file, 42);
    REQUIRE(b);
    REQUIRE(b->size() == 2);
    for (StructureId i = 0; i < 2; ++i) {
        const Structure &x = a.at(i), &y = b->at(i);
        CHECK(y.info.id == x.info.id);
        CHECK(y.info.name == x.info.name);
        CHECK(y.info.layer == x.info.layer);
        CHECK(y.info.system == x.info.system);
        CHECK(y.info.side == x.info.side);
        CHECK(y.info.colour == x.info.colour);
        CHECK(y.mesh.positions == x.mesh.positions);
        CHECK(y.mesh.normals == x.mesh.normals);
        CHECK(y.mesh.fibres == x.mesh.fibres);
        CHECK(y.mesh.indices == x.mesh.indices);
        CHECK(y.bounds.min == x.bounds.min);
        CHECK(y.bounds.max == x.bounds.max);
    }
    CHECK(b->find("skin"));
}

TEST_CASE("a cache for another model, or a damaged one, is a miss") {
    TempDir dir;
    std::string file = (dir.path / "m.atlas").string();
    REQUIRE(writeAtlasCache(twoStructures(), file, 7));
    CHECK_FALSE(readAtlasCache(file, 8));                               // another key
    CHECK_FALSE(readAtlasCache((dir.path / "none.atlas").string(), 7)); // no file
    std::string bytes = slurp(file);

    spit(file, bytes.substr(0, bytes.size() - 5)); // cut short
    CHECK_FALSE(readAtlasCache(file, 7));
    spit(file, bytes + "x"); // trailing bytes
    CHECK_FALSE(readAtlasCache(file, 7));
    std::string magic = bytes;
    magic[0] = 'X';
    spit(file, magic);
    CHECK_FALSE(readAtlasCache(file, 7));
    // The last index of the last mesh points past its vertices.
    std::string badIndex = bytes;
    uint32_t big = 1000;
    std::memcpy(badIndex.data() + badIndex.size() - sizeof big, &big, sizeof big);
    spit(file, badIndex);
    CHECK_FALSE(readAtlasCache(file, 7));
    spit(file, "");
    CHECK_FALSE(readAtlasCache(file, 7));
    spit(file, bytes); // and the intact file still reads
    CHECK(readAtlasCache(file, 7));
}

TEST_CASE("the cache key follows the model file's bytes") {
    TempDir dir;
    fs::path model = dir.path / "model.glb";
    spit(model, "glTF one");
    auto k1 = hashFileContents(model.string());
    spit(model, "glTF two");
    auto k2 = hashFileContents(model.string());
    REQUIRE(k1);
    REQUIRE(k2);
    CHECK(*k1 != *k2);
    spit(model, "glTF one");
    CHECK(hashFileContents(model.string()) == k1);
    CHECK_FALSE(hashFileContents((dir.path / "missing.glb").string()));
}

TEST_CASE("an unwritable cache says why, and old caches are pruned") {
    TempDir dir;
    std::string error;
    fs::path blocker = dir.path / "file";
    spit(blocker, "not a folder");
    CHECK_FALSE(writeAtlasCache(twoStructures(), (blocker / "m.atlas").string(), 1, &error));
    CHECK(error.find("m.atlas") != std::string::npos);

    for (int i = 0; i < 5; ++i) REQUIRE(writeAtlasCache(twoStructures(), (dir.path / (std::to_string(i) + ".atlas")).string(), 1));
    pruneAtlasCaches(dir.path.string(), 3);
    int left = 0;
    for (const auto& e : fs::directory_iterator(dir.path)) left += e.path().extension() == ".atlas";
    CHECK(left == 3);
}

TEST_CASE("the fuzz corpus seed for the cache reader is a valid cache") {
    std::string seed = slurp(fs::path(DC_SOURCE_DIR) / "tests/fuzz/corpus/model_cache/one_tetrahedron");
    REQUIRE(seed.size() > 20);
    auto a = parseAtlasCache(seed, 42);
    REQUIRE(a);
    CHECK(a->size() == 1);
    CHECK(a->at(0).info.id == "psoas_major_left");
    CHECK(a->at(0).mesh.triangleCount() == 4);
}
