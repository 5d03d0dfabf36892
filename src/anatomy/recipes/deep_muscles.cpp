// Shape recipes: deep muscles (layer 4) of the posterior abdominal wall and the
// upper medial thigh: psoas major and minor, iliacus, quadratus lumborum,
// pectineus, adductor longus. All paired: built on the left, mirrored.
//
// Figures from ../shared/reference/anatomy-landmarks.md (cited as §n).
// Every muscle is carved out of the bones it lies on (deepgeom::carve, with a
// 0.6 mm gap), so the medial psoas sits against the vertebral bodies and
// discs, the iliacus fills the iliac fossa and the tendons reach the femur
// without entering it. The fibre path of each muscle runs origin -> insertion
// along the belly.
#include <algorithm>
#include <array>
#include <cmath>
#include <memory>
#include <vector>

#include <glm/geometric.hpp>

#include "anatomy/recipe.h"
#include "anatomy/recipes/common.h"
#include "anatomy/recipes/deep_geom.h"

namespace dc {

namespace {

using glm::vec3;
using sdf::Shape;
namespace dg = recipes::deepgeom;
using dg::Station;
using recipes::addPaired;
using recipes::discs;
using recipes::vertebrae;

constexpr float kGap = 0.0006f;   // left between a muscle and a bone
constexpr float kCarveK = 0.002f; // blend of that cut

std::vector<Shape> spineBones() {
    return dg::skeletonShapes({"t12_vertebra", "l1_vertebra", "l2_vertebra", "l3_vertebra", "l4_vertebra",
                               "l5_vertebra", "disc_t12_l1", "disc_l1_l2", "disc_l2_l3", "disc_l3_l4",
                               "disc_l4_l5", "disc_l5_s1", "sacrum"});
}
std::vector<Shape> pelvicBones() { return dg::skeletonShapes({"hip_bone_left", "femur_left", "sacrum"}); }
std::vector<Shape> join(std::vector<Shape> a, const std::vector<Shape>& b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

std::vector<vec3> centres(const std::vector<Station>& st) {
    std::vector<vec3> out;
    for (const auto& s : st) out.push_back(s.p);
    return out;
}

// ---------------------------------------------------------------------------
// Psoas major (§4.1, §4.2).
//
// Belly: a sweep through the centroids of the §4.2 cross-section table with
// its width x AP (T12-L1 2.0 x 1.0 cm ... L4-5 5.0 x 4.1 cm), then the "path
// below L5": sacral ala, pelvic brim lateral to the external iliac vessels,
// over the iliopubic eminence, under the inguinal ligament (psoas part of the
// iliopsoas near (0.068, 0.025, 0.036)), in front of the hip capsule about
// 3 cm from the hip centre, back and medial to the lesser trochanter as a
// flattened tendon.
// Posterior layer: the fascicles from the fronts of the L1-L5 transverse
// processes fill the gutter between body and process ("the back of the
// muscle reaches the transverse processes 2.5-3.5 cm behind the centroid").
// Slips: the anterior fascicles from the margins of the bodies and the discs
// L1-2 .. L4-5 (fibrous arches between); at T12-L1 the belly's own top.
// Below L1 the belly's semi-axes are 94 % of the table's equal-area ellipse:
// the posterior layer and the slips make up the rest of the CSA.
std::vector<Station> psoasBellyStations() {
    return {
        {{0.024f, 0.316f, -0.027f}, 0.0045f, 0.0035f}, // T12 body, lower margin
        {{0.029f, 0.303f, -0.025f}, 0.0100f, 0.0050f}, // T12-L1  2.0 x 1.0
        {{0.032f, 0.287f, -0.021f}, 0.0120f, 0.0065f}, // L1      2.4 x 1.3
        {{0.034f, 0.270f, -0.016f}, 0.0132f, 0.0085f}, // L1-2    2.8 x 1.8
        {{0.037f, 0.252f, -0.012f}, 0.0150f, 0.0113f}, // L2      3.2 x 2.4
        {{0.040f, 0.233f, -0.009f}, 0.0169f, 0.0132f}, // L2-3    3.6 x 2.8
        {{0.043f, 0.215f, -0.008f}, 0.0188f, 0.0150f}, // L3      4.0 x 3.2
        {{0.045f, 0.196f, -0.006f}, 0.0207f, 0.0174f}, // L3-4    4.4 x 3.7
        {{0.047f, 0.177f, -0.007f}, 0.0226f, 0.0188f}, // L4      4.8 x 4.0
        {{0.050f, 0.158f, -0.007f}, 0.0235f, 0.0193f}, // L4-5    5.0 x 4.1 (thickest)
        {{0.053f, 0.139f, -0.010f}, 0.0244f, 0.0183f}, // L5      5.2 x 3.9
        {{0.057f, 0.122f, -0.005f}, 0.0240f, 0.0169f}, // L5-S1 on the ala 5.2 x 3.7
        {{0.062f, 0.075f, 0.016f}, 0.0180f, 0.0135f},  // pelvic brim
        {{0.067f, 0.042f, 0.033f}, 0.0135f, 0.0095f},  // approaching the ligament
        {{0.071f, 0.022f, 0.040f}, 0.0115f, 0.0080f},  // under the ligament, lateral to the eminence
        {{0.075f, 0.003f, 0.038f}, 0.0095f, 0.0065f},  // in front of the hip capsule
        {{0.078f, -0.018f, 0.028f}, 0.0075f, 0.0050f}, // tendon
        {{0.081f, -0.036f, 0.012f}, 0.0065f, 0.0045f},
        {{0.085f, -0.048f, -0.008f}, 0.0060f, 0.0040f}, // back and medial
        {{0.089f, -0.055f, -0.022f}, 0.0055f, 0.0035f}, // lesser trochanter
    };
}

Shape psoasMajorRaw() {
    std::vector<Shape> parts;
    parts.push_back(dg::sweep(psoasBellyStations(), {1, 0, 0}));
    // Posterior layer, from the transverse processes (tips in §2.1).
    parts.push_back(dg::sweep({{{0.029f, 0.288f, -0.031f}, 0.0050f, 0.0045f},
                               {{0.031f, 0.279f, -0.034f}, 0.0065f, 0.0065f},
                               {{0.034f, 0.251f, -0.032f}, 0.0082f, 0.0082f},
                               {{0.037f, 0.219f, -0.029f}, 0.0098f, 0.0088f},
                               {{0.040f, 0.187f, -0.028f}, 0.0108f, 0.0092f},
                               {{0.045f, 0.158f, -0.029f}, 0.0118f, 0.0098f},
                               {{0.052f, 0.135f, -0.020f}, 0.0128f, 0.0092f}},
                              {1, 0, 0}));
    // Anterior slips from the body margins and discs L1-2 .. L4-5: small
    // lobes on the side of each disc, running down and out into the belly.
    for (size_t i = 1; i < 5; ++i) {
        const auto& d = discs()[i];
        float halfW = 0.5f * vertebrae()[i + 1].width;
        vec3 a(halfW + 0.002f, d.y + 0.003f, d.z + 0.001f);
        vec3 b = a + vec3(0.010f, -0.016f, 0.001f);
        parts.push_back(sdf::roundCone(a, b, 0.0045f + 0.0006f * float(i), 0.0060f + 0.0010f * float(i)));
    }
    return sdf::smoothUnion(parts, 0.008f);
}

Shape psoasMajorLeft() { return dg::carve(psoasMajorRaw(), join(spineBones(), pelvicBones()), kGap, kCarveK); }

// ---------------------------------------------------------------------------
// Psoas minor (§4.3): a short belly (7-8 x 1.5-2 cm) on the front of psoas
// major, then a long flat tendon (about 0.8 cm wide) to the iliopubic
// eminence. Suggested path (0.022, 0.300, -0.010) -> belly (0.036, 0.252,
// 0.007) -> (0.046, 0.177, 0.016) -> (0.053, 0.120, 0.016) -> insertion
// (0.057, 0.013, 0.030). The path is laid onto the psoas major surface.
struct PsoasMinor {
    Shape shape;
    std::vector<vec3> fibre;
};

PsoasMinor psoasMinorLeft(const Shape& major) {
    // Origin on the T12-L1 disc and bodies, belly (about 7 cm), flat tendon
    // (half-width, half-thickness), insertion on the iliopubic eminence.
    struct P {
        vec3 p;
        float w, d;
        bool onMajor;
    };
    const std::vector<P> path = {
        {{0.021f, 0.302f, -0.012f}, 0.0035f, 0.0030f, false}, {{0.027f, 0.290f, -0.004f}, 0.0060f, 0.0035f, true},
        {{0.032f, 0.272f, 0.002f}, 0.0080f, 0.0040f, true},   {{0.036f, 0.252f, 0.007f}, 0.0085f, 0.0040f, true},
        {{0.039f, 0.235f, 0.009f}, 0.0075f, 0.0032f, true},   {{0.042f, 0.218f, 0.011f}, 0.0058f, 0.0020f, true},
        {{0.044f, 0.200f, 0.014f}, 0.0046f, 0.0013f, true},   {{0.046f, 0.177f, 0.016f}, 0.0042f, 0.0011f, true},
        {{0.050f, 0.140f, 0.016f}, 0.0042f, 0.0011f, true},   {{0.054f, 0.110f, 0.020f}, 0.0042f, 0.0011f, true},
        {{0.058f, 0.075f, 0.030f}, 0.0040f, 0.0011f, true},   {{0.059f, 0.042f, 0.037f}, 0.0040f, 0.0011f, true},
        {{0.058f, 0.024f, 0.035f}, 0.0040f, 0.0012f, false},  {{0.057f, 0.013f, 0.030f}, 0.0040f, 0.0013f, false},
    };
    // Laid on the front of psoas major, densely so the chords do not dip in.
    const float lift = 0.0006f;
    dg::SweepSpec spec;
    for (size_t i = 0; i < path.size(); ++i) {
        const P& a = path[i];
        vec3 pa = a.onMajor ? dg::snapToSurface(major, a.p, a.d + lift) : a.p;
        spec.stations.push_back({pa, a.w, a.d});
        if (i + 1 == path.size() || !a.onMajor || !path[i + 1].onMajor) continue;
        const P& b = path[i + 1];
        vec3 pb = dg::snapToSurface(major, b.p, b.d + lift);
        int n = std::max(1, int(std::ceil(glm::length(pb - pa) / 0.006f)));
        for (int k = 1; k < n; ++k) {
            float t = float(k) / float(n);
            float w = glm::mix(a.w, b.w, t), d = glm::mix(a.d, b.d, t);
            spec.stations.push_back({dg::snapToSurface(major, glm::mix(pa, pb, t), d + lift), w, d});
        }
    }
    // Width across the path in the plane of the psoas surface.
    for (size_t i = 0; i < spec.stations.size(); ++i) {
        vec3 p = spec.stations[i].p;
        vec3 t = spec.stations[std::min(i + 1, spec.stations.size() - 1)].p - spec.stations[i > 0 ? i - 1 : 0].p;
        vec3 s = glm::cross(dg::gradient(major, p), glm::normalize(t));
        if (glm::length(s) < 1e-3f) s = {1, 0, 0};
        if (s.x < 0) s = -s;
        spec.sides.push_back(glm::normalize(s));
    }
    spec.samplesPerSegment = 3;
    // It rests on psoas major (the uncarved belly is enough there) and its
    // ends on the T12-L1 bodies and the pecten.
    std::vector<Shape> cut = join({psoasMajorRaw()}, dg::skeletonShapes({"t12_vertebra", "l1_vertebra", "disc_t12_l1",
                                                                          "hip_bone_left"}));
    std::vector<vec3> fibre;
    for (const auto& a : path) fibre.push_back(a.p);
    return {dg::carve(dg::sweep(spec), cut, 0.0003f, 0.001f), fibre};
}

// ---------------------------------------------------------------------------
// Iliacus (§4.1, §4.3): a fan filling the iliac fossa, from the inner lip of
// the crest between the ASIS and the sacroiliac joint, 1.5-3 cm thick with its
// centroid near (0.095, 0.090, 0.005); its fibres converge over the brim,
// lateral to psoas, under the inguinal ligament (lateral half of the 4.5 x 2 cm
// iliopsoas) and in front of the hip capsule onto the lateral side of the
// psoas tendon, the lesser trochanter and the shaft below (insertion
// (0.100, -0.066, -0.013)).
//
// The fan is a height field over the fossa: a frame whose plane passes through
// the crest top, the iliac tubercle and the brim (§2.2), the bone surface
// found by casting rays onto the hip bone, and the muscle's front surface a
// gently tilted plane, so the back of the muscle follows the fossa exactly and
// the front is smooth.
struct FossaFrame {
    vec3 o, u, v, n; // origin on the fossa floor; u lateral-forward, v up, n out of the fossa
    vec3 world(float a, float b, float c) const { return o + u * a + v * b + n * c; }
    vec3 local(vec3 p) const {
        vec3 d = p - o;
        return {glm::dot(d, u), glm::dot(d, v), glm::dot(d, n)};
    }
};

FossaFrame fossaFrame() {
    const vec3 crest = recipes::kCrestTop, tubercle = recipes::kIliacTubercle, brim{0.062f, 0.075f, 0.014f};
    vec3 n = glm::normalize(glm::cross(tubercle - crest, brim - crest));
    if (n.z < 0) n = -n; // out of the fossa: forward, medial, up
    vec3 u = glm::normalize(glm::cross(vec3(0, 1, 0), n));
    vec3 v = glm::cross(n, u);
    return {{0.095f, 0.100f, 0.000f}, u, v, n};
}

// Height (along n) of the fossa floor over a grid of (u, v), from rays cast
// onto the hip bone; holes (rays that miss or slip past the brim) are filled
// from their neighbours.
class FossaMap {
public:
    static constexpr float kLo = -0.075f, kStep = 0.003f;
    static constexpr int kN = 51; // 0.15 m square
    explicit FossaMap(const FossaFrame& f) : m_h(kN * kN, 0.0f) {
        const Shape* bone = dg::skeletonShape("hip_bone_left");
        std::vector<bool> ok(kN * kN, false);
        for (int j = 0; j < kN; ++j)
            for (int i = 0; i < kN; ++i) {
                if (!bone) break;
                float a = kLo + kStep * float(i), b = kLo + kStep * float(j);
                vec3 start = f.world(a, b, 0.06f);
                float t = 0.0f;
                for (int k = 0; k < 200 && t < 0.12f; ++k) {
                    float d = (*bone)(start - f.n * t);
                    if (d < 0.0002f) {
                        float h = 0.06f - t;
                        if (h > -0.012f) {
                            m_h[idx(i, j)] = h;
                            ok[idx(i, j)] = true;
                        }
                        break;
                    }
                    t += std::max(d * 0.9f, 0.0003f);
                }
            }
        // Fill the holes by repeated averaging of known neighbours.
        for (int pass = 0; pass < 2 * kN; ++pass) {
            bool any = false;
            std::vector<bool> next = ok;
            for (int j = 0; j < kN; ++j)
                for (int i = 0; i < kN; ++i) {
                    if (ok[idx(i, j)]) continue;
                    float sum = 0.0f;
                    int n = 0;
                    for (int dj = -1; dj <= 1; ++dj)
                        for (int di = -1; di <= 1; ++di) {
                            int a = i + di, b = j + dj;
                            if (a < 0 || b < 0 || a >= kN || b >= kN || !ok[idx(a, b)]) continue;
                            sum += m_h[idx(a, b)];
                            ++n;
                        }
                    if (n) {
                        m_h[idx(i, j)] = sum / float(n);
                        next[idx(i, j)] = true;
                    } else {
                        any = true;
                    }
                }
            ok = next;
            if (!any) break;
        }
    }
    float height(float a, float b) const { return lerp(m_h, a, b); }

private:
    static int idx(int i, int j) { return j * kN + i; }
    static float lerp(const std::vector<float>& g, float a, float b) {
        float x = std::clamp((a - kLo) / kStep, 0.0f, float(kN - 1) - 0.001f);
        float y = std::clamp((b - kLo) / kStep, 0.0f, float(kN - 1) - 0.001f);
        int i = int(x), j = int(y);
        float fx = x - float(i), fy = y - float(j);
        float h0 = g[size_t(idx(i, j))] * (1 - fx) + g[size_t(idx(i + 1, j))] * fx;
        float h1 = g[size_t(idx(i, j + 1))] * (1 - fx) + g[size_t(idx(i + 1, j + 1))] * fx;
        return h0 * (1 - fy) + h1 * fy;
    }
    std::vector<float> m_h;
};

// Signed distance to a closed 2-D polygon (negative inside).
float polygonDistance(float x, float y, const std::vector<std::array<float, 2>>& poly) {
    float d = 1e9f, s = 1.0f;
    size_t n = poly.size();
    for (size_t i = 0, j = n - 1; i < n; j = i++) {
        float ex = poly[j][0] - poly[i][0], ey = poly[j][1] - poly[i][1];
        float wx = x - poly[i][0], wy = y - poly[i][1];
        float h = std::clamp((wx * ex + wy * ey) / (ex * ex + ey * ey), 0.0f, 1.0f);
        float bx = wx - ex * h, by = wy - ey * h;
        d = std::min(d, bx * bx + by * by);
        bool c1 = y >= poly[i][1], c2 = y < poly[j][1], c3 = ex * wy > ey * wx;
        if ((c1 && c2 && c3) || (!c1 && !c2 && !c3)) s = -s;
    }
    return s * std::sqrt(d);
}

// Outline of the iliacus origin in the fossa frame (metres): inner lip of the
// crest from the iliolumbar region over the crest top and the tubercle to the
// ASIS, the anterior border down to the AIIS, the brim (arcuate line) back to
// the sacroiliac joint and the ala.
const std::vector<std::array<float, 2>>& iliacusOutline() {
    static const std::vector<std::array<float, 2>> o = {
        {-0.046f, 0.052f}, {-0.030f, 0.061f}, {-0.010f, 0.061f}, {0.010f, 0.055f}, {0.028f, 0.044f},
        {0.035f, 0.028f},  {0.041f, 0.016f},  {0.045f, 0.000f},  {0.047f, -0.020f}, {0.040f, -0.034f},
        {0.025f, -0.046f}, {0.005f, -0.056f}, {-0.015f, -0.056f}, {-0.029f, -0.045f}, {-0.034f, -0.025f},
        {-0.041f, -0.008f}, {-0.050f, 0.005f}, {-0.051f, 0.030f},
    };
    return o;
}

// Front surface of the fan (height along n): a gently tilted plane, rising
// laterally with the fossa floor; the muscle is 1-3 cm thick in the middle
// of the fossa and thins to its rim.
float iliacusFront(float a, float b) { return 0.024f - 0.03f * b + 0.12f * a; }

Shape iliacusFan(const FossaFrame& f, std::shared_ptr<const FossaMap> map) {
    Bounds bb;
    for (const auto& q : iliacusOutline())
        for (float c : {-0.012f, 0.040f}) bb.add(f.world(q[0], q[1], c));
    bb.min -= vec3(0.005f);
    bb.max += vec3(0.005f);
    return Shape(
        [f, map](const vec3& p) {
            vec3 l = f.local(p);
            float dout = polygonDistance(l.x, l.y, iliacusOutline()) + 0.003f;
            float h = map->height(l.x, l.y) + kGap;
            float thick = std::max(iliacusFront(l.x, l.y) - h, 0.006f);
            // Thin towards the rim; along the lower border the converging belly
            // (a separate sweep) takes over, so taper there over a wider band.
            float band = 0.016f + 0.024f * dg::smoothstep(-0.02f, -0.05f, l.y);
            thick *= 0.3f + 0.7f * dg::smoothstep(0.0f, band, -dout);
            thick = std::max(thick, 0.0035f);
            float s = l.z - h;
            float slab = std::max(-s, s - thick) * 0.8f;
            return dg::smax(slab, dout, 0.004f);
        },
        bb);
}

struct Iliacus {
    Shape shape;
    std::vector<vec3> fibre;
};

Iliacus iliacusLeft(const Shape& psoas) {
    FossaFrame f = fossaFrame();
    auto map = std::make_shared<const FossaMap>(f);
    auto onFan = [&](float a, float b) {
        float h = map->height(a, b);
        float thick = std::max(iliacusFront(a, b) - h, 0.008f);
        return f.world(a, b, h + 0.5f * thick);
    };
    std::vector<Shape> parts{iliacusFan(f, map)};
    // The converging belly: from the middle of the fan down over the anterior
    // border of the ilium between the AIIS and the brim, the lateral half of
    // the iliopsoas under the inguinal ligament (4.5 x 2 cm in all, §4.2), in
    // front of the hip capsule lateral to the psoas tendon, then onto the
    // lesser trochanter and the shaft just below it.
    const vec3 across = glm::normalize(vec3(1.0f, 0.0f, 0.3f));
    dg::SweepSpec belly;
    belly.stations = {
        {onFan(0.012f, -0.005f), 0.028f, 0.0090f},          {onFan(0.014f, -0.035f), 0.021f, 0.0110f},
        {{0.088f, 0.058f, 0.034f}, 0.0180f, 0.0105f},      {{0.091f, 0.030f, 0.036f}, 0.0115f, 0.0090f},
        {{0.091f, 0.002f, 0.033f}, 0.0100f, 0.0080f},      {{0.093f, -0.028f, 0.022f}, 0.0095f, 0.0070f},
        {{0.096f, -0.050f, 0.006f}, 0.0080f, 0.0055f},     {{0.100f, -0.066f, -0.008f}, 0.0060f, 0.0040f},
    };
    belly.sides = {f.u, f.u, across, across, across, across, across, across};
    parts.push_back(dg::sweep(belly));
    // Nothing of the belly goes below the fossa floor (where the wing is thin
    // it would come out on the gluteal side); below the fossa it passes freely
    // over the brim and the anterior border.
    Shape aboveFloor(
        [f, map](const vec3& p) {
            vec3 l = f.local(p);
            float below = (map->height(l.x, l.y) + kGap - l.z) * 0.8f;
            float w = dg::smoothstep(-0.050f, -0.036f, l.y);
            return w * below + (1.0f - w) * -0.02f;
        },
        sdf::smoothUnion(parts, 0.008f).bounds());
    Shape raw = sdf::intersect(sdf::smoothUnion(parts, 0.008f), aboveFloor, 0.002f);
    std::vector<Shape> cut = pelvicBones();
    cut.push_back(psoas);
    // Room for the straight head of rectus femoris, which arises from the
    // AIIS (§2.2) and lies on the front of the iliacus as it descends.
    cut.push_back(sdf::roundCone(recipes::kAiis + vec3(0.001f, 0.003f, 0.007f), {0.101f, -0.002f, 0.052f}, 0.0065f,
                                 0.0075f));
    std::vector<vec3> fibre = {onFan(-0.015f, 0.045f)};
    for (const auto& s : belly.stations) fibre.push_back(s.p);
    return {dg::carve(raw, cut, kGap, kCarveK), fibre};
}

// ---------------------------------------------------------------------------
// Quadratus lumborum (§4.1, §4.3): a quadrilateral sheet from the iliolumbar
// ligament and the posterior iliac crest up to the medial half of rib 12
// (head (0.020, 0.320, -0.032), tip (0.100, 0.285, -0.060)), with slips to the
// L1-L4 transverse tips; 1.5-2 cm thick at L3-4 (CSA 4-7 cm2), centroid at L3
// near (0.065, 0.215, -0.045), behind the lateral psoas and the kidney.
std::vector<Station> quadratusStations() {
    return {
        {{0.072f, 0.152f, -0.046f}, 0.0225f, 0.0050f}, // iliolumbar ligament .. posterior crest
        {{0.070f, 0.172f, -0.047f}, 0.0235f, 0.0075f},
        {{0.067f, 0.215f, -0.046f}, 0.0230f, 0.0090f}, // L3: 4.6 x 1.8 cm
        {{0.061f, 0.252f, -0.046f}, 0.0200f, 0.0080f},
        {{0.053f, 0.281f, -0.045f}, 0.0175f, 0.0060f},
        {{0.045f, 0.304f, -0.042f}, 0.0160f, 0.0045f}, // under rib 12, medial half
    };
}

Shape quadratusLeft(const Shape& psoas) {
    dg::SweepSpec spec;
    spec.stations = quadratusStations();
    spec.sides = {glm::normalize(vec3(1.0f, 0.0f, 0.25f))};
    spec.exponent = 2.6f;
    std::vector<Shape> parts{dg::sweep(spec)};
    // Slips to the L1-L4 transverse tips (§2.1).
    for (size_t i = 1; i <= 4; ++i) {
        vec3 tip = vertebrae()[i].transverseTip;
        parts.push_back(sdf::roundCone(tip + vec3(0.001f, -0.002f, 0.002f), tip + vec3(0.014f, -0.010f, 0.0f),
                                       0.0025f, 0.0040f));
    }
    Shape raw = sdf::smoothUnion(parts, 0.008f);
    std::vector<Shape> cut = join(spineBones(), dg::skeletonShapes({"hip_bone_left", "rib_12_left", "rib_11_left"}));
    cut.push_back(psoas);
    return dg::carve(raw, cut, kGap, kCarveK);
}

// ---------------------------------------------------------------------------
// A flat muscle as a band of fibre bundles: each bundle runs from a point of
// the origin line to the matching point of the insertion line, with a
// section that is wide in the plane of the sheet and thin across it; the
// bundles blend into one sheet. Half-widths in the sheet, half-thicknesses
// across it, per station along the fibres (origin, middle, insertion).
struct SheetSpec {
    vec3 origin0, origin1;       // origin line, ends
    vec3 insertion0, insertion1; // insertion line, matching ends
    int bundles;
    float halfWidth[3], halfThick[3];
    vec3 bulge; // added to the middle station (belly bowed off the bone)
};

Shape sheet(const SheetSpec& m) {
    std::vector<Shape> parts;
    for (int i = 0; i < m.bundles; ++i) {
        float t = m.bundles > 1 ? float(i) / float(m.bundles - 1) : 0.5f;
        vec3 a = glm::mix(m.origin0, m.origin1, t), c = glm::mix(m.insertion0, m.insertion1, t);
        vec3 b = 0.5f * (a + c) + m.bulge;
        // Normal of the sheet at this bundle.
        vec3 along = glm::normalize(c - a);
        vec3 across = glm::normalize(glm::mix(m.origin1 - m.origin0, m.insertion1 - m.insertion0, 0.5f));
        vec3 n = glm::normalize(glm::cross(along, across));
        dg::SweepSpec spec;
        spec.stations = {{a, m.halfThick[0], m.halfWidth[0]}, {b, m.halfThick[1], m.halfWidth[1]},
                         {c, m.halfThick[2], m.halfWidth[2]}};
        spec.sides = {n};
        spec.samplesPerSegment = 6;
        parts.push_back(dg::sweep(spec));
    }
    return sdf::smoothUnion(parts, 0.006f);
}

// Pectineus (§4.1): flat and quadrangular, from the pecten pubis (between the
// pubic tubercle (0.027, 0, 0.057) and the iliopubic eminence) down, back and
// out to the pectineal line, from the lesser trochanter down towards the
// linea aspera; in the floor of the femoral triangle, medial to the
// iliopsoas. Its fibres twist: the medial ones reach lowest.
SheetSpec pectineusSpec() {
    SheetSpec m;
    m.origin0 = {0.033f, 0.006f, 0.051f};     // by the pubic tubercle
    m.origin1 = {0.060f, 0.014f, 0.035f};     // by the iliopubic eminence
    m.insertion0 = {0.094f, -0.094f, -0.006f}; // pectineal line, lower end
    m.insertion1 = {0.091f, -0.060f, -0.014f}; // just below the lesser trochanter
    m.bundles = 3;
    m.halfWidth[0] = 0.0090f, m.halfWidth[1] = 0.0085f, m.halfWidth[2] = 0.0065f;
    m.halfThick[0] = 0.0040f, m.halfThick[1] = 0.0065f, m.halfThick[2] = 0.0030f;
    m.bulge = {-0.004f, 0.0f, 0.005f};
    return m;
}

Shape pectineusLeft(const Shape& psoas, const Shape& iliacus) {
    std::vector<Shape> cut = pelvicBones();
    cut.push_back(psoas);
    cut.push_back(iliacus);
    return dg::carve(sheet(pectineusSpec()), cut, kGap, kCarveK);
}

std::vector<vec3> sheetFibre(const SheetSpec& m) {
    vec3 a = 0.5f * (m.origin0 + m.origin1), c = 0.5f * (m.insertion0 + m.insertion1);
    return {a, 0.5f * (a + c) + m.bulge, c};
}

// ---------------------------------------------------------------------------
// Adductor longus (§4.1, §4.4): from the front of the pubic body beside the
// symphysis (fitted (0.020, -0.011, 0.050)) by a narrow rounded tendon, then a
// flat triangle whose base inserts along the middle third of the linea aspera
// (fitted (0.096, -0.248, 0.012)), on its medial lip.
struct Adductor {
    Shape shape;
    std::vector<vec3> fibre;
};

Adductor adductorLongusLeft(const Shape& pectineus) {
    const vec3 apex{0.021f, -0.012f, 0.051f};
    const vec3 tendonEnd{0.031f, -0.045f, 0.055f};
    std::vector<Shape> parts;
    parts.push_back(dg::sweep({{apex, 0.0055f, 0.0042f}, {tendonEnd, 0.0085f, 0.0060f}}, {1, 0, 0.3f}));
    SheetSpec m;
    m.origin0 = tendonEnd + vec3(-0.004f, 0.004f, 0.0f);
    m.origin1 = tendonEnd + vec3(0.004f, -0.004f, 0.0f);
    m.insertion0 = {0.090f, -0.178f, 0.006f}; // medial lip of the linea aspera, upper end
    m.insertion1 = {0.094f, -0.268f, 0.004f}; // lower end
    m.bundles = 5;
    m.halfWidth[0] = 0.0070f, m.halfWidth[1] = 0.0100f, m.halfWidth[2] = 0.0110f;
    m.halfThick[0] = 0.0060f, m.halfThick[1] = 0.0065f, m.halfThick[2] = 0.0025f;
    m.bulge = {-0.008f, 0.0f, -0.009f};
    parts.push_back(sheet(m));
    Shape raw = sdf::smoothUnion(parts, 0.010f);
    std::vector<Shape> cut = pelvicBones();
    cut.push_back(pectineus);
    std::vector<vec3> fibre = {apex, tendonEnd, 0.5f * (m.insertion0 + m.insertion1) + vec3(-0.01f, 0.04f, 0.02f),
                               0.5f * (m.insertion0 + m.insertion1)};
    return {dg::carve(raw, cut, kGap, kCarveK), fibre};
}

} // namespace

namespace {

// The left-side recipes, built once (the nerve recipes lay their nerves on
// these shapes too).
const std::vector<Recipe>& leftRecipes() {
    static const std::vector<Recipe> r = [] {
        std::vector<Recipe> v;
        auto add = [&](const char* id, Shape s, float voxel, std::vector<vec3> fibre, float err) {
            v.push_back({id, std::move(s), voxel, std::move(fibre), err});
        };
        Shape psoas = psoasMajorLeft();
        add("psoas_major", psoas, 0.0015f, centres(psoasBellyStations()), 0.0005f);
        PsoasMinor minor = psoasMinorLeft(psoas);
        add("psoas_minor", minor.shape, 0.0010f, minor.fibre, 0.0003f);
        // The others keep clear of the (uncarved) psoas belly: cheaper, and
        // never closer than the carved one.
        Shape psoasBelly = psoasMajorRaw();
        Iliacus iliacus = iliacusLeft(psoasBelly);
        add("iliacus", iliacus.shape, 0.0015f, iliacus.fibre, 0.0005f);
        add("quadratus_lumborum", quadratusLeft(psoasBelly), 0.0015f, centres(quadratusStations()), 0.0005f);
        Shape pectineus = pectineusLeft(psoasBelly, iliacus.shape);
        add("pectineus", pectineus, 0.0015f, sheetFibre(pectineusSpec()), 0.0005f);
        Adductor al = adductorLongusLeft(pectineus);
        add("adductor_longus", al.shape, 0.0018f, al.fibre, 0.0005f);
        return v;
    }();
    return r;
}

} // namespace

void addDeepMuscleRecipes(std::vector<Recipe>& out) {
    for (const Recipe& r : leftRecipes()) addPaired(out, r.id, r.shape, r.voxelSize, r.fibrePath, r.simplifyError);
}

} // namespace dc
