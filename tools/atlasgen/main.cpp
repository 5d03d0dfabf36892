// atlasgen: builds the built-in model lower_torso.glb from the shape recipes.
//
//   atlasgen --out build/lower_torso.glb [--only ID[,ID...]] [--stats]
//
// Every catalogue id must have exactly one recipe; a missing or extra recipe
// fails the build with its id. Recipes are meshed in parallel.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <openvdb/openvdb.h>

#include "anatomy/catalog.h"
#include "anatomy/glb_writer.h"
#include "anatomy/recipe.h"
#include "core/text.h"
#include "mesher.h"

using namespace dc;

int main(int argc, char** argv) {
    std::string out;
    std::set<std::string> only;
    bool stats = false;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--out" && i + 1 < argc) out = argv[++i];
        else if (a == "--only" && i + 1 < argc) for (auto& s : split(argv[++i], ',')) only.insert(s);
        else if (a == "--stats") stats = true;
        else {
            std::fprintf(stderr, "atlasgen: unknown argument '%s'\nusage: atlasgen --out FILE.glb [--only IDS] [--stats]\n", a.c_str());
            return 2;
        }
    }
    if (out.empty()) {
        std::fprintf(stderr, "atlasgen: --out FILE.glb is required\n");
        return 2;
    }
    auto t0 = std::chrono::steady_clock::now();
    openvdb::initialize();

    std::vector<Recipe> recipes = builtInRecipes();
    std::set<std::string> seen;
    int problems = 0;
    for (const auto& r : recipes) {
        if (!catalogEntry(r.id)) {
            std::fprintf(stderr, "atlasgen: recipe '%s' is not in the structure catalogue\n", r.id.c_str());
            ++problems;
        }
        if (!seen.insert(r.id).second) {
            std::fprintf(stderr, "atlasgen: two recipes for '%s'\n", r.id.c_str());
            ++problems;
        }
        if (!r.shape.valid()) {
            std::fprintf(stderr, "atlasgen: recipe '%s' has no shape\n", r.id.c_str());
            ++problems;
        }
    }
    // With --only (recipe work in progress) missing recipes are allowed.
    for (const auto& c : builtInCatalog())
        if (only.empty() && !seen.count(c.id)) {
            std::fprintf(stderr, "atlasgen: no recipe for '%s'\n", c.id.c_str());
            ++problems;
        }
    if (problems) return 1;
    if (!only.empty()) {
        std::vector<Recipe> kept;
        for (auto& r : recipes)
            if (only.count(r.id)) kept.push_back(std::move(r));
        recipes = std::move(kept);
    }

    // Largest first, so the two cores finish together.
    std::vector<size_t> order(recipes.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    auto volumeOf = [&](size_t i) {
        glm::vec3 s = recipes[i].shape.bounds().size() / recipes[i].voxelSize;
        return double(s.x) * s.y * s.z;
    };
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return volumeOf(a) > volumeOf(b); });

    std::vector<Mesh> meshes(recipes.size());
    std::vector<atlasgen::MeshStats> st(recipes.size());
    std::vector<double> secs(recipes.size());
    std::atomic<size_t> next{0};
    unsigned threads = std::max(1u, std::thread::hardware_concurrency());
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t)
        pool.emplace_back([&] {
            for (size_t k; (k = next.fetch_add(1)) < order.size();) {
                size_t i = order[k];
                auto a = std::chrono::steady_clock::now();
                meshes[i] = atlasgen::meshRecipe(recipes[i], &st[i]);
                secs[i] = std::chrono::duration<double>(std::chrono::steady_clock::now() - a).count();
            }
        });
    for (auto& t : pool) t.join();

    Atlas atlas;
    size_t tris = 0;
    for (size_t i = 0; i < recipes.size(); ++i) {
        if (meshes[i].indices.empty()) {
            std::fprintf(stderr, "atlasgen: recipe '%s' produced an empty mesh\n", recipes[i].id.c_str());
            return 1;
        }
        Structure s;
        s.info = *catalogEntry(recipes[i].id);
        s.mesh = std::move(meshes[i]);
        tris += s.mesh.triangleCount();
        if (stats)
            std::printf("%-36s %7zu tris (%7zu before) %6.2f s%s\n", recipes[i].id.c_str(), s.mesh.triangleCount(),
                        st[i].trianglesBeforeSimplify, secs[i],
                        (st[i].nearContacts ? " " + std::to_string(st[i].nearContacts) + " near contacts left" : std::string())
                            .append(st[i].foldedLeft ? " " + std::to_string(st[i].foldedLeft) + " folded left" : std::string())
                            .c_str());
        atlas.add(std::move(s));
    }
    std::string err = writeGlb(atlas, out);
    if (!err.empty()) {
        std::fprintf(stderr, "atlasgen: %s\n", err.c_str());
        return 1;
    }
    double total = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::printf("atlasgen: %zu structures, %zu triangles, %.1f s -> %s\n", atlas.size(), tris, total, out.c_str());
    return 0;
}
