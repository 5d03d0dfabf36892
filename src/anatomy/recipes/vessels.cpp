// Shape recipes: the great vessels of the lower abdomen and groin (layer 3),
// swept along the paths of anatomy-landmarks.md §6.1 with their diameters.
// Segments overlap slightly at their junctions so no gap shows.
#include "anatomy/recipes/common.h"

namespace dc {

namespace {

using glm::vec3;
using namespace recipes;

sdf::Shape vessel(std::vector<vec3> pts, std::vector<float> r, std::vector<float> depth = {}, vec3 side = {1, 0, 0}) {
    sdf::TubeSpec t;
    t.points = std::move(pts);
    t.widths = std::move(r);
    t.depths = std::move(depth);
    t.side = side;
    t.samplesPerSegment = 6;
    return sdf::tube(t);
}

} // namespace

void addVesselRecipes(std::vector<Recipe>& out) {
    // The vessels lie on the psoas and, in the thigh, on pectineus and
    // adductor longus: keep them on those surfaces, not inside them.
    std::vector<Recipe> deepRecipes;
    addDeepMuscleRecipes(deepRecipes);
    std::vector<sdf::Shape> muscles;
    for (const auto& r : deepRecipes)
        if (r.id.rfind("psoas_", 0) == 0 || r.id.rfind("iliacus", 0) == 0 || r.id.rfind("pectineus", 0) == 0 ||
            r.id.rfind("adductor_longus", 0) == 0)
            muscles.push_back(r.shape);
    auto onMuscles = [&](const sdf::Shape& s) { return carve(s, muscles, 0.0006f); };
    // Abdominal aorta: aortic hiatus at T12 to the bifurcation at L4, just
    // left of the midline on the vertebral bodies; 2.3 cm above the renal
    // arteries, 1.8-2.0 cm below. Renal artery stubs at L1-2.
    {
        auto trunk = vessel({{0.004f, 0.330f, 0.004f}, {0.006f, 0.287f, 0.012f}, {0.008f, 0.252f, 0.018f},
                             {0.008f, 0.215f, 0.022f}, {0.008f, 0.178f, 0.020f}},
                            {0.0115f, 0.0112f, 0.0098f, 0.0094f, 0.0092f});
        auto renalL = sdf::roundCone({0.010f, 0.275f, 0.013f}, {0.040f, 0.270f, 0.004f}, 0.0030f, 0.0027f);
        auto renalR = sdf::roundCone({0.002f, 0.277f, 0.013f}, {-0.040f, 0.262f, 0.004f}, 0.0030f, 0.0027f);
        out.push_back({"abdominal_aorta", sdf::smoothUnion({trunk, renalL, renalR}, 0.003f), 0.0012f, {}, 0.0003f});
    }
    // Inferior vena cava: forms at L5 behind the right common iliac artery,
    // rises right of the aorta; oval 2.4 x 1.6 cm.
    out.push_back({"inferior_vena_cava",
                   vessel({{-0.020f, 0.140f, 0.008f}, {-0.022f, 0.180f, 0.014f}, {-0.022f, 0.215f, 0.016f},
                           {-0.022f, 0.287f, 0.014f}, {-0.022f, 0.330f, 0.012f}},
                          {0.0105f, 0.0115f, 0.0120f, 0.0120f, 0.0120f}, {0.0075f, 0.0078f, 0.0080f, 0.0080f, 0.0080f}),
                   0.0012f, {}, 0.0003f});
    // Common iliac arteries: from the bifurcation to the front of the SI
    // joint; the right one arches over the start of the IVC.
    addPaired(out, "common_iliac_artery",
              onMuscles(vessel({{0.006f, 0.178f, 0.020f}, {0.022f, 0.155f, 0.022f}, {0.042f, 0.125f, 0.018f}},
                     {0.0058f, 0.0056f, 0.0052f})),
              0.0009f, {}, 0.0002f);
    // External iliac artery: along the medial psoas border to the
    // mid-inguinal point, under the ligament.
    addPaired(out, "external_iliac_artery",
              onMuscles(vessel({{0.041f, 0.127f, 0.018f}, {0.046f, 0.100f, 0.020f}, {0.052f, 0.065f, 0.030f},
                      {0.060f, 0.030f, 0.047f}, {0.062f, 0.012f, 0.049f}},
                     {0.0047f, 0.0046f, 0.0045f, 0.0044f, 0.0044f})),
              0.0009f, {}, 0.0002f);
    // Femoral artery: from the inguinal ligament down the front of the
    // thigh in the femoral triangle, then deeper towards the adductor canal.
    addPaired(out, "femoral_artery",
              onMuscles(vessel({{0.061f, 0.020f, 0.048f}, {0.065f, -0.020f, 0.050f}, {0.070f, -0.100f, 0.045f},
                      {0.072f, -0.200f, 0.030f}, {0.068f, -0.300f, 0.012f}},
                     {0.0043f, 0.0042f, 0.0040f, 0.0038f, 0.0036f})),
              0.0009f, {}, 0.0002f);
    // Veins: medial to the arteries. External iliac vein from the femoral
    // vein to the front of the SI joint; common iliac veins behind and
    // medial to the arteries, joining behind the right common iliac artery.
    addPaired(out, "femoral_vein",
              onMuscles(vessel({{0.048f, 0.020f, 0.046f}, {0.053f, -0.020f, 0.046f}, {0.060f, -0.100f, 0.040f},
                      {0.064f, -0.200f, 0.024f}, {0.062f, -0.300f, 0.004f}},
                     {0.0055f, 0.0054f, 0.0050f, 0.0048f, 0.0045f})),
              0.0009f, {}, 0.0002f);
    addPaired(out, "external_iliac_vein",
              onMuscles(vessel({{0.047f, 0.026f, 0.045f}, {0.039f, 0.070f, 0.027f}, {0.030f, 0.120f, 0.004f}},
                     {0.0058f, 0.0060f, 0.0062f})),
              0.0009f, {}, 0.0002f);
    // The common iliac veins meet at the IVC's start; the left is longer.
    out.push_back({"common_iliac_vein_left",
                   onMuscles(vessel({{0.032f, 0.122f, 0.002f}, {0.015f, 0.132f, 0.000f}, {-0.012f, 0.140f, 0.004f}},
                          {0.0068f, 0.0070f, 0.0072f})),
                   0.0009f, {}, 0.0002f});
    out.push_back({"common_iliac_vein_right",
                   onMuscles(vessel({{-0.032f, 0.120f, 0.004f}, {-0.026f, 0.132f, 0.006f}, {-0.021f, 0.142f, 0.008f}},
                          {0.0068f, 0.0070f, 0.0072f})),
                   0.0009f, {}, 0.0002f});
}

} // namespace dc
