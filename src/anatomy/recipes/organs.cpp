// Shape recipes: abdominal and pelvic organs (layer 2) and the kidneys and
// ureters (layer 3), from anatomy-landmarks.md §6.
#include <cmath>
#include <map>
#include <memory>

#include "anatomy/recipes/common.h"

namespace dc {

namespace {

using glm::vec3;
using namespace recipes;

sdf::Shape sweep(std::vector<vec3> pts, std::vector<float> w, std::vector<float> d = {}, vec3 side = {1, 0, 0},
                 int samples = 6) {
    sdf::TubeSpec t;
    t.points = std::move(pts);
    t.widths = std::move(w);
    t.depths = std::move(d);
    t.side = side;
    t.samplesPerSegment = samples;
    return sdf::tube(t);
}

// Colon with haustra: the tube plus sacculations every ~3 cm along it.
sdf::Shape colon(const std::vector<vec3>& pts, float radius, float bulge = 0.25f) {
    std::vector<float> r(pts.size(), radius * 0.85f);
    std::vector<sdf::Shape> parts = {sweep(pts, r)};
    auto path = sdf::catmullRom(pts, 12);
    float acc = 0.0f;
    for (size_t i = 1; i < path.size(); ++i) {
        acc += glm::length(path[i] - path[i - 1]);
        if (acc >= radius * 1.25f) {
            acc = 0.0f;
            parts.push_back(sdf::sphere(path[i], radius * (1.0f + bulge) * 0.9f));
        }
    }
    return sdf::smoothUnion(parts, radius * 0.35f);
}

// The small intestine: one tube winding in rows that fill the colon frame,
// front and back layers joined at the ends, without touching itself.
std::vector<vec3> intestinePath() {
    std::vector<vec3> p;
    p.push_back({0.025f, 0.245f, 0.032f}); // duodenojejunal flexure
    const float rowStep = 0.030f;
    const float zBack = 0.045f, zFront = 0.078f;
    int row = 0;
    for (float y = 0.225f; y > 0.075f; y -= rowStep, ++row) {
        bool leftToRight = row % 2 == 0;
        // Narrower under the transverse colon's sag and above the pelvis.
        float half = y > 0.19f ? 0.045f : 0.060f;
        float xa = leftToRight ? half : -half, xb = -xa;
        float z = zBack;
        p.push_back({xa, y, z});
        p.push_back({0.0f, y + 0.004f, z + 0.002f});
        p.push_back({xb, y, z});
        // Loop forward at the end and come back along the front layer.
        p.push_back({xb * 1.05f, y - rowStep * 0.25f, 0.5f * (zBack + zFront)});
        p.push_back({xb, y - rowStep * 0.5f, zFront});
        p.push_back({0.0f, y - rowStep * 0.5f + 0.003f, zFront + 0.002f});
        p.push_back({xa, y - rowStep * 0.5f, zFront});
        p.push_back({xa * 1.05f, y - rowStep * 0.75f, 0.5f * (zBack + zFront)});
    }
    // Pelvic loops above the bladder, ending at the ileocaecal junction.
    p.push_back({0.030f, 0.060f, 0.050f});
    p.push_back({-0.010f, 0.050f, 0.055f});
    p.push_back({-0.045f, 0.100f, 0.050f});
    return p;
}

// The shapes of other groups' structures, by id, to keep the organs off them.
std::map<std::string, sdf::Shape> neighbourShapes() {
    std::vector<Recipe> all;
    addDeepMuscleRecipes(all);
    addWallRecipes(all);
    std::map<std::string, sdf::Shape> out;
    for (auto& r : all) out[r.id] = r.shape;
    return out;
}

} // namespace

void addOrganRecipes(std::vector<Recipe>& out) {
    auto nb = neighbourShapes();
    auto sides = [&](const char* stem) { return std::vector<sdf::Shape>{nb.at(std::string(stem) + "_left"), nb.at(std::string(stem) + "_right")}; };
    std::vector<sdf::Shape> deep;
    for (const char* stem : {"psoas_major", "psoas_minor", "iliacus", "quadratus_lumborum", "transversus_abdominis",
                             "rectus_abdominis"})
        for (auto& sh : sides(stem)) deep.push_back(sh);
    // Kidneys: bean-shaped, upper pole tilted medially and back, hilum
    // turned anteromedially; the right one 1.5 cm lower (the liver). They
    // rest on psoas (medially) and quadratus lumborum (behind).
    auto kidney = [](vec3 c) {
        glm::mat3 axes = sdf::rotationY(0.52f) * sdf::rotationZ(-0.26f) * sdf::rotationX(0.26f);
        auto bean = sdf::ellipsoid(c, {0.028f, 0.056f, 0.018f}, axes);
        auto hilum = sdf::ellipsoid(c + axes * vec3(-0.028f, 0.0f, 0.0f), {0.012f, 0.020f, 0.014f}, axes);
        return sdf::subtract(bean, hilum, 0.006f);
    };
    auto kidneyL = carve(kidney({0.080f, 0.280f, -0.015f}), deep);
    auto kidneyR = carve(sdf::mirrorX(kidney({0.078f, 0.265f, -0.013f})), deep);
    std::vector<sdf::Shape> behind = deep;
    behind.push_back(kidneyL);
    behind.push_back(kidneyR);

    // Colon, with haustra; caecum and appendix on the right iliac fossa.
    auto caecum = carve(sdf::smoothUnion(sdf::ellipsoid({-0.082f, 0.092f, 0.046f}, {0.032f, 0.028f, 0.025f}),
                                         sdf::sphere({-0.078f, 0.115f, 0.042f}, 0.022f), 0.01f),
                        behind);
    auto appendix = carve(sweep({{-0.066f, 0.074f, 0.034f}, {-0.080f, 0.062f, 0.026f}, {-0.092f, 0.070f, 0.024f},
                                 {-0.100f, 0.100f, 0.026f}},
                                {0.0032f, 0.003f, 0.003f, 0.0028f}),
                          behind, 0.0025f);
    auto ascending = carve(colon({{-0.080f, 0.125f, 0.038f}, {-0.088f, 0.195f, 0.030f}, {-0.085f, 0.255f, 0.038f}}, 0.023f),
                           behind);
    auto transverse = carve(colon({{-0.083f, 0.268f, 0.045f}, {-0.045f, 0.240f, 0.066f}, {0.0f, 0.212f, 0.070f},
                                   {0.045f, 0.245f, 0.064f}, {0.080f, 0.300f, 0.040f}, {0.093f, 0.318f, 0.018f}},
                                  0.021f),
                            behind);
    auto descending = carve(colon({{0.098f, 0.300f, 0.014f}, {0.098f, 0.240f, 0.034f}, {0.092f, 0.170f, 0.030f},
                                   {0.088f, 0.125f, 0.030f}},
                                  0.017f),
                            behind);
    auto sigmoid = carve(colon({{0.082f, 0.112f, 0.040f}, {0.065f, 0.085f, 0.055f}, {0.030f, 0.080f, 0.055f},
                                {0.010f, 0.085f, 0.020f}, {0.005f, 0.068f, -0.030f}},
                               0.016f, 0.2f),
                         behind);
    // Rectum: follows the sacral curve, widening to the ampulla.
    auto rectum = sweep({{0.004f, 0.064f, -0.040f}, {0.0f, 0.030f, -0.047f}, {0.0f, 0.000f, -0.032f},
                         {0.0f, -0.025f, -0.024f}},
                        {0.015f, 0.020f, 0.021f, 0.011f}, {0.013f, 0.016f, 0.016f, 0.010f});
    // Bladder, about 90 mL, behind the symphysis, clear of the rectum.
    auto bladder = carve(sdf::ellipsoid({0.0f, 0.0f, 0.014f}, {0.034f, 0.026f, 0.019f}), {rectum});

    // Small intestine: one continuous tube, jejunum ~3 cm to ileum ~2.2 cm,
    // packed among the colon, never through it.
    {
        auto pts = intestinePath();
        std::vector<float> r(pts.size());
        for (size_t i = 0; i < pts.size(); ++i) r[i] = 0.0135f - 0.0025f * static_cast<float>(i) / (pts.size() - 1);
        std::vector<sdf::Shape> around = behind;
        for (const auto& o : {caecum, ascending, transverse, descending, sigmoid, rectum, bladder}) around.push_back(o);
        out.push_back({"small_intestine", carve(sweep(pts, r, {}, {1, 0, 0}, 8), around), 0.0018f, {}, 0.0005f});
    }
    out.push_back({"caecum", caecum, 0.0018f, {}, 0.0004f});
    out.push_back({"appendix", appendix, 0.0008f, {}, 0.0002f});
    out.push_back({"ascending_colon", ascending, 0.0018f, {}, 0.0004f});
    out.push_back({"transverse_colon", transverse, 0.0018f, {}, 0.0004f});
    out.push_back({"descending_colon", descending, 0.0018f, {}, 0.0004f});
    out.push_back({"sigmoid_colon", sigmoid, 0.0016f, {}, 0.0004f});
    out.push_back({"rectum", rectum, 0.0016f, {}, 0.0004f});
    out.push_back({"urinary_bladder", bladder, 0.0015f, {}, 0.0003f});
    out.push_back({"kidney_left", kidneyL, 0.0014f, {}, 0.0003f});
    out.push_back({"kidney_right", kidneyR, 0.0014f, {}, 0.0003f});
    // Ureters: renal pelvis down the front of the psoas, over the iliac
    // bifurcation, along the pelvic wall to the bladder base.
    addPaired(out, "ureter",
              carve(sweep({{0.054f, 0.262f, -0.002f}, {0.050f, 0.215f, 0.014f}, {0.045f, 0.177f, 0.024f},
                     {0.041f, 0.139f, 0.020f}, {0.042f, 0.125f, 0.030f}, {0.044f, 0.080f, 0.005f},
                     {0.040f, 0.030f, -0.016f}, {0.022f, -0.020f, -0.006f}},
                    {0.0024f, 0.0023f, 0.0023f, 0.0023f, 0.0023f, 0.0023f, 0.0023f, 0.0022f}),
                    deep, 0.0006f),
              0.0008f, {}, 0.0002f);
}

} // namespace dc
