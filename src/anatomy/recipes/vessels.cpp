// Shape recipes: the great vessels of the lower abdomen and groin (layer 3),
// swept along the paths of anatomy-landmarks.md §6.1 with their diameters.
//
// Each vessel is a smooth tube through the reference waypoints, then pushed
// clear of the bones and muscles it lies on (vertebral bodies, psoas, pelvic
// brim, pectineus...) so it rests against them with a thin gap. The tree is
// built trunk first: each branch starts a few millimetres inside its parent
// with the parent's direction, so the separate meshes join without a gap or a
// step. Arteries are laid first; the veins then lie beside them.
#include <cmath>

#include <glm/geometric.hpp>

#include "anatomy/recipes/common.h"
#include "anatomy/recipes/organs_geom.h"

namespace dc {

namespace {

using glm::vec3;
using namespace recipes;
namespace og = recipes::organgeom;

constexpr float kStep = 0.002f; // path sampling (m)
constexpr float kGap = 0.001f;  // left between a vessel and what it lies on

struct Vessel {
    og::Path path;
    std::vector<float> w, d; // semi-axes per point (d: toward the front hint)
    vec3 front{0, 0, 1};
    sdf::Shape shape() const {
        og::TubeSpec t;
        t.p = path.p;
        t.s = path.s;
        t.halfWidth = w;
        t.halfDepth = d;
        t.front = {front};
        return og::tubeShape(t);
    }
    vec3 end() const { return path.p.back(); }
    // The point `back` metres before the end, and the direction there.
    vec3 before(float back) const {
        float s = path.s.back() - back;
        for (size_t i = path.size(); i-- > 0;)
            if (path.s[i] <= s) return path.p[i];
        return path.p.front();
    }
    vec3 at(float y) const { // the point of the path nearest to height y
        size_t best = 0;
        for (size_t i = 1; i < path.size(); ++i)
            if (std::abs(path.p[i].y - y) < std::abs(path.p[best].y - y)) best = i;
        return path.p[best];
    }
};

// A vessel through `pts` with per-waypoint radii (round unless `depth` is
// given), pushed clear of `obstacles`; the first `pinLen` metres stay put
// (the part inside the parent vessel).
Vessel makeVessel(const std::vector<vec3>& pts, const std::vector<float>& radius,
                  const std::vector<sdf::Shape>& obstacles, float pinLen = 0.0f, std::vector<float> depth = {},
                  vec3 front = {0, 0, 1}) {
    Vessel v;
    v.front = front;
    std::vector<float> reach = radius;
    for (size_t i = 0; i < reach.size() && i < depth.size(); ++i) reach[i] = std::max(reach[i], depth[i]);
    v.path = og::clearedPath(pts, reach, obstacles, kGap, kStep, pinLen);
    v.w = og::alongPath(v.path, radius);
    v.d = depth.empty() ? v.w : og::alongPath(v.path, depth);
    return v;
}

// Waypoints of a branch leaving `parent`: starts `inside` metres back along
// the parent's end so the two tubes blend into one.
std::vector<vec3> fromEnd(const Vessel& parent, float inside, std::vector<vec3> rest) {
    std::vector<vec3> pts = {parent.before(inside), parent.end()};
    pts.insert(pts.end(), rest.begin(), rest.end());
    return pts;
}

vec3 side(vec3 p, float s) { return {p.x * s, p.y, p.z}; }
std::vector<vec3> side(std::vector<vec3> ps, float s) {
    for (auto& p : ps) p.x *= s;
    return ps;
}
std::string sided(const char* stem, float s) { return std::string(stem) + (s > 0 ? "_left" : "_right"); }

// A short side branch (renal, coeliac...) from the parent's centre line at
// height y, through the given points, unioned into the parent's mesh.
sdf::Shape branch(const Vessel& parent, float y, std::vector<vec3> pts, std::vector<float> r,
                  const std::vector<sdf::Shape>& obstacles) {
    pts.insert(pts.begin(), parent.at(y));
    r.insert(r.begin(), r.front());
    return makeVessel(pts, r, obstacles, 0.006f).shape();
}

struct Tree {
    Vessel aorta, ivc;
    Vessel commonIliacA[2], externalIliacA[2], femoralA[2], internalIliacA[2], profunda[2];
    Vessel commonIliacV[2], externalIliacV[2], femoralV[2], internalIliacV[2];
    sdf::Shape aortaShape, ivcShape;
};

Tree buildTree() {
    Tree t;
    auto spine = og::neighbourShapes({"t12_vertebra", "l1_vertebra", "l2_vertebra", "l3_vertebra", "l4_vertebra",
                                      "l5_vertebra", "disc_t12_l1", "disc_l1_l2", "disc_l2_l3", "disc_l3_l4",
                                      "disc_l4_l5", "disc_l5_s1", "sacrum"});
    auto muscles = og::neighbourShapes({"psoas_major_*", "psoas_minor_*"});
    auto trunkObstacles = spine;
    trunkObstacles.insert(trunkObstacles.end(), muscles.begin(), muscles.end());

    // Abdominal aorta (§6.1): hiatus at T12 to the bifurcation at L4, just
    // left of the midline; 2.3 cm across above the renal arteries (L1-2,
    // y ~0.275), 1.8-1.9 cm below.
    t.aorta = makeVessel({{0.004f, 0.334f, 0.004f}, {0.006f, 0.287f, 0.012f}, {0.008f, 0.252f, 0.018f},
                          {0.008f, 0.215f, 0.022f}, {0.008f, 0.184f, 0.021f}, {0.008f, 0.174f, 0.020f}},
                         {0.0115f, 0.0113f, 0.0097f, 0.0094f, 0.0093f, 0.0093f}, trunkObstacles);

    // Common iliac arteries: 4-6 cm x 1.1 cm, from the bifurcation to the
    // front of the sacroiliac joint at (+-0.042, 0.125, 0.018); the right one
    // arches over the start of the IVC through (-0.020, 0.148, 0.026).
    for (int k = 0; k < 2; ++k) {
        float s = k == 0 ? 1.0f : -1.0f;
        std::vector<vec3> mid = s > 0 ? std::vector<vec3>{{0.025f, 0.150f, 0.022f}}
                                      : std::vector<vec3>{{-0.020f, 0.148f, 0.026f}};
        std::vector<vec3> pts = {t.aorta.before(0.012f), t.aorta.end()};
        pts.insert(pts.end(), mid.begin(), mid.end());
        pts.push_back(side({0.042f, 0.125f, 0.018f}, s));
        auto obs = spine;
        for (auto* id : {"psoas_major", "psoas_minor"})
            if (auto* sh = og::neighbourShape(sided(id, s))) obs.push_back(*sh);
        t.commonIliacA[k] = makeVessel(pts, {0.0062f, 0.0060f, 0.0057f, 0.0054f}, obs, 0.013f);
    }

    for (int k = 0; k < 2; ++k) {
        float s = k == 0 ? 1.0f : -1.0f;
        auto pelvicObs = spine;
        for (auto* id : {"psoas_major", "psoas_minor", "iliacus", "hip_bone", "inguinal_ligament"})
            if (auto* sh = og::neighbourShape(sided(id, s))) pelvicObs.push_back(*sh);
        // Internal iliac artery (part of the common iliac mesh): down over
        // the sacroiliac joint into the pelvis.
        t.internalIliacA[k] = makeVessel(
            fromEnd(t.commonIliacA[k], 0.006f,
                    side({{0.045f, 0.110f, 0.008f}, {0.049f, 0.094f, -0.006f}, {0.053f, 0.078f, -0.020f}}, s)),
            {0.0045f, 0.0042f, 0.0040f, 0.0036f, 0.0032f}, pelvicObs, 0.006f);
        // External iliac artery: 10 x 0.9 cm, along the medial border of
        // psoas to the mid-inguinal point (0.060, 0.030, 0.047).
        t.externalIliacA[k] = makeVessel(
            fromEnd(t.commonIliacA[k], 0.006f,
                    side({{0.047f, 0.100f, 0.023f}, {0.051f, 0.072f, 0.031f}, {0.056f, 0.047f, 0.041f},
                          {0.060f, 0.030f, 0.047f}, {0.062f, 0.016f, 0.049f}},
                         s)),
            {0.0050f, 0.0050f, 0.0048f, 0.0047f, 0.0046f, 0.0045f, 0.0045f}, pelvicObs, 0.006f);
        // Femoral artery: under the inguinal ligament, down the femoral
        // triangle on iliopsoas and pectineus, then under sartorius toward
        // the adductor canal (y -0.30).
        auto thighObs = og::neighbourShapes({sided("hip_bone", s), sided("femur", s), sided("pectineus", s),
                                             sided("iliacus", s), sided("psoas_major", s), sided("adductor_longus", s),
                                             sided("sartorius", s), sided("rectus_femoris", s),
                                             sided("inguinal_ligament", s)});
        t.femoralA[k] = makeVessel(
            fromEnd(t.externalIliacA[k], 0.006f,
                    side({{0.065f, -0.020f, 0.050f}, {0.069f, -0.080f, 0.045f}, {0.072f, -0.150f, 0.037f},
                          {0.073f, -0.220f, 0.028f}, {0.072f, -0.300f, 0.019f}},
                         s)),
            {0.0045f, 0.0045f, 0.0044f, 0.0042f, 0.0040f, 0.0039f, 0.0038f}, thighObs, 0.006f);
        // Profunda femoris (in the femoral artery's mesh): leaves 4 cm below
        // the ligament from the lateral side, runs down behind it.
        t.profunda[k] = makeVessel(
            {t.femoralA[k].at(-0.012f), side({0.072f, -0.030f, 0.040f}, s), side({0.078f, -0.065f, 0.028f}, s),
             side({0.081f, -0.110f, 0.017f}, s), side({0.082f, -0.160f, 0.010f}, s)},
            {0.0034f, 0.0033f, 0.0031f, 0.0028f, 0.0025f}, thighObs, 0.004f);
    }

    // Inferior vena cava: forms at L5 behind the right common iliac artery,
    // rises right of the aorta; oval, 2.4 x 1.6 cm.
    {
        auto obs = trunkObstacles;
        obs.push_back(t.aorta.shape());
        for (auto& v : t.commonIliacA) obs.push_back(v.shape());
        t.ivc = makeVessel({{-0.020f, 0.141f, 0.010f}, {-0.022f, 0.170f, 0.013f}, {-0.022f, 0.215f, 0.016f},
                            {-0.022f, 0.287f, 0.014f}, {-0.022f, 0.334f, 0.012f}},
                           {0.0105f, 0.0113f, 0.0118f, 0.0120f, 0.0120f}, obs, 0.0f,
                           {0.0075f, 0.0078f, 0.0080f, 0.0080f, 0.0080f});
    }
    // Veins of the pelvis and thigh, each from its trunk down; they lie
    // medial to and behind their arteries.
    std::vector<sdf::Shape> arteries = {t.aorta.shape()};
    for (int k = 0; k < 2; ++k)
        for (auto* v : {&t.commonIliacA[k], &t.externalIliacA[k], &t.femoralA[k], &t.internalIliacA[k], &t.profunda[k]})
            arteries.push_back(v->shape());
    for (int k = 0; k < 2; ++k) {
        float s = k == 0 ? 1.0f : -1.0f;
        auto obs = spine;
        for (auto* id : {"psoas_major", "psoas_minor", "iliacus", "hip_bone", "inguinal_ligament"})
            if (auto* sh = og::neighbourShape(sided(id, s))) obs.push_back(*sh);
        obs.insert(obs.end(), arteries.begin(), arteries.end());
        // Common iliac veins, 1.3 cm: the left, longer one crosses behind the
        // right common iliac artery to the IVC's start.
        std::vector<vec3> civ = s > 0 ? std::vector<vec3>{{0.002f, 0.137f, 0.007f}, {0.017f, 0.130f, 0.006f},
                                                          {0.030f, 0.120f, 0.006f}}
                                      : std::vector<vec3>{{-0.025f, 0.131f, 0.008f}, {-0.030f, 0.120f, 0.006f}};
        std::vector<vec3> pts = {t.ivc.path.p[std::min<size_t>(5, t.ivc.path.size() - 1)], t.ivc.path.p.front()};
        pts.insert(pts.end(), civ.begin(), civ.end());
        std::vector<float> r(pts.size(), 0.0068f);
        r[0] = r[1] = 0.0072f;
        t.commonIliacV[k] = makeVessel(pts, r, obs, 0.010f);
        // Internal iliac vein (in the common iliac vein's mesh).
        t.internalIliacV[k] = makeVessel(
            fromEnd(t.commonIliacV[k], 0.006f,
                    side({{0.036f, 0.104f, -0.008f}, {0.041f, 0.088f, -0.022f}, {0.045f, 0.074f, -0.034f}}, s)),
            {0.0055f, 0.0055f, 0.0050f, 0.0046f, 0.0042f}, obs, 0.006f);
        // External iliac vein, 1.2 cm, medial to the artery.
        t.externalIliacV[k] = makeVessel(
            fromEnd(t.commonIliacV[k], 0.006f,
                    side({{0.035f, 0.095f, 0.016f}, {0.039f, 0.070f, 0.027f}, {0.043f, 0.045f, 0.038f},
                          {0.046f, 0.028f, 0.045f}, {0.048f, 0.014f, 0.047f}},
                         s)),
            {0.0065f, 0.0064f, 0.0062f, 0.0060f, 0.0059f, 0.0058f, 0.0058f}, obs, 0.006f);
        // Femoral vein: medial to the artery under the ligament (the femoral
        // canal medial to it), then slipping behind it down the thigh.
        auto thighObs = og::neighbourShapes({sided("hip_bone", s), sided("femur", s), sided("pectineus", s),
                                             sided("iliacus", s), sided("psoas_major", s), sided("adductor_longus", s),
                                             sided("sartorius", s), sided("inguinal_ligament", s)});
        thighObs.insert(thighObs.end(), arteries.begin(), arteries.end());
        t.femoralV[k] = makeVessel(
            fromEnd(t.externalIliacV[k], 0.006f,
                    side({{0.052f, -0.020f, 0.046f}, {0.060f, -0.080f, 0.039f}, {0.066f, -0.150f, 0.029f},
                          {0.069f, -0.220f, 0.019f}, {0.069f, -0.300f, 0.009f}},
                         s)),
            {0.0058f, 0.0058f, 0.0056f, 0.0053f, 0.0050f, 0.0048f, 0.0046f}, thighObs, 0.006f);
    }

    // Aortic branches (in the aorta's mesh): coeliac trunk (T12), superior
    // mesenteric (L1), renal arteries (L1-2, the right one behind the IVC),
    // inferior mesenteric (L3).
    {
        auto obs = trunkObstacles;
        obs.push_back(t.ivc.shape());
        std::vector<sdf::Shape> parts = {t.aorta.shape()};
        parts.push_back(branch(t.aorta, 0.318f, {{0.005f, 0.321f, 0.022f}, {0.006f, 0.323f, 0.030f}},
                               {0.0036f, 0.0034f}, obs));
        parts.push_back(branch(t.aorta, 0.302f, {{0.006f, 0.300f, 0.030f}, {0.007f, 0.284f, 0.042f},
                                                 {0.008f, 0.262f, 0.047f}},
                               {0.0037f, 0.0035f, 0.0033f}, obs));
        parts.push_back(branch(t.aorta, 0.277f, {{0.028f, 0.276f, 0.010f}, {0.044f, 0.278f, 0.002f},
                                                 {0.054f, 0.279f, -0.003f}},
                               {0.0030f, 0.0029f, 0.0027f}, obs));
        parts.push_back(branch(t.aorta, 0.279f, {{-0.012f, 0.278f, 0.005f}, {-0.034f, 0.272f, -0.001f},
                                                 {-0.052f, 0.267f, -0.003f}},
                               {0.0030f, 0.0029f, 0.0027f}, obs));
        parts.push_back(branch(t.aorta, 0.222f, {{0.015f, 0.216f, 0.031f}, {0.022f, 0.203f, 0.036f}},
                               {0.0021f, 0.0019f}, obs));
        t.aortaShape = sdf::smoothUnion(parts, 0.003f);
    }
    // Renal veins (in the IVC's mesh): the left crosses in front of the
    // aorta, under the superior mesenteric artery; the right is short.
    {
        auto obs = trunkObstacles;
        obs.push_back(t.aortaShape);
        std::vector<sdf::Shape> parts = {t.ivc.shape()};
        parts.push_back(branch(t.ivc, 0.283f, {{-0.004f, 0.283f, 0.028f}, {0.010f, 0.283f, 0.031f},
                                               {0.030f, 0.282f, 0.020f}, {0.052f, 0.281f, 0.004f}},
                               {0.0050f, 0.0050f, 0.0048f, 0.0046f}, obs));
        parts.push_back(branch(t.ivc, 0.272f, {{-0.038f, 0.269f, 0.007f}, {-0.052f, 0.267f, 0.003f}},
                               {0.0052f, 0.0048f}, obs));
        t.ivcShape = sdf::smoothUnion(parts, 0.003f);
    }
    return t;
}

} // namespace

void addVesselRecipes(std::vector<Recipe>& out) {
    static const Tree t = buildTree();
    const float vs = 0.0010f, fine = 0.0008f, err = 0.00025f;
    out.push_back({"abdominal_aorta", t.aortaShape, vs, {}, err});
    out.push_back({"inferior_vena_cava", t.ivcShape, vs, {}, err});
    const char* sides[2] = {"_left", "_right"};
    for (int k = 0; k < 2; ++k) {
        std::string sd = sides[k];
        out.push_back({"common_iliac_artery" + sd,
                       sdf::smoothUnion(t.commonIliacA[k].shape(), t.internalIliacA[k].shape(), 0.002f), fine, {}, err});
        out.push_back({"external_iliac_artery" + sd, t.externalIliacA[k].shape(), fine, {}, err});
        out.push_back({"femoral_artery" + sd, sdf::smoothUnion(t.femoralA[k].shape(), t.profunda[k].shape(), 0.002f),
                       vs, {}, err});
        out.push_back({"common_iliac_vein" + sd,
                       sdf::smoothUnion(t.commonIliacV[k].shape(), t.internalIliacV[k].shape(), 0.002f), fine, {}, err});
        out.push_back({"external_iliac_vein" + sd, t.externalIliacV[k].shape(), fine, {}, err});
        out.push_back({"femoral_vein" + sd, t.femoralV[k].shape(), vs, {}, err});
    }
}

} // namespace dc
