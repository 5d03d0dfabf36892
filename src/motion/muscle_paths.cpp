#include "motion/muscle_paths.h"

#include <glm/geometric.hpp>

namespace dc::motion {

namespace {

Bone femur(bool left) { return left ? Bone::FemurLeft : Bone::FemurRight; }
Bone shin(bool left) { return left ? Bone::ShinLeft : Bone::ShinRight; }

// Left-side definitions; the right side mirrors x.
std::vector<MusclePath> leftPaths() {
    const Bone P = Bone::Pelvis, F = femur(true), S = shin(true);
    return {
        // Psoas major: the central line of the belly through the §4.2
        // cross-section centroids (T12-L1 to L5-S1), then the path below L5
        // (ala, brim, iliopubic eminence, under the inguinal ligament, in
        // front of the hip capsule) to the lesser trochanter.
        {"psoas_major_left",
         {{Bone::T12, {0.029f, 0.303f, -0.025f}},
          {Bone::L1, {0.034f, 0.270f, -0.016f}},
          {Bone::L2, {0.040f, 0.233f, -0.009f}},
          {Bone::L3, {0.045f, 0.196f, -0.006f}},
          {Bone::L4, {0.050f, 0.158f, -0.007f}},
          {Bone::L5, {0.053f, 0.139f, -0.010f}},
          {P, {0.057f, 0.122f, -0.005f}},
          {P, {0.062f, 0.075f, 0.014f}},
          {P, {0.068f, 0.014f, 0.037f}},
          {F, {0.085f, -0.048f, -0.014f}},
          {F, {0.089f, -0.054f, -0.024f}}}},
        // Psoas minor (§4.3 suggested path): T12-L1 to the iliopubic eminence.
        {"psoas_minor_left",
         {{Bone::T12, {0.022f, 0.300f, -0.010f}},
          {Bone::L2, {0.036f, 0.252f, 0.007f}},
          {Bone::L4, {0.046f, 0.177f, 0.016f}},
          {P, {0.053f, 0.120f, 0.016f}},
          {P, {0.057f, 0.013f, 0.030f}}}},
        // Iliacus (OpenSim iliacus P1-P4, fitted): iliac fossa, brim, front of
        // the hip, lesser trochanter.
        {"iliacus_left",
         {{P, {0.087f, 0.113f, -0.004f}},
          {P, {0.078f, 0.024f, 0.044f}},
          {F, {0.094f, -0.059f, -0.002f}},
          {F, {0.100f, -0.066f, -0.013f}}}},
        // Quadratus lumborum: posterior iliac crest to the L3 transverse tip
        // and the medial half of rib 12.
        {"quadratus_lumborum_left",
         {{P, {0.070f, 0.150f, -0.055f}},
          {Bone::L3, {0.052f, 0.219f, -0.047f}},
          {Bone::T12, {0.055f, 0.300f, -0.048f}}}},
        // Rectus femoris: AIIS, in front of the hip, down the thigh to the
        // patella and, through the patellar ligament, the tibial tuberosity.
        // The first via point sits in front of the femoral neck, far enough
        // below the head that deep flexion turns it forward of the AIIS
        // rather than onto it (which would fold the muscle back on itself).
        {"rectus_femoris_left",
         {{P, {0.097f, 0.041f, 0.033f}},
          {F, {0.095f, -0.065f, 0.050f}},
          {F, {0.080f, -0.380f, 0.045f}},
          {S, {0.076f, -0.470f, 0.030f}}}},
        // Sartorius: ASIS, across the front of the thigh, behind the medial
        // condyle to the pes anserinus.
        {"sartorius_left",
         {{P, {0.109f, 0.065f, 0.038f}},
          {F, {0.080f, -0.150f, 0.055f}},
          {F, {0.040f, -0.380f, -0.010f}},
          {S, {0.050f, -0.470f, 0.010f}}}},
        // Tensor fasciae latae and the iliotibial tract to Gerdy's tubercle.
        {"tensor_fasciae_latae_left",
         {{P, {0.128f, 0.103f, 0.026f}},
          {F, {0.142f, -0.103f, 0.030f}},
          {F, {0.118f, -0.400f, 0.000f}},
          {S, {0.108f, -0.465f, 0.012f}}}},
        // Pectineus: pecten pubis to the pectineal line below the lesser trochanter.
        {"pectineus_left", {{P, {0.045f, 0.005f, 0.040f}}, {F, {0.085f, -0.075f, -0.010f}}}},
        // Adductor longus (OpenSim addlong P1-P2, fitted): pubic body to the
        // middle of the linea aspera.
        {"adductor_longus_left", {{P, {0.020f, -0.011f, 0.050f}}, {F, {0.096f, -0.248f, 0.012f}}}},
    };
}

Bone mirrorBone(Bone b) {
    switch (b) {
    case Bone::FemurLeft: return Bone::FemurRight;
    case Bone::FemurRight: return Bone::FemurLeft;
    case Bone::ShinLeft: return Bone::ShinRight;
    case Bone::ShinRight: return Bone::ShinLeft;
    default: return b;
    }
}

} // namespace

const std::vector<MusclePath>& builtInMusclePaths() {
    static const std::vector<MusclePath> all = [] {
        std::vector<MusclePath> out;
        for (const auto& m : leftPaths()) {
            out.push_back(m);
            MusclePath r;
            r.id = m.id.substr(0, m.id.size() - 5) + "_right";
            for (const auto& p : m.points) r.points.push_back({mirrorBone(p.bone), {-p.rest.x, p.rest.y, p.rest.z}});
            out.push_back(std::move(r));
        }
        return out;
    }();
    return all;
}

const MusclePath* findMusclePath(const std::string& id) {
    for (const auto& m : builtInMusclePaths())
        if (m.id == id) return &m;
    return nullptr;
}

std::string boneStructureFor(Bone b, float x) {
    switch (b) {
    case Bone::Pelvis: return x >= 0 ? "hip_bone_left" : "hip_bone_right";
    case Bone::L5: return "l5_vertebra";
    case Bone::L4: return "l4_vertebra";
    case Bone::L3: return "l3_vertebra";
    case Bone::L2: return "l2_vertebra";
    case Bone::L1: return "l1_vertebra";
    case Bone::T12: return "t12_vertebra";
    case Bone::FemurLeft: return "femur_left";
    case Bone::FemurRight: return "femur_right";
    default: return "";
    }
}

std::vector<MusclePath> attachToBones(const std::vector<MusclePath>& paths, const Atlas& atlas) {
    std::vector<MusclePath> out = paths;
    for (auto& m : out) {
        for (size_t k : {size_t(0), m.points.size() - 1}) {
            PathPoint& p = m.points[k];
            auto id = atlas.find(boneStructureFor(p.bone, p.rest.x));
            if (!id) continue;
            const auto& pos = atlas.at(*id).mesh.positions;
            float best = 1e30f;
            glm::vec3 snapped = p.rest;
            for (const auto& v : pos) {
                float d = glm::length(v - p.rest);
                if (d < best) {
                    best = d;
                    snapped = v;
                }
            }
            p.rest = snapped;
        }
    }
    return out;
}

std::vector<glm::vec3> posedPoints(const MusclePath& m, const RigPose& rig) {
    std::vector<glm::vec3> out;
    out.reserve(m.points.size());
    for (const auto& p : m.points) out.push_back(rig.apply(p.bone, p.rest));
    return out;
}

float pathLength(const std::vector<glm::vec3>& pts) {
    float len = 0.0f;
    for (size_t i = 1; i < pts.size(); ++i) len += glm::length(pts[i] - pts[i - 1]);
    return len;
}

} // namespace dc::motion
