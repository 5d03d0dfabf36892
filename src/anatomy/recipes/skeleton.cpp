// Shape recipes: skeleton (layer 6).
//
// T12-L5 vertebrae, the six discs T12-L1 .. L5-S1, sacrum, coccyx, hip bones,
// femurs and the floating ribs 11-12. Landmarks and dimensions follow
// ../shared/reference/anatomy-landmarks.md (cited as §n); the shared
// constants of recipes/common.h fix where every other group expects the
// bones to be. Frame: metres, +Y superior, +Z anterior, +X subject's left;
// paired bones are built on the left and mirrored.
#include <array>
#include <cmath>
#include <vector>

#include <glm/geometric.hpp>

#include "anatomy/recipe.h"
#include "anatomy/recipes/common.h"
#include "anatomy/recipes/skeleton_geom.h"

namespace dc {

namespace {

using glm::vec3;
using recipes::discs;
using recipes::vertebrae;
using sdf::Shape;
namespace sg = recipes::skeletongeom;
using sg::Frame;
using sg::Station;

// ---------------------------------------------------------------------------
// Spine, T12-L5 (§2.1 positions and tilts, §3.1 dimensions).

// Per-level figures of the neural arch not in common.h (§3.1; est. where the
// reference has none). Index 0 = T12 .. 5 = L5.
struct ArchFigures {
    float canalDepth, canalWidth; // spinal canal, depth x width
    float pedicleWidth;           // 8 mm (L1) to 16 mm (L5); about 15 mm high
    float spinousHeight;          // height of the spinous process at its tip
    float tpRootW, tpRootT;       // transverse process at its root: half-height, half-thickness
    float tpTipW, tpTipT;         // ... and at its tip
    float facetX;                 // facet joint below this level: distance from the midline
    float facetAngle;             // its plane from the sagittal plane (degrees)
};
constexpr std::array<ArchFigures, 6> kArch = {{
    {0.017f, 0.020f, 0.007f, 0.017f, 0.0045f, 0.0040f, 0.0035f, 0.0030f, 0.0130f, 22.0f}, // T12
    {0.017f, 0.022f, 0.008f, 0.019f, 0.0055f, 0.0030f, 0.0042f, 0.0024f, 0.0140f, 25.0f}, // L1
    {0.017f, 0.023f, 0.009f, 0.021f, 0.0058f, 0.0030f, 0.0045f, 0.0025f, 0.0155f, 30.0f}, // L2
    {0.016f, 0.023f, 0.011f, 0.021f, 0.0060f, 0.0032f, 0.0048f, 0.0026f, 0.0175f, 35.0f}, // L3
    {0.017f, 0.024f, 0.013f, 0.018f, 0.0065f, 0.0035f, 0.0050f, 0.0028f, 0.0195f, 42.0f}, // L4
    {0.018f, 0.026f, 0.016f, 0.014f, 0.0090f, 0.0060f, 0.0060f, 0.0045f, 0.0220f, 48.0f}, // L5
}};

// S1: upper endplate 50 x 36 mm (§2.1: promontory and posterosuperior corner
// 19.5 mm either side of the endplate centre, which is tilted 40°).
constexpr float kS1Width = 0.049f, kS1Depth = 0.036f, kS1Tilt = 40.0f;
constexpr float kS1CanalDepth = 0.014f;

Frame vertebraFrame(size_t i) {
    const auto& v = vertebrae()[i];
    return sg::sagittalFrame(v.y, v.z, v.tiltDeg);
}
Frame s1Frame() {
    return sg::sagittalFrame(recipes::kS1EndplateCentre.y, recipes::kS1EndplateCentre.z, kS1Tilt);
}
// Upper endplate size of the level below vertebra i (S1 below L5).
float widthBelow(size_t i) { return i + 1 < 6 ? vertebrae()[i + 1].width : kS1Width; }
float depthBelow(size_t i) { return i + 1 < 6 ? vertebrae()[i + 1].depth : kS1Depth; }

// A facet (zygapophyseal) joint, left side: centre, the normal of its plane
// pointing from the inferior process (medial, behind) to the superior
// process of the level below (lateral, in front), and "up" in its plane.
struct FacetJoint {
    vec3 c, n, up;
};

// The joint below vertebra i (i = 5: L5-S1), placed at the level of the disc,
// behind the lateral part of the canal of the level below.
FacetJoint facetBelow(size_t i) {
    const auto& d = discs()[i];
    Frame f = sg::sagittalFrame(d.y, d.z, d.tiltDeg);
    float depth = depthBelow(i);
    float canal = i + 1 < 6 ? kArch[i + 1].canalDepth : kS1CanalDepth;
    FacetJoint j;
    j.c = f.at(kArch[i].facetX, 0.002f, -(depth * 0.5f + 0.72f * canal));
    float b = sg::rad(kArch[i].facetAngle);
    j.n = glm::normalize(f.x * std::cos(b) + f.a * std::sin(b));
    j.up = glm::normalize(f.u - glm::dot(f.u, j.n) * j.n);
    return j;
}

// Articular process: a rounded, flattened column beside the joint (side +1:
// the superior process of the lower level, lateral; -1: the inferior one of
// the upper level, medial), its flat face on the joint plane.
Shape articularProcess(const FacetJoint& j, float side, float halfThick, float halfHeight, float halfDepth,
                       float rise) {
    vec3 back = glm::cross(j.n, j.up);
    vec3 c = j.c + j.n * side * (0.001f + halfThick) + j.up * rise;
    vec3 free = j.up * side; // the free end: up for a superior process, down for an inferior one
    return sg::sweep({{c - free * halfHeight * 0.55f, halfDepth * 0.9f, halfThick, halfThick, 2.6f},
                      {c + free * halfHeight * 0.10f, halfDepth, halfThick, halfThick, 2.6f},
                      {c + free * halfHeight * 0.62f, halfDepth * 0.8f, halfThick * 0.9f, halfThick * 0.9f, 2.4f}},
                     back);
}

// Which way is "back" (posterior) in the plane of a facet joint.
vec3 facetBack(const FacetJoint& j) {
    vec3 b = glm::cross(j.n, j.up);
    return b.z > 0 ? -b : b;
}

// Keeps a facet joint open: removes, within `radius` of the joint, what lies
// on the wrong side of a 1.8 mm joint space (upper = the vertebra above,
// whose inferior process is on the -n side). Folded, so both sides are cut.
Shape facetGapCut(const FacetJoint& j, bool upper, float radius) {
    const float g = 0.0009f;
    const vec3 c = j.c, n = j.n;
    Bounds b;
    b.add(vec3(-std::abs(c.x) - radius, c.y - radius, c.z - radius));
    b.add(vec3(std::abs(c.x) + radius, c.y + radius, c.z + radius));
    return Shape(
        [c, n, g, radius, upper](const vec3& p0) {
            vec3 p(std::abs(p0.x), p0.y, p0.z);
            float s = glm::dot(p - c, n);
            float half = upper ? -(s + g) : (s - g);
            return std::max(glm::length(p - c) - radius, half);
        },
        b);
}

// The vertebral body: kidney-shaped endplates (posterior notch for the canal),
// 3-5 mm narrower at mid-height (§3.1), the lower endplate as wide as the
// next level's upper one.
Shape vertebralBody(size_t i) {
    const auto& v = vertebrae()[i];
    Frame f = vertebraFrame(i);
    sg::SlabSpec s;
    s.f = f;
    s.wTop = v.width;
    s.dTop = v.depth;
    s.wBottom = 0.5f * (v.width + widthBelow(i));
    s.dBottom = 0.5f * (v.depth + depthBelow(i));
    s.top = {f.at(0, v.height * 0.5f, 0), f.u};
    s.bottom = {f.at(0, -v.height * 0.5f, 0), -f.u};
    s.notch = 0.003f;
    s.waist = 0.085f;
    s.round = 0.0016f;
    s.reach = 0.045f;
    return sg::kidneySlab(s);
}

// Left half of the neural arch of vertebra i plus the midline spinous
// process; folded across the midline afterwards.
std::vector<Shape> archLeftHalf(size_t i) {
    const auto& v = vertebrae()[i];
    const ArchFigures& A = kArch[i];
    Frame f = vertebraFrame(i);
    const float hd = v.depth * 0.5f;
    const float px = A.canalWidth * 0.5f + A.pedicleWidth * 0.5f; // pedicle axis
    std::vector<Shape> parts;

    // Pedicle: from the upper back of the body straight back, 15 mm high.
    vec3 pedFront = f.at(px, 0.004f, -hd + 0.005f), pedBack = f.at(px, 0.002f, -hd - 0.011f);
    float ph = i == 0 ? 0.0068f : 0.0075f;
    parts.push_back(sg::sweep({{pedFront, ph, A.pedicleWidth * 0.5f, A.pedicleWidth * 0.5f},
                               {pedBack, ph * 0.95f, A.pedicleWidth * 0.5f, A.pedicleWidth * 0.5f}},
                              f.u));

    // Lamina: from the pedicle back and medially to the midline behind the
    // canal, sloping down (the laminae overlap the level below like tiles).
    const float laminaBack = -(hd + A.canalDepth + 0.0032f);
    vec3 lamRoot = f.at(px - 0.001f, 0.0f, -hd - 0.010f);
    vec3 lamMid = f.at(A.canalWidth * 0.38f, -0.003f, -(hd + A.canalDepth * 0.78f) - 0.003f);
    vec3 spRoot = f.at(0.0f, -0.004f, laminaBack);
    parts.push_back(sg::sweep({{lamRoot, 0.0090f, 0.0036f, 0.0036f, 2.5f},
                               {lamMid, 0.0110f, 0.0034f, 0.0034f, 2.5f},
                               {spRoot + f.x * 0.001f, 0.0115f, 0.0036f, 0.0036f, 2.5f}},
                              f.u));

    // Spinous process: a flat "hatchet", its thickened border at the tip (§2.1).
    vec3 tip(0.0f, v.spinousY, v.spinousZ);
    vec3 dir = glm::normalize(tip - spRoot);
    float sh = A.spinousHeight * 0.5f;
    vec3 spEnd = tip - dir * 0.0038f;
    parts.push_back(sg::sweep({{spRoot, 0.0085f, 0.0032f, 0.0032f, 3.0f},
                               {glm::mix(spRoot, spEnd, 0.45f), sh * 0.82f, 0.0024f, 0.0024f, 3.0f},
                               {glm::mix(spRoot, spEnd, 0.85f), sh, 0.0030f, 0.0030f, 3.0f},
                               {spEnd, sh * 0.9f, 0.0040f, 0.0040f, 3.0f}},
                              f.u));

    // Transverse process: from the pedicle-lamina junction to its tip (§2.1),
    // flattened front to back; L5's is short, thick and joins the body.
    vec3 tpTip = v.transverseTip;
    vec3 tpRoot = f.at(px + A.pedicleWidth * 0.5f - 0.0015f, 0.002f, -hd - 0.0085f);
    vec3 tdir = glm::normalize(tpTip - tpRoot);
    vec3 tpEnd = tpTip - tdir * A.tpTipT;
    std::vector<Station> tp;
    if (i == 5) tp.push_back({f.at(0.020f, 0.001f, -hd + 0.004f), 0.009f, 0.007f, 0.007f});
    tp.push_back({tpRoot, A.tpRootW, A.tpRootT, A.tpRootT});
    tp.push_back({glm::mix(tpRoot, tpEnd, 0.55f), 0.5f * (A.tpRootW + A.tpTipW), 0.5f * (A.tpRootT + A.tpTipT),
                  0.5f * (A.tpRootT + A.tpTipT)});
    tp.push_back({tpEnd, A.tpTipW, A.tpTipT, A.tpTipT});
    parts.push_back(sg::sweep(tp, f.u));

    // Superior articular process, rising from the pedicle to the joint above;
    // the mammillary process on its back edge. T12's faces backwards
    // (thoracic type): its joint with T11 lies above the body.
    FacetJoint above;
    if (i == 0) {
        above.c = f.at(0.012f, v.height * 0.5f + 0.004f, -(hd + 0.65f * A.canalDepth));
        float b = sg::rad(72.0f);
        above.n = glm::normalize(f.x * std::cos(b) + f.a * std::sin(b));
        above.up = glm::normalize(f.u - glm::dot(f.u, above.n) * above.n);
    } else {
        above = facetBelow(i - 1);
    }
    parts.push_back(articularProcess(above, 1.0f, 0.0036f, 0.0075f, 0.0065f, -0.001f));
    vec3 supBase = above.c + above.n * 0.0045f - above.up * 0.004f;
    parts.push_back(sg::sweep({{f.at(px, 0.003f, -hd - 0.009f), 0.0055f, 0.0035f, 0.0035f},
                               {supBase, 0.0050f, 0.0034f, 0.0034f}},
                              f.u));
    if (i > 0) parts.push_back(sdf::sphere(above.c + above.n * 0.006f + facetBack(above) * 0.0062f, 0.0032f));

    // Inferior articular process, hanging from the lamina to the joint below.
    FacetJoint below = facetBelow(i);
    parts.push_back(articularProcess(below, -1.0f, 0.0030f, 0.0085f, 0.0058f, -0.0025f));
    vec3 infBase = below.c - below.n * 0.004f + below.up * 0.003f;
    parts.push_back(sg::sweep({{f.at(A.canalWidth * 0.5f - 0.0005f, -0.007f, -(hd + A.canalDepth) - 0.001f), 0.0055f,
                                0.0032f, 0.0032f},
                               {infBase, 0.0050f, 0.0030f, 0.0030f}},
                              f.u));
    return parts;
}

// The spinal canal of vertebra i, as a solid to subtract (runs along u).
Shape canalOf(size_t i) {
    const auto& v = vertebrae()[i];
    const ArchFigures& A = kArch[i];
    Frame f = vertebraFrame(i);
    float cz = -(v.depth * 0.5f + A.canalDepth * 0.5f);
    float rw = A.canalWidth * 0.5f, rd = A.canalDepth * 0.5f;
    Bounds b;
    b.add(f.o - vec3(0.02f, 0.03f, 0.05f));
    b.add(f.o + vec3(0.02f, 0.03f, 0.0f));
    return Shape(
        [f, cz, rw, rd](const vec3& p) {
            vec3 q = f.local(p);
            float x = q.x / rw, z = (q.z - cz) / rd;
            float k0 = std::sqrt(x * x + z * z);
            float k1 = std::sqrt(x * x / (rw * rw) + z * z / (rd * rd));
            return k1 > 1e-9f ? k0 * (k0 - 1.0f) / k1 : -rd;
        },
        b);
}

Shape vertebra(size_t i) {
    Shape arch = sdf::smoothUnion(archLeftHalf(i), 0.0022f);
    Shape whole = sdf::smoothUnion(vertebralBody(i), sg::foldX(arch), 0.0025f);
    whole = sdf::subtract(whole, canalOf(i), 0.0015f);
    if (i > 0) whole = sdf::subtract(whole, facetGapCut(facetBelow(i - 1), false, 0.010f), 0.0008f);
    return sdf::subtract(whole, facetGapCut(facetBelow(i), true, 0.010f), 0.0008f);
}

// Disc below vertebra i: fills exactly the wedge between the lower endplate
// of vertebra i and the upper endplate of the level below (S1 for i = 5),
// reaching 0.3 mm into each so no crack shows; the annulus bulges a little.
Shape disc(size_t i) {
    const auto& v = vertebrae()[i];
    const auto& d = discs()[i];
    Frame upper = vertebraFrame(i);
    sg::SlabSpec s;
    s.f = sg::sagittalFrame(d.y, d.z, d.tiltDeg);
    s.wTop = 0.5f * (v.width + widthBelow(i));
    s.dTop = 0.5f * (v.depth + depthBelow(i));
    s.wBottom = widthBelow(i);
    s.dBottom = depthBelow(i);
    s.top = {upper.at(0, -v.height * 0.5f + 0.0003f, 0), upper.u};
    if (i + 1 < 6) {
        Frame lower = vertebraFrame(i + 1);
        s.bottom = {lower.at(0, vertebrae()[i + 1].height * 0.5f - 0.0003f, 0), -lower.u};
    } else {
        Frame s1 = s1Frame();
        s.bottom = {s1.at(0, -0.0003f, 0), -s1.u};
    }
    s.notch = 0.003f;
    s.waist = -0.035f;
    s.round = 0.0012f;
    s.reach = 0.04f;
    return sg::kidneySlab(s);
}

void addSpine(std::vector<Recipe>& out) {
    for (size_t i = 0; i < 6; ++i) out.push_back({vertebrae()[i].id, vertebra(i), 0.0010f, {}, 0.00015f});
    for (size_t i = 0; i < 6; ++i) out.push_back({discs()[i].id, disc(i), 0.0010f, {}, 0.0003f});
}

// ---------------------------------------------------------------------------
// Sacrum and coccyx (§2.1: S1 endplate, promontory, front midline at S2-S4,
// apex; about 10-11 cm long and wide at its base).

// Sagittal sections of the fused sacrum, top (S1) to apex: the front
// (pelvic surface) and back (dorsal surface) in the midline, and the half
// width. The front follows the reference's concave forward curve.
struct SacralSection {
    float yF, zF, yB, zB, halfWidth;
};
constexpr std::array<SacralSection, 6> kSacrum = {{
    {0.124f, -0.017f, 0.140f, -0.066f, 0.050f},   // above the ala (trimmed by the ala plane)
    {0.100f, -0.024f, 0.120f, -0.077f, 0.0525f},  // S1, lateral masses and alae
    {0.083f, -0.041f, 0.095f, -0.085f, 0.0475f},  // S2 (front midline (0.085, -0.045))
    {0.063f, -0.062f, 0.069f, -0.088f, 0.0370f},  // S3 ((0.062, -0.065)); auricular surface ends
    {0.044f, -0.073f, 0.047f, -0.087f, 0.0220f},  // S4 ((0.042, -0.075)); inferolateral angle
    {0.029f, -0.0755f, 0.030f, -0.0840f, 0.0130f}, // S5, apex (0.025, -0.075)
}};

vec3 sacralFront(size_t k) { return {0.0f, kSacrum[k].yF, kSacrum[k].zF}; }
vec3 sacralBack(size_t k) { return {0.0f, kSacrum[k].yB, kSacrum[k].zB}; }
// Unit normal of the front (pelvic) surface at the midpoint between sections
// k and k+1, pointing forward out of the bone.
vec3 sacralFrontNormal(size_t k) {
    vec3 t = glm::normalize(sacralFront(k + 1) - sacralFront(k));
    return glm::normalize(vec3(0.0f, t.z, -t.y));
}
vec3 sacralBackNormal(size_t k) {
    vec3 t = glm::normalize(sacralBack(k + 1) - sacralBack(k));
    return glm::normalize(vec3(0.0f, -t.z, t.y));
}

Shape sacrumShape() {
    std::vector<Shape> parts;
    // S1 body: the upper endplate is the disc's lower face (kS1EndplateCentre,
    // tilted 40°); its front edge is the promontory.
    Frame s1 = s1Frame();
    {
        sg::SlabSpec b;
        b.f = s1;
        b.f.o = s1.at(0, -0.012f, 0);
        b.wTop = kS1Width;
        b.dTop = kS1Depth;
        b.wBottom = 0.044f;
        b.dBottom = 0.031f;
        b.top = {s1.o, s1.u};
        float t = sg::rad(58.0f);
        b.bottom = {s1.at(0, -0.022f, 0), -vec3(0.0f, std::cos(t), std::sin(t))};
        b.notch = 0.003f;
        b.waist = 0.05f;
        b.round = 0.0016f;
        b.reach = 0.045f;
        parts.push_back(sg::kidneySlab(b));
    }
    // The sacral plate: bodies, lateral masses and alae in one sweep of
    // super-elliptic sections, trimmed on top by the sloping ala.
    {
        std::vector<Station> st;
        for (const auto& k : kSacrum) {
            vec3 F(0.0f, k.yF, k.zF), B(0.0f, k.yB, k.zB);
            float T = 0.5f * glm::length(F - B);
            st.push_back({0.5f * (F + B), k.halfWidth, T, T, 3.0f});
        }
        Shape plate = sg::sweep(st, vec3(1, 0, 0), 10);
        // Ala: continues the S1 endplate slope, 3-5 mm below it, dipping a
        // little laterally; its front edge runs from the promontory to the
        // sacroiliac joint (§2.2 front upper margin (0.050, 0.115, -0.025)).
        Shape ala = sdf::halfSpace({0.040f, 0.1115f, -0.027f}, glm::normalize(vec3(0.10f, 0.766f, 0.643f)));
        // Behind the superior articular processes the dorsal surface falls
        // away: the upper border of the lateral masses and the S1 laminae,
        // below which the canal opens upwards.
        Shape dorsalTop = sdf::halfSpace({0.0f, 0.127f, -0.068f}, glm::normalize(vec3(0.0f, 0.80f, -0.60f)));
        parts.push_back(sdf::intersect(sdf::intersect(plate, ala, 0.004f), dorsalTop, 0.005f));
    }
    // Median sacral crest: fused spinous tubercles S1-S4.
    {
        const float ys[] = {0.121f, 0.101f, 0.080f, 0.061f};
        const float rs[] = {0.0060f, 0.0055f, 0.0048f, 0.0040f};
        for (int k = 0; k < 4; ++k) {
            float y = ys[k];
            // back surface at this height (linear between sections)
            size_t j = 1;
            while (j + 1 < kSacrum.size() && kSacrum[j + 1].yB > y) ++j;
            float f = (kSacrum[j].yB - y) / (kSacrum[j].yB - kSacrum[j + 1].yB);
            float z = kSacrum[j].zB + (kSacrum[j + 1].zB - kSacrum[j].zB) * f;
            parts.push_back(sg::ellipsoidAxes({0.0f, y, z + 0.0015f}, {rs[k] * 0.6f, 0, 0}, {0, rs[k] * 1.3f, 0},
                                              {0, 0, rs[k]}));
        }
    }
    // Intermediate sacral crests (fused articular processes), medial to the
    // posterior foramina.
    {
        std::vector<Station> st;
        for (size_t k = 1; k < 5; ++k)
            st.push_back({sacralBack(k) + vec3(0.0115f - 0.0012f * float(k), 0.0f, 0.0f) - sacralBackNormal(k) * 0.0005f,
                          0.0026f, 0.0030f, 0.0030f});
        parts.push_back(sg::foldX(sg::sweep(st, vec3(1, 0, 0))));
    }
    // Superior articular processes of S1 (joint with L5, §3.1 facets at 48°).
    {
        FacetJoint j = facetBelow(5);
        std::vector<Shape> half;
        half.push_back(articularProcess(j, 1.0f, 0.0042f, 0.0072f, 0.0072f, -0.002f));
        half.push_back(sg::sweep({{vec3(0.020f, 0.118f, -0.066f), 0.007f, 0.005f, 0.005f},
                                  {j.c + j.n * 0.005f - j.up * 0.004f, 0.0055f, 0.004f, 0.004f}},
                                 vec3(0, 0, 1)));
        parts.push_back(sg::foldX(sdf::smoothUnion(half, 0.003f)));
    }
    Shape bone = sdf::smoothUnion(parts, 0.004f);

    // Sacral canal: continues the lumbar canal, triangular, narrowing down;
    // open behind at the hiatus (S4-S5).
    std::vector<Shape> holes;
    holes.push_back(sg::sweep({{{0.0f, 0.145f, -0.050f}, 0.0140f, 0.0075f, 0.0075f},
                               {{0.0f, 0.128f, -0.055f}, 0.0140f, 0.0072f, 0.0072f},
                               {{0.0f, 0.107f, -0.066f}, 0.0125f, 0.0062f, 0.0062f},
                               {{0.0f, 0.085f, -0.0745f}, 0.0105f, 0.0052f, 0.0052f},
                               {{0.0f, 0.064f, -0.0790f}, 0.0085f, 0.0042f, 0.0042f},
                               {{0.0f, 0.046f, -0.0815f}, 0.0070f, 0.0033f, 0.0033f},
                               {{0.0f, 0.036f, -0.0835f}, 0.0060f, 0.0028f, 0.0028f}},
                              vec3(1, 0, 0)));
    holes.push_back(sdf::capsule({0.0f, 0.052f, -0.086f}, {0.0f, 0.034f, -0.087f}, 0.0048f)); // hiatus
    // Anterior (pelvic) sacral foramina between the fused bodies, and the
    // smaller posterior foramina, four pairs each.
    const float fx[] = {0.0170f, 0.0158f, 0.0138f, 0.0112f};
    const float fr[] = {0.0055f, 0.0048f, 0.0038f, 0.0026f};
    const float bx[] = {0.0215f, 0.0195f, 0.0170f, 0.0140f};
    const float br[] = {0.0034f, 0.0031f, 0.0028f, 0.0024f};
    for (size_t k = 1; k < 5; ++k) {
        vec3 F = 0.5f * (sacralFront(k) + sacralFront(k + 1));
        vec3 nf = sacralFrontNormal(k);
        for (float sx : {1.0f, -1.0f}) {
            vec3 c = F + vec3(sx * fx[k - 1], 0, 0);
            holes.push_back(sdf::roundCone(c + nf * 0.004f, c - nf * (k < 4 ? 0.013f : 0.006f), fr[k - 1],
                                           fr[k - 1] * 0.7f));
        }
        vec3 B = 0.5f * (sacralBack(k) + sacralBack(k + 1));
        vec3 nb = sacralBackNormal(k);
        if (k < 5) {
            for (float sx : {1.0f, -1.0f}) {
                vec3 c = B + vec3(sx * bx[k - 1], 0, 0);
                holes.push_back(sdf::capsule(c + nb * 0.004f, c - nb * 0.011f, br[k - 1]));
            }
        }
    }
    bone = sdf::subtract(bone, sdf::smoothUnion(holes, 0.0f), 0.0015f);
    // The L5-S1 disc sits on the S1 endplate: nothing of the sacrum reaches
    // into it; the L5-S1 facet joints stay open.
    bone = sdf::subtract(bone, disc(5), 0.0f);
    return sdf::subtract(bone, facetGapCut(facetBelow(5), false, 0.012f), 0.0008f);
}

// Coccyx: three to four small fused segments, about 3 cm, curving forward
// from the sacral apex (1.5 mm joint gap) to the tip (§2.1 (0, 0, -0.060)).
Shape coccyxShape() {
    struct Seg {
        vec3 c;
        float w, h, d;
    };
    const Seg segs[] = {{{0.0f, 0.0190f, -0.0788f}, 0.0105f, 0.0055f, 0.0042f},
                        {{0.0f, 0.0115f, -0.0733f}, 0.0070f, 0.0052f, 0.0037f},
                        {{0.0f, 0.0055f, -0.0672f}, 0.0052f, 0.0045f, 0.0032f},
                        {{0.0f, 0.0022f, -0.0625f}, 0.0036f, 0.0036f, 0.0027f}};
    std::vector<Shape> parts;
    for (size_t i = 0; i < 4; ++i) {
        vec3 axis = i + 1 < 4 ? segs[i + 1].c - segs[i].c : segs[i].c - segs[i - 1].c;
        axis = glm::normalize(axis);
        vec3 front = glm::normalize(vec3(0.0f, -axis.z, axis.y));
        if (front.z < 0) front = -front;
        parts.push_back(sg::ellipsoidAxes(segs[i].c, {segs[i].w, 0, 0}, -axis * segs[i].h, front * segs[i].d));
    }
    // Cornua of the first segment, reaching up towards the sacral cornua.
    parts.push_back(sg::foldX(sdf::capsule({0.0050f, 0.0205f, -0.0820f}, {0.0055f, 0.0262f, -0.0842f}, 0.0022f)));
    return sdf::smoothUnion(parts, 0.0035f);
}

void addSacrumCoccyx(std::vector<Recipe>& out, const Shape& sacrum) {
    out.push_back({"sacrum", sacrum, 0.0011f, {}, 0.00015f});
    out.push_back({"coccyx", coccyxShape(), 0.0008f, {}, 0.00015f});
}

// ---------------------------------------------------------------------------
// Hip bone, left (§2.2 landmarks; acetabulum §2.2, pelvis dimensions §3.3).

// Acetabulum: opens along (0.75, -0.62, 0.23) on the left (inclination 52°,
// anteversion 17°); the socket is the femoral head plus a 2.5 mm gap
// (cartilage), so the head never reaches into the bone.
const vec3 kAcetabularAxis = glm::normalize(vec3(0.75f, -0.62f, 0.23f));
constexpr float kSocketRadius = 0.0262f;

// The acetabular notch points down and forward, towards the obturator
// foramen (in the plane of the rim).
vec3 acetabularNotchDir() {
    vec3 d(-0.25f, -1.0f, 0.35f);
    d -= glm::dot(d, kAcetabularAxis) * kAcetabularAxis;
    return glm::normalize(d);
}

// Obturator foramen: about 5 x 3.5 cm centred near (0.050, -0.035, 0.020),
// facing forward, outward and a little down; its long axis runs from
// superolateral to inferomedial.
struct ObturatorFrame {
    vec3 c, n, longAxis, shortAxis;
};
ObturatorFrame obturatorFrame() {
    ObturatorFrame f;
    f.c = recipes::kObturatorForamen;
    f.n = glm::normalize(vec3(0.646f, -0.293f, 0.694f));
    vec3 l(-0.62f, -0.78f, -0.10f);
    l -= glm::dot(l, f.n) * f.n;
    f.longAxis = glm::normalize(l);
    f.shortAxis = glm::cross(f.n, f.longAxis);
    return f;
}

// The iliac wing as a curved plate: crest from the ASIS through the tubercle
// and the highest point to the PSIS (§2.2), the posterior border down to the
// greater sciatic notch, the lower edge buried in the acetabular mass, the
// anterior border by the AIIS. Thick crest and body, thin (3-4 mm) fossa,
// whose concavity faces forward, inward and up.
Shape iliacWing() {
    sg::PlateSpec s;
    Frame f;
    f.o = vec3(0.092f, 0.105f, -0.012f);
    f.a = glm::normalize(vec3(-0.85f, 0.15f, 0.50f)); // plate normal, towards the fossa
    f.u = glm::normalize(vec3(0, 1, 0) - f.a.y * f.a);
    f.x = glm::cross(f.u, f.a);
    s.f = f;
    // Rim (in order around the outline) with the half-thickness there.
    const sg::PlatePoint rim[] = {
        {recipes::kAsis + vec3(-0.001f, 0.0f, -0.002f), 0.0055f}, // ASIS
        {{0.130f, 0.099f, 0.048f}, 0.0060f},
        {recipes::kIliacTubercle + vec3(-0.003f, 0.0f, 0.0f), 0.0075f}, // tubercle
        {{0.129f, 0.136f, 0.014f}, 0.0065f},
        {{0.112f, 0.153f, -0.006f}, 0.0065f},
        {recipes::kCrestTop + vec3(0.004f, -0.002f, -0.001f), 0.0070f}, // highest point
        {{0.065f, 0.151f, -0.050f}, 0.0080f},
        {{0.053f, 0.132f, -0.070f}, 0.0090f},
        {recipes::kPsis + vec3(0.003f, 0.0f, 0.003f), 0.0080f}, // PSIS
        {{0.048f, 0.096f, -0.080f}, 0.0075f},
        {{0.052f, 0.083f, -0.075f}, 0.0075f}, // PIIS
        {{0.060f, 0.068f, -0.066f}, 0.0080f},
        {{0.067f, 0.052f, -0.053f}, 0.0090f}, // greater sciatic notch
        {{0.076f, 0.030f, -0.036f}, 0.0140f},
        {{0.080f, 0.018f, -0.006f}, 0.0180f},
        {{0.091f, 0.025f, 0.020f}, 0.0130f},
        {recipes::kAiis + vec3(0.001f, 0.001f, 0.0f), 0.0070f}, // AIIS
        {{0.107f, 0.059f, 0.046f}, 0.0050f},
    };
    for (const auto& r : rim) {
        s.control.push_back(r);
        s.outline.push_back(r.p);
    }
    // Inside: the iliac fossa and the thick body above the acetabulum.
    const sg::PlatePoint inner[] = {
        {{0.107f, 0.110f, -0.002f}, 0.0022f}, // deepest fossa
        {{0.099f, 0.085f, 0.010f}, 0.0030f},
        {{0.090f, 0.060f, 0.014f}, 0.0060f},
        {{0.080f, 0.085f, -0.030f}, 0.0060f},
        {{0.073f, 0.112f, -0.047f}, 0.0065f},
        {{0.096f, 0.140f, -0.020f}, 0.0030f},
        {{0.119f, 0.128f, 0.021f}, 0.0032f},
        {{0.115f, 0.095f, 0.034f}, 0.0035f},
        {{0.077f, 0.058f, -0.040f}, 0.0100f},
        {{0.074f, 0.040f, -0.016f}, 0.0165f}, // body of the ilium above the acetabulum
    };
    for (const auto& p : inner) s.control.push_back(p);
    // The arcuate line (pelvic brim): the inner face of the plate reaches it,
    // turning from the fossa to the pelvic surface of the ilium.
    const vec3 brim[] = {{0.0560f, 0.1130f, -0.0270f}, {0.0590f, 0.0880f, -0.0110f}, {0.0620f, 0.0600f, 0.0050f},
                         {0.0650f, 0.0330f, 0.0190f}};
    for (const auto& b : brim) s.control.push_back({b - f.a * 0.0070f, 0.0070f});
    s.minHalfThickness = 0.0017f;
    s.rimRound = 0.005f;
    return sg::plate(s);
}

// The acetabular region cut away: the socket, everything in front of the rim
// plane within the rim, the acetabular notch and the deeper fossa.
Shape acetabularCut() {
    const vec3 H = recipes::kHipCentre, o = kAcetabularAxis;
    std::vector<Shape> cut;
    cut.push_back(sdf::sphere(H, kSocketRadius));
    {
        const float R = 0.040f;
        Bounds b;
        b.add(H - vec3(0.06f));
        b.add(H + vec3(0.06f));
        cut.push_back(Shape(
            [H, o, R](const vec3& p) {
                vec3 d = p - H;
                float h = glm::dot(d, o);
                float rho = glm::length(d - h * o);
                return std::max(-(h - 0.0005f), rho - R);
            },
            b));
    }
    vec3 nd = acetabularNotchDir();
    cut.push_back(sdf::capsule(H + nd * 0.025f + o * 0.001f, H + nd * 0.036f + o * 0.010f, 0.0065f));
    cut.push_back(sdf::sphere(H - o * 0.0160f + nd * 0.0035f, 0.0115f));
    return sdf::smoothUnion(cut, 0.004f);
}

Shape hipBoneLeft(const Shape& sacrum) {
    const vec3 H = recipes::kHipCentre, o = kAcetabularAxis;
    const ObturatorFrame of = obturatorFrame();
    std::vector<Shape> parts;
    // Ilium: the wing with its rim knobs blended in broadly: ASIS, iliac
    // tubercle (on the outer lip), AIIS.
    parts.push_back(sdf::smoothUnion(
        {iliacWing(), sdf::sphere(recipes::kAsis + vec3(-0.002f, 0.0f, -0.004f), 0.0058f),
         sg::ellipsoidAxes(recipes::kIliacTubercle + vec3(-0.001f, 0.0f, -0.002f), {0.0060f, 0, 0}, {0, 0.0070f, 0},
                           {0, 0, 0.0100f}),
         sdf::sphere(recipes::kAiis + vec3(-0.002f, 0.0f, -0.004f), 0.0062f)},
        0.009f));
    // Posterior ilium: auricular surface and iliac tuberosity, thick, against
    // the sacrum from the front upper margin of the joint (§2.2 (0.050,
    // 0.115, -0.025)) back towards the PSIS; carved by the sacrum below.
    parts.push_back(sg::ellipsoidAxes({0.0585f, 0.093f, -0.049f}, vec3(0.0f, -0.774f, -0.633f) * 0.036f,
                                      vec3(0.0f, 0.633f, -0.774f) * 0.022f, vec3(1.0f, 0.0f, 0.0f) * 0.0125f));
    // Arcuate line: the rounded pelvic brim from the sacroiliac joint to the
    // iliopubic eminence.
    parts.push_back(sg::sweep({{{0.0590f, 0.1100f, -0.0290f}, 0.0055f, 0.0055f, 0.0055f},
                               {{0.0610f, 0.0870f, -0.0130f}, 0.0050f, 0.0050f, 0.0050f},
                               {{0.0640f, 0.0600f, 0.0030f}, 0.0050f, 0.0050f, 0.0050f},
                               {{0.0665f, 0.0330f, 0.0170f}, 0.0055f, 0.0055f, 0.0055f},
                               {recipes::kIliopubicEminence + vec3(0.002f, 0.0f, -0.002f), 0.0065f, 0.0065f, 0.0065f}},
                              vec3(1, 0, 0)));
    // Acetabular mass around the socket, its medial (pelvic) face flattened
    // into the quadrilateral plate at x = 0.050.
    {
        vec3 e1 = glm::normalize(glm::cross(o, vec3(0, 0, 1))), e2 = glm::cross(o, e1);
        parts.push_back(sdf::intersect(sg::ellipsoidAxes(H - o * 0.0120f, o * 0.0320f, e1 * 0.0375f, e2 * 0.0375f),
                                       sdf::halfSpace({0.049f, 0.0f, 0.0f}, {-1.0f, 0.0f, 0.0f}), 0.008f));
    }
    // Body of the ilium behind the acetabulum, from the greater sciatic notch
    // down to the ischial spine.
    parts.push_back(sg::sweep({{{0.066f, 0.058f, -0.047f}, 0.011f, 0.008f, 0.008f},
                               {{0.070f, 0.022f, -0.037f}, 0.012f, 0.009f, 0.009f},
                               {{0.068f, -0.008f, -0.031f}, 0.010f, 0.008f, 0.008f}},
                              vec3(0.75f, 0.0f, 0.66f)));
    // Ischial spine pointing back and in (§2.2 (0.050, -0.015, -0.035)); the
    // tuberosity (§2.2 lowest point (0.050, -0.058, -0.028)) comes with the
    // body of the ischium below.
    parts.push_back(sdf::roundCone({0.064f, -0.010f, -0.035f}, {0.049f, -0.016f, -0.040f}, 0.0055f, 0.0022f));
    // Pubis, blended broadly: the superior ramus from the acetabulum,
    // widening into the body, with the pecten (sharp upper edge) ending at
    // the pubic tubercle; the body with the symphyseal face about 4 cm tall
    // and inclined (§2.2 front upper point (0, -0.005, 0.057), centre, lower
    // border (0, -0.040, 0.030)), cut at x = 1.25 mm below.
    {
        std::vector<Shape> pubis;
        pubis.push_back(sg::sweep({{{0.078f, 0.012f, 0.016f}, 0.0095f, 0.0090f, 0.0090f},
                                   {{0.060f, 0.006f, 0.033f}, 0.0075f, 0.0080f, 0.0080f},
                                   {{0.042f, 0.000f, 0.043f}, 0.0075f, 0.0074f, 0.0074f},
                                   {{0.026f, -0.010f, 0.045f}, 0.0110f, 0.0066f, 0.0066f},
                                   {{0.016f, -0.016f, 0.045f}, 0.0120f, 0.0060f, 0.0060f}},
                                  vec3(0, 1, 0)));
        pubis.push_back(sg::sweep(
            {{recipes::kIliopubicEminence + vec3(0.0f, 0.003f, 0.0f), 0.0040f, 0.0040f, 0.0040f},
             {{0.046f, 0.008f, 0.044f}, 0.0030f, 0.0030f, 0.0030f},
             {recipes::kPubicTubercle + vec3(0.001f, 0.001f, -0.004f), 0.0040f, 0.0040f, 0.0040f}},
            vec3(0, 1, 0)));
        pubis.push_back(sg::sweep({{{0.0090f, -0.0380f, 0.0290f}, 0.0075f, 0.0042f, 0.0042f, 2.2f},
                                   {{0.0110f, -0.0330f, 0.0330f}, 0.0105f, 0.0058f, 0.0058f, 2.3f},
                                   {{0.0115f, -0.0220f, 0.0420f}, 0.0120f, 0.0064f, 0.0064f, 2.4f},
                                   {{0.0115f, -0.0110f, 0.0500f}, 0.0115f, 0.0058f, 0.0058f, 2.3f},
                                   {{0.0110f, -0.0055f, 0.0535f}, 0.0075f, 0.0032f, 0.0032f, 2.2f}},
                                  vec3(1, 0, 0)));
        parts.push_back(sdf::smoothUnion(pubis, 0.012f));
    }
    // Inferior pubic and ischial rami: a flat strap below the obturator
    // foramen, from the pubic body to the tuberosity.
    {
        std::vector<Station> st = {{{0.013f, -0.037f, 0.029f}, 0.0100f, 0.0050f, 0.0050f},
                                   {{0.024f, -0.048f, 0.018f}, 0.0095f, 0.0045f, 0.0045f},
                                   {{0.036f, -0.054f, 0.003f}, 0.0095f, 0.0048f, 0.0048f},
                                   {{0.046f, -0.055f, -0.013f}, 0.0105f, 0.0055f, 0.0055f},
                                   {{0.052f, -0.050f, -0.025f}, 0.0110f, 0.0065f, 0.0065f}};
        std::vector<vec3> sides;
        for (size_t i = 0; i < st.size(); ++i) {
            vec3 t = i + 1 < st.size() ? st[i + 1].p - st[i].p : st[i].p - st[i - 1].p;
            sides.push_back(glm::cross(of.n, glm::normalize(t)));
        }
        parts.push_back(sg::sweep(st, sides));
    }
    // Body of the ischium (the lateral border of the obturator foramen) from
    // below the acetabulum down to the tuberosity, a rough oval mass facing
    // down and back, blended broadly.
    parts.push_back(sdf::smoothUnion(
        sg::sweep({{{0.073f, -0.008f, -0.018f}, 0.0130f, 0.0095f, 0.0095f},
                   {{0.067f, -0.028f, -0.021f}, 0.0125f, 0.0090f, 0.0090f},
                   {{0.058f, -0.044f, -0.026f}, 0.0115f, 0.0090f, 0.0090f}},
                  vec3(0.70f, 0.0f, 0.71f)),
        sg::ellipsoidAxes({0.054f, -0.042f, -0.033f}, glm::normalize(vec3(0.10f, 0.90f, -0.42f)) * 0.0190f,
                          glm::normalize(vec3(0.0f, 0.42f, 0.91f)) * 0.0100f,
                          glm::normalize(vec3(0.99f, -0.10f, 0.05f)) * 0.0090f),
        0.012f));
    Shape bone = sdf::smoothUnion(parts, 0.0070f);

    // Holes and cuts. The obturator foramen: a lens through the plane of its
    // frame (narrowing away from it, so the tuberosity behind stays whole).
    Shape foramen = sg::ellipsoidAxes(of.c - of.n * 0.003f, of.longAxis * 0.0235f, of.shortAxis * 0.0165f,
                                      of.n * 0.0230f);
    bone = sdf::subtract(bone, foramen, 0.004f);
    bone = sdf::subtract(bone, acetabularCut(), 0.0035f);
    // Sacroiliac joint: the auricular surfaces 1.5 mm apart (the sacrum is
    // evaluated only around the joint).
    {
        Bounds si;
        si.add(vec3(0.030f, 0.030f, -0.100f));
        si.add(vec3(0.080f, 0.160f, 0.000f));
        Shape near = Shape(
            [sacrum, si](const vec3& p) {
                vec3 q = glm::max(glm::max(si.min - p, p - si.max), vec3(0.0f));
                float l = glm::length(q);
                return l > 0.0f ? l + 0.01f : sacrum(p);
            },
            si);
        bone = sdf::subtract(bone, sdf::offset(near, 0.0015f), 0.0015f);
    }
    // Symphysis: the two pubic faces 2.5 mm apart at the midline.
    bone = sdf::intersect(bone, sdf::halfSpace({0.00125f, 0.0f, 0.0f}, {-1.0f, 0.0f, 0.0f}), 0.0f);
    return bone;
}

// ---------------------------------------------------------------------------
// Femur, left (§2.3): head on the hip joint centre, neck along the reference
// axis (neck-shaft 128°, anteversion 12°), trochanters, a 27 mm shaft bowed
// forward, condyles around the knee centre.

Shape femurLeft() {
    const vec3 H = recipes::kHipCentre;
    const vec3 nA = glm::normalize(recipes::kNeckAxis);
    std::vector<Shape> parts;
    // Head, with the fovea capitis facing the acetabular fossa.
    vec3 fovea = glm::normalize(-kAcetabularAxis * 0.8f + acetabularNotchDir() * 0.55f);
    parts.push_back(sdf::subtract(sdf::sphere(H, recipes::kFemoralHeadRadius),
                                  sdf::sphere(H + fovea * 0.0262f, 0.0050f), 0.0015f));
    // Neck: narrowest in its middle, flattened front to back, widening to
    // the intertrochanteric line about 5 cm from the head centre.
    parts.push_back(sg::sweep({{H + nA * 0.008f, 0.0150f, 0.0128f, 0.0128f},
                               {H + nA * 0.024f, 0.0136f, 0.0112f, 0.0112f},
                               {H + nA * 0.040f, 0.0165f, 0.0128f, 0.0128f},
                               {H + nA * 0.054f, 0.0200f, 0.0150f, 0.0150f}},
                              vec3(0, 1, 0)));
    // Greater trochanter: tip (0.127, 0.003, -0.023), most lateral point
    // (0.146, -0.035, -0.010); trochanteric fossa on its medial side.
    parts.push_back(sg::ellipsoidAxes({0.1285f, -0.022f, -0.0155f}, {0.0165f, 0, 0}, {0, 0.0235f, 0}, {0, 0, 0.0195f}));
    parts.push_back(sdf::sphere({0.1245f, -0.0035f, -0.0205f}, 0.0085f));
    // Intertrochanteric crest (behind; the line in front is left smooth).
    parts.push_back(sg::sweep({{{0.125f, -0.008f, -0.026f}, 0.0060f, 0.0050f, 0.0050f},
                               {{0.113f, -0.032f, -0.024f}, 0.0065f, 0.0055f, 0.0055f},
                               {{0.099f, -0.049f, -0.019f}, 0.0055f, 0.0050f, 0.0050f}},
                              vec3(0, 0, 1)));
    // Lesser trochanter: a cone pointing back and in, apex (0.089, -0.054, -0.024).
    {
        vec3 base(0.1005f, -0.053f, -0.011f), apex = recipes::kLesserTrochanter;
        vec3 d = glm::normalize(apex - base);
        parts.push_back(sdf::roundCone(base, apex - d * 0.0050f, 0.0095f, 0.0050f));
    }
    // Shaft, 27 mm, bowed forward (mid-shaft in front of the hip plane),
    // widening below into the distal metaphysis; the linea aspera behind.
    Shape shaft = sg::sweep({{{0.116f, -0.028f, -0.009f}, 0.0175f, 0.0150f, 0.0150f},
                             {{0.111f, -0.070f, -0.004f}, 0.0150f, 0.0140f, 0.0140f},
                             {{0.101f, -0.160f, 0.006f}, 0.0136f, 0.0134f, 0.0134f},
                             {{0.093f, -0.250f, 0.008f}, 0.0136f, 0.0134f, 0.0134f},
                             {{0.085f, -0.330f, 0.004f}, 0.0165f, 0.0140f, 0.0140f},
                             {{0.080f, -0.368f, 0.000f}, 0.0235f, 0.0150f, 0.0150f},
                             {{0.078f, -0.388f, -0.003f}, 0.0280f, 0.0160f, 0.0160f}},
                            vec3(1, 0, 0), 8);
    parts.push_back(sg::sweep({{{0.106f, -0.085f, -0.012f}, 0.0015f, 0.0015f, 0.0015f},
                               {{0.100f, -0.150f, -0.007f}, 0.0042f, 0.0040f, 0.0040f},
                               {{0.093f, -0.260f, -0.006f}, 0.0045f, 0.0040f, 0.0040f},
                               {{0.086f, -0.345f, -0.011f}, 0.0015f, 0.0015f, 0.0015f}},
                              vec3(1, 0, 0)));
    // Distal femur around the knee centre (0.077, -0.422, -0.008): two
    // condyles projecting back, the patellar surface in front, broad
    // epicondyles on the sides, all blended into the metaphysis.
    const vec3 K = recipes::kKneeCentre;
    std::vector<Shape> distal;
    distal.push_back(shaft);
    distal.push_back(sg::ellipsoidAxes(K + vec3(0.0, 0.020f, -0.004f), {0.0310f, 0, 0}, {0, 0.0200f, 0},
                                       {0, 0, 0.0180f})); // metaphysis
    distal.push_back(sg::ellipsoidAxes(K + vec3(0.0205f, -0.004f, -0.009f), {0.0145f, 0, 0}, {0, 0.0220f, 0},
                                       {0, 0, 0.0275f})); // lateral condyle
    distal.push_back(sg::ellipsoidAxes(K + vec3(-0.0205f, -0.006f, -0.009f), {0.0155f, 0, 0}, {0, 0.0230f, 0},
                                       {0, 0, 0.0280f})); // medial condyle
    distal.push_back(sg::ellipsoidAxes(K + vec3(0.0f, 0.018f, 0.013f), {0.0260f, 0, 0}, {0, 0.0240f, 0},
                                       {0, 0, 0.0140f})); // patellar surface
    distal.push_back(sg::ellipsoidAxes(K + vec3(0.029f, 0.004f, -0.005f), {0.0090f, 0, 0}, {0, 0.0120f, 0},
                                       {0, 0, 0.0140f})); // lateral epicondyle
    distal.push_back(sg::ellipsoidAxes(K + vec3(-0.030f, 0.006f, -0.007f), {0.0095f, 0, 0}, {0, 0.0130f, 0},
                                       {0, 0, 0.0150f})); // medial epicondyle
    distal.push_back(sdf::sphere(K + vec3(-0.031f, 0.024f, -0.008f), 0.0045f)); // adductor tubercle
    parts.push_back(sdf::smoothUnion(distal, 0.011f));
    Shape bone = sdf::smoothUnion(parts, 0.0075f);
    // Trochanteric fossa; trochlear groove; intercondylar notch.
    bone = sdf::subtract(bone, sdf::sphere({0.1125f, -0.013f, -0.0265f}, 0.0062f), 0.003f);
    bone = sdf::subtract(bone, sdf::capsule(K + vec3(0.0f, 0.045f, 0.036f), K + vec3(0.0f, -0.006f, 0.028f), 0.0105f),
                         0.005f);
    bone = sdf::subtract(bone, sdf::capsule(K + vec3(0.0f, -0.026f, -0.040f), K + vec3(0.0f, -0.012f, -0.008f), 0.0092f),
                         0.003f);
    return bone;
}

// ---------------------------------------------------------------------------
// Floating ribs (§6.2): curved, flattened bars from the head at T11 / T12,
// back and out round the angle, then forward and down to the tip.

Shape rib(const std::vector<vec3>& path, float headW, float shaftW, float tipW, float thick) {
    std::vector<Station> st;
    for (size_t i = 0; i < path.size(); ++i) {
        float u = float(i) / float(path.size() - 1);
        float w = i == 0 ? headW : (u < 0.6f ? shaftW : shaftW + (tipW - shaftW) * (u - 0.6f) / 0.4f);
        float t = i == 0 ? headW * 0.9f : thick * (1.0f - 0.25f * u);
        st.push_back({path[i], w, t, t, 2.4f});
    }
    return sg::sweep(st, vec3(0, 1, 0), 8);
}

void addRibs(std::vector<Recipe>& out) {
    // Rib 11: head at T11 (0.022, 0.345, -0.030), tip (0.130, 0.300, -0.020).
    {
        const vec3 tip(0.130f, 0.300f, -0.020f);
        std::vector<vec3> p = {{0.0280f, 0.3445f, -0.0330f}, {0.042f, 0.341f, -0.052f}, {0.068f, 0.333f, -0.075f},
                               {0.098f, 0.321f, -0.073f},    {0.118f, 0.311f, -0.057f}, {0.1280f, 0.3040f, -0.0370f},
                               tip - vec3(0.0005f, -0.001f, 0.0030f)};
        recipes::addPaired(out, "rib_11", rib(p, 0.0052f, 0.0062f, 0.0040f, 0.0030f), 0.0010f, {}, 0.0002f);
    }
    // Rib 12: head at T12 (0.020, 0.320, -0.032), tip (0.100, 0.285, -0.060);
    // the head kept clear of the T12 body.
    {
        const vec3 tip(0.100f, 0.285f, -0.060f);
        std::vector<vec3> p = {{0.0265f, 0.3205f, -0.0345f}, {0.036f, 0.318f, -0.047f}, {0.055f, 0.310f, -0.065f},
                               {0.077f, 0.298f, -0.071f},    {0.092f, 0.290f, -0.067f}, tip - vec3(0.0020f, -0.001f, 0.0025f)};
        recipes::addPaired(out, "rib_12", rib(p, 0.0050f, 0.0054f, 0.0036f, 0.0027f), 0.0010f, {}, 0.0002f);
    }
}

} // namespace

void addSkeletonRecipes(std::vector<Recipe>& out) {
    addSpine(out);
    Shape sacrum = sacrumShape();
    addSacrumCoccyx(out, sacrum);
    recipes::addPaired(out, "hip_bone", hipBoneLeft(sacrum), 0.0012f, {}, 0.00018f);
    recipes::addPaired(out, "femur", femurLeft(), 0.0013f, {}, 0.0002f);
    addRibs(out);
}

} // namespace dc
