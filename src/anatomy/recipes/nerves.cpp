// Shape recipes: nerves (layer 5): the lumbar plexus branches, the
// lumbosacral trunk and the sciatic nerve. All paired: built on the left,
// mirrored.
//
// Courses and sizes from ../shared/reference/anatomy-landmarks.md §5.1
// (roots, exit from psoas, diameter) and §5.2 (waypoints, left side).
//
// Each nerve of the plexus begins at the intervertebral foramina of its roots
// and runs *inside* psoas major (the plexus forms between its anterior and
// posterior fascicles, §4.2) to the border where it emerges, so peeling the
// psoas shows where it comes from. Outside the psoas the waypoints that the
// reference puts on a surface are laid on that surface (snapped to the
// neighbouring recipe's distance field at the nerve's radius plus a hair):
// front of quadratus lumborum, on iliacus under its fascia, in the
// psoas-iliacus groove, between transversus and internal oblique, over
// sartorius, on the sacrum. Points between two surface waypoints on the same
// surface are laid on it too, so the nerve follows the muscle's curve.
#include <algorithm>
#include <cmath>
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

constexpr float kVoxel = 0.0007f;     // nerves: 2-3 mm across stay round
constexpr float kSimplify = 0.0003f;  // metres the simplifier may move the surface
constexpr float kLift = 0.0003f;      // gap between a nerve and the surface it lies on

// ---------------------------------------------------------------------------
// Routing: a waypoint, free or laid on / kept off a neighbouring shape.
enum class On { Free, Surface, Groove, Off, Outside };

struct Way {
    vec3 p;
    float w, d; // half-width (along the surface), half-thickness (off it)
    On on = On::Free;
    const Shape* a = nullptr;
    const Shape* b = nullptr;
    float offset = -1.0f; // centre's distance from the surface; < 0: d + lift
};

Way free(vec3 p, float w, float d = -1) { return {p, w, d < 0 ? w : d}; }
Way onSurface(const Shape* s, vec3 p, float w, float d = -1) {
    return {p, w, d < 0 ? w : d, s ? On::Surface : On::Free, s};
}
// Where a nerve comes out of a muscle: its centre on the muscle's surface.
Way emerging(const Shape* s, vec3 p, float w0, float d = -1) {
    Way w = onSurface(s, p, w0, d);
    w.offset = 0.0f;
    return w;
}
// In the groove where two shapes meet, seen from the front (dropInGroove).
Way inGroove(const Shape* a, const Shape* b, vec3 p, float w, float d = -1) {
    if (!a || !b) return onSurface(a ? a : b, p, w, d);
    return {p, w, d < 0 ? w : d, On::Groove, a, b};
}
// Laid on the outer face of a sheet of the abdominal wall (between it and
// the next layer out): dropped onto it from outside along the wall's normal.
Way onOuterFace(const Shape* s, vec3 p, float w, float d = -1) {
    return {p, w, d < 0 ? w : d, s ? On::Outside : On::Free, s};
}
// Kept outside a shape (pushed out only if closer than the radius).
Way offShape(const Shape* s, vec3 p, float w, float d = -1) {
    return {p, w, d < 0 ? w : d, s ? On::Off : On::Free, s};
}

// A nerve of half-width w and half-thickness d laid in the groove where two
// shapes meet, seen from the front: the surface of their union is sampled
// across the groove (rays cast backwards), and the nerve is dropped where it
// rests lowest with its whole width clear of both walls.
vec3 dropInGroove(const Shape& a, const Shape& b, vec3 p, float w, float d) {
    const vec3 front(0, 0, 1), lateral(1, 0, 0);
    const float search = 0.010f, step = 0.0005f, reach = 0.06f;
    Shape both = sdf::unite(a, b);
    auto height = [&](float t) {
        vec3 q = p + lateral * t + front * reach;
        float s = 0.0f;
        for (int k = 0; k < 200 && s < 2.0f * reach; ++k) {
            float dist = both(q - front * s);
            if (dist < 1e-4f) return reach - s;
            s += std::max(dist * 0.9f, 1e-4f);
        }
        return -reach;
    };
    int n = int(std::ceil((search + w) / step));
    std::vector<float> h(size_t(2 * n + 1));
    for (int i = -n; i <= n; ++i) h[size_t(i + n)] = height(float(i) * step);
    int span = int(std::ceil(0.8f * w / step)), m = int(std::ceil(search / step));
    float bestNeed = 1e9f, bestS = 0.0f;
    for (int i = -m; i <= m; ++i) {
        float need = -1e9f;
        for (int j = i - span; j <= i + span; ++j) need = std::max(need, h[size_t(j + n)]);
        need += d + kLift;
        // Prefer the groove nearest the given point when two are as low.
        need += 0.02f * std::abs(float(i) * step);
        if (need < bestNeed) {
            bestNeed = need;
            bestS = float(i) * step;
        }
    }
    return p + lateral * bestS + front * (bestNeed - 0.02f * std::abs(bestS));
}

// Outward from the body's long axis at the height of p (the wall's normal,
// roughly).
vec3 outward(vec3 p) { return glm::normalize(vec3(p.x, 0.0f, p.z + 0.010f)); }

// The first point of s met coming in from outside along -dir, lifted off it.
vec3 dropOnto(const Shape& s, vec3 p, vec3 dir, float d) {
    const float reach = 0.05f;
    vec3 q = p + dir * reach;
    float t = 0.0f;
    for (int k = 0; k < 300 && t < 2.0f * reach; ++k) {
        float dist = s(q - dir * t);
        if (dist < 1e-4f) return q - dir * (t - d - kLift);
        t += std::max(dist * 0.9f, 1e-4f);
    }
    return dg::snapToSurface(s, p, d + kLift);
}

vec3 place(const Way& w) {
    float r = w.offset >= 0.0f ? w.offset : w.d + kLift;
    switch (w.on) {
    case On::Free: return w.p;
    case On::Surface: return dg::snapToSurface(*w.a, w.p, r);
    case On::Off: return (*w.a)(w.p) < r ? dg::snapToSurface(*w.a, w.p, r) : w.p;
    case On::Groove: {
        return dropInGroove(*w.a, *w.b, w.p, w.w, w.d);
    }
    case On::Outside: return dropOnto(*w.a, w.p, outward(w.p), w.d);
    }
    return w.p;
}

bool sameSurface(const Way& a, const Way& b) {
    return a.on == b.on && a.a == b.a && a.b == b.b &&
           (a.on == On::Surface || a.on == On::Groove || a.on == On::Outside);
}

// The stations of a nerve through its waypoints: surface points placed, and
// the stretch between two points on the same surface subdivided (about every
// 8 mm) and laid on it as well. Sides: the width lies along the surface.
struct Route {
    std::vector<Station> st;
    std::vector<vec3> sides;
};

// The skeleton, for keeping the nerves off it.
const Shape* skeletonUnion() {
    static const Shape s = [] {
        std::vector<Shape> b = dg::skeletonShapes({"hip_bone_left", "sacrum", "femur_left", "t12_vertebra",
                                                   "l1_vertebra", "l2_vertebra", "l3_vertebra", "l4_vertebra",
                                                   "l5_vertebra", "disc_l4_l5", "disc_l5_s1", "rib_12_left"});
        return b.empty() ? Shape() : sdf::smoothUnion(b, 0.0f);
    }();
    return s.valid() ? &s : nullptr;
}

// Stations no more than 5 mm apart, each pushed out of the bones to the
// nerve's radius (the first, at a foramen, stays): no chord cuts a bone.
void keepClearOfBones(std::vector<Way>& dense, std::vector<vec3>& placed) {
    const Shape* bones = skeletonUnion();
    if (!bones || placed.size() < 2) return;
    std::vector<Way> w2;
    std::vector<vec3> p2;
    for (size_t i = 0; i < placed.size(); ++i) {
        w2.push_back(dense[i]);
        p2.push_back(placed[i]);
        if (i + 1 == placed.size()) break;
        int n = std::max(1, int(std::ceil(glm::length(placed[i + 1] - placed[i]) / 0.005f)));
        for (int k = 1; k < n; ++k) {
            float t = float(k) / float(n);
            Way m = dense[i];
            if (!sameSurface(dense[i], dense[i + 1])) m.on = On::Free;
            m.w = glm::mix(dense[i].w, dense[i + 1].w, t);
            m.d = glm::mix(dense[i].d, dense[i + 1].d, t);
            w2.push_back(m);
            p2.push_back(glm::mix(placed[i], placed[i + 1], t));
        }
    }
    for (size_t i = 1; i < p2.size(); ++i) {
        float r = std::max(w2[i].w, w2[i].d) + kLift;
        if ((*bones)(p2[i]) < r) p2[i] = dg::snapToSurface(*bones, p2[i], r);
    }
    dense = std::move(w2);
    placed = std::move(p2);
}

// A few rounds of Laplacian smoothing of the stations (ends fixed), laying
// the ones that belong on a surface back onto it: no kinks where a free
// stretch meets a laid one. Stations in a groove or on the wall stay put.
void smoothRoute(const std::vector<Way>& dense, std::vector<vec3>& placed) {
    if (placed.size() < 3) return;
    for (int round = 0; round < 4; ++round) {
        std::vector<vec3> next = placed;
        for (size_t i = 1; i + 1 < placed.size(); ++i) {
            if (dense[i].on == On::Groove || dense[i].on == On::Outside) continue;
            next[i] = glm::mix(placed[i], 0.5f * (placed[i - 1] + placed[i + 1]), 0.5f);
            if (dense[i].on == On::Surface) {
                Way w = dense[i];
                w.p = next[i];
                next[i] = place(w);
            }
        }
        placed = std::move(next);
    }
}

Route route(const std::vector<Way>& ways, vec3 hint = {1, 0, 0}) {
    std::vector<Way> dense;
    std::vector<vec3> placed;
    for (size_t i = 0; i < ways.size(); ++i) {
        vec3 pi = place(ways[i]);
        dense.push_back(ways[i]);
        placed.push_back(pi);
        if (i + 1 < ways.size() && sameSurface(ways[i], ways[i + 1])) {
            vec3 pj = place(ways[i + 1]);
            int n = std::max(1, int(std::ceil(glm::length(pj - pi) / 0.008f)));
            for (int k = 1; k < n; ++k) {
                float t = float(k) / float(n);
                Way m = ways[i];
                m.p = glm::mix(pi, pj, t);
                m.w = glm::mix(ways[i].w, ways[i + 1].w, t);
                m.d = glm::mix(ways[i].d, ways[i + 1].d, t);
                dense.push_back(m);
                placed.push_back(place(m));
            }
        }
    }
    keepClearOfBones(dense, placed);
    smoothRoute(dense, placed);
    keepClearOfBones(dense, placed);
    Route r;
    vec3 prev = hint;
    for (size_t i = 0; i < dense.size(); ++i) {
        r.st.push_back({placed[i], dense[i].w, dense[i].d});
        vec3 t = placed[std::min(i + 1, placed.size() - 1)] - placed[i > 0 ? i - 1 : 0];
        t = glm::length(t) > 1e-6f ? glm::normalize(t) : vec3(0, -1, 0);
        vec3 side = hint;
        if (dense[i].a && (dense[i].on == On::Surface || dense[i].on == On::Groove)) {
            // Out of the surface; out of a groove, between its two walls.
            vec3 n = dg::gradient(*dense[i].a, placed[i]);
            if (dense[i].on == On::Groove) n = glm::normalize(n + dg::gradient(*dense[i].b, placed[i]));
            vec3 s = glm::cross(n, t);
            if (glm::length(s) > 1e-3f) side = glm::normalize(s);
        }
        if (glm::dot(side, prev) < 0) side = -side;
        r.sides.push_back(side);
        prev = side;
    }
    return r;
}

Shape nerveSweep(const std::vector<Way>& ways, vec3 hint = {1, 0, 0}) {
    Route r = route(ways, hint);
    dg::SweepSpec s;
    s.stations = r.st;
    s.sides = r.sides;
    s.samplesPerSegment = 2;
    return dg::sweep(s);
}

// ---------------------------------------------------------------------------
// Neighbours and roots.
const Shape* psoas() { return dg::deepMuscleShape("psoas_major_left"); }
const Shape* iliacus() { return dg::deepMuscleShape("iliacus_left"); }
const Shape* quadratus() { return dg::deepMuscleShape("quadratus_lumborum_left"); }
const Shape* wall(const char* id) { return dg::wallShape(id); }
const Shape* bone(const char* id) { return dg::skeletonShape(id); }

// Spine as one shape (vertebrae and discs), to keep the roots out of it.
const Shape* spine() {
    static const Shape s = [] {
        std::vector<Shape> b = dg::skeletonShapes({"t12_vertebra", "l1_vertebra", "l2_vertebra", "l3_vertebra",
                                                   "l4_vertebra", "l5_vertebra", "disc_t12_l1", "disc_l1_l2",
                                                   "disc_l2_l3", "disc_l3_l4", "disc_l4_l5", "disc_l5_s1", "sacrum"});
        return b.empty() ? Shape() : sdf::smoothUnion(b, 0.0f);
    }();
    return s.valid() ? &s : nullptr;
}

// Ventral ramus of a lumbar spinal nerve at its intervertebral foramen, just
// behind the disc and lateral to the pedicles (est. from §2.1 and §3.1):
// level 0 = T12-L1 .. 5 = L5-S1. Kept clear of the bones.
vec3 foramen(int level, float r) {
    const auto& d = recipes::discs()[size_t(level)];
    float depth = recipes::vertebrae()[size_t(std::min(level + 1, 5))].depth;
    vec3 p(0.025f + 0.001f * float(level), d.y + 0.004f, d.z - 0.5f * depth - 0.002f);
    if (level == 0) p = {0.020f, 0.305f, -0.045f}; // §5.2 subcostal
    if (level == 5) p = {0.030f, 0.127f, -0.043f};
    const Shape* s = spine();
    return s ? place(offShape(s, p, r)) : p;
}

// A root: from the foramen, out into the psoas (between its layers), to a
// junction point on the trunk.
std::vector<Way> root(int level, vec3 junction, float r) {
    vec3 f = foramen(level, r);
    vec3 mid = glm::mix(f, junction, 0.45f) + vec3(0.004f, -0.002f, 0.002f);
    return {free(f, r), free(mid, r), free(junction, r)};
}

Shape joined(std::vector<Shape> parts) { return sdf::smoothUnion(parts, 0.0015f); }

// ---------------------------------------------------------------------------
// Subcostal (T12, 2-3 mm): no passage through psoas; under rib 12 behind the
// lateral arcuate ligament, on the front of quadratus lumborum behind the
// kidney, through transversus, between it and internal oblique to the lower
// anterior wall.
Shape subcostal() {
    const float r = 0.00125f;
    const Shape* ta = wall("transversus_abdominis_left");
    return nerveSweep({
        free(foramen(0, r), r),
        offShape(bone("rib_12_left"), {0.060f, 0.295f, -0.050f}, r),
        onSurface(quadratus(), {0.078f, 0.288f, -0.040f}, r),
        free({0.112f, 0.272f, -0.036f}, r),
        onOuterFace(ta, {0.134f, 0.222f, 0.018f}, r),
        onOuterFace(ta, {0.122f, 0.190f, 0.062f}, r),
        onOuterFace(ta, {0.090f, 0.160f, 0.098f}, r * 0.8f),
    });
}

// Iliohypogastric (L1, 2 mm): lateral border of psoas at L1-2, front of
// quadratus lumborum, through transversus above the crest, between the
// layers, through internal oblique 2 cm above-medial to the ASIS, under the
// external oblique aponeurosis to the skin above the superficial ring.
Shape iliohypogastric() {
    const float r = 0.0010f;
    const Shape* ta = wall("transversus_abdominis_left");
    const Shape* io = wall("internal_oblique_left");
    // Out of the back of the lateral border, straight onto quadratus
    // lumborum in the narrow space behind the kidney.
    vec3 j{0.036f, 0.270f, -0.029f};
    std::vector<Way> w = root(1, j, r);
    w.push_back(emerging(psoas(), {0.049f, 0.266f, -0.031f}, r));
    w.push_back(onSurface(quadratus(), {0.064f, 0.256f, -0.038f}, r));
    w.push_back(onSurface(quadratus(), {0.080f, 0.235f, -0.037f}, r));
    w.push_back(free({0.120f, 0.170f, -0.026f}, r));
    w.push_back(onOuterFace(ta, {0.135f, 0.130f, 0.010f}, r));
    w.push_back(onOuterFace(ta, {0.118f, 0.102f, 0.055f}, r));
    w.push_back(onOuterFace(io, {0.100f, 0.088f, 0.070f}, r));
    w.push_back(onOuterFace(io, {0.060f, 0.055f, 0.080f}, r));
    w.push_back(onOuterFace(io, {0.035f, 0.040f, 0.085f}, r * 0.8f));
    return nerveSweep(w);
}

// Ilioinguinal (L1, 1.5-2 mm): just below the iliohypogastric, front of
// quadratus lumborum, over the upper iliacus, through transversus near the
// anterior crest and internal oblique, along the inguinal canal to the
// superficial ring and the medial thigh.
Shape ilioinguinal() {
    const float r = 0.0009f;
    const Shape* ta = wall("transversus_abdominis_left");
    vec3 j{0.038f, 0.260f, -0.029f};
    std::vector<Way> w = root(1, j, r);
    w.push_back(emerging(psoas(), {0.052f, 0.252f, -0.031f}, r));
    w.push_back(onSurface(quadratus(), {0.066f, 0.240f, -0.038f}, r));
    w.push_back(onSurface(quadratus(), {0.080f, 0.212f, -0.037f}, r));
    w.push_back(onSurface(iliacus(), {0.102f, 0.160f, -0.018f}, r));
    // Over the inner lip of the crest, behind the anterior superior spine.
    w.push_back(free({0.113f, 0.146f, 0.000f}, r));
    w.push_back(onOuterFace(ta, {0.126f, 0.136f, 0.026f}, r));
    w.push_back(free({0.110f, 0.075f, 0.060f}, r));
    w.push_back(free({0.085f, 0.055f, 0.062f}, r));
    w.push_back(free({0.060f, 0.040f, 0.062f}, r));
    w.push_back(free({0.035f, 0.018f, 0.066f}, r));
    w.push_back(free({0.020f, -0.020f, 0.075f}, r * 0.8f));
    return nerveSweep(w);
}

// Genitofemoral (L1-L2, 1.5-2 mm): forms in psoas, pierces its FRONT at L3-4,
// runs down on the front of psoas under the peritoneum (the ureter crosses in
// front at y ~ 0.185), divides above the ligament: the genital branch to the
// deep inguinal ring, the femoral branch under the ligament in the femoral
// sheath, lateral to the artery.
Shape genitofemoral() {
    const float r = 0.0009f;
    const Shape* ps = psoas();
    vec3 j{0.040f, 0.228f, -0.016f};
    std::vector<Shape> parts;
    parts.push_back(nerveSweep(root(1, j, r)));
    std::vector<Way> trunk = {free(j, r), free({0.045f, 0.210f, -0.004f}, r),
                              emerging(ps, {0.048f, 0.196f, 0.014f}, r),
                              onSurface(ps, {0.054f, 0.176f, 0.016f}, r),
                              onSurface(ps, {0.058f, 0.158f, 0.016f}, r),
                              onSurface(ps, {0.062f, 0.122f, 0.016f}, r),
                              onSurface(ps, {0.064f, 0.092f, 0.026f}, r),
                              free({0.064f, 0.066f, 0.038f}, r)};
    parts.push_back(nerveSweep(root(2, j, r)));
    parts.push_back(nerveSweep(trunk));
    // Genital branch to the deep inguinal ring; femoral branch under the
    // ligament in the femoral sheath.
    parts.push_back(nerveSweep({free({0.064f, 0.066f, 0.038f}, r * 0.8f), free({0.068f, 0.058f, 0.046f}, r * 0.8f),
                                free({0.070f, 0.053f, 0.051f}, r * 0.75f)}));
    parts.push_back(nerveSweep({free({0.064f, 0.066f, 0.038f}, r * 0.8f), onSurface(ps, {0.067f, 0.045f, 0.045f}, r * 0.8f),
                                free({0.067f, 0.028f, 0.050f}, r * 0.75f), free({0.068f, 0.005f, 0.052f}, r * 0.7f)}));
    return joined(parts);
}

// Lateral femoral cutaneous (L2-L3 posterior divisions, 2-3 mm): lateral
// border of psoas at about L4, across iliacus under its fascia towards the
// ASIS, under the inguinal ligament 1-2 cm medial to it, over sartorius, and
// divides in the thigh.
Shape lateralFemoralCutaneous() {
    const float r = 0.0012f;
    const Shape* il = iliacus();
    vec3 j{0.044f, 0.196f, -0.026f};
    std::vector<Shape> parts;
    parts.push_back(nerveSweep(root(2, j, r)));
    parts.push_back(nerveSweep(root(3, j, r)));
    parts.push_back(nerveSweep({
        free(j, r),
        free({0.058f, 0.184f, -0.020f}, r),
        emerging(psoas(), {0.073f, 0.172f, -0.010f}, r),
        onSurface(il, {0.090f, 0.150f, -0.012f}, r),
        onSurface(il, {0.097f, 0.133f, -0.002f}, r),
        onSurface(il, {0.106f, 0.110f, 0.018f}, r),
        onSurface(il, {0.110f, 0.092f, 0.034f}, r),
        offShape(wall("inguinal_ligament_left"), {0.106f, 0.068f, 0.050f}, r),
        onSurface(wall("sartorius_left"), {0.108f, 0.030f, 0.060f}, r),
        onSurface(wall("sartorius_left"), {0.110f, -0.030f, 0.060f}, r),
    }));
    // Anterior and posterior branches.
    parts.push_back(nerveSweep({free(place(onSurface(wall("sartorius_left"), {0.110f, -0.030f, 0.060f}, r)), r * 0.8f),
                                free({0.116f, -0.060f, 0.074f}, r * 0.75f), free({0.120f, -0.095f, 0.078f}, r * 0.7f)}));
    parts.push_back(nerveSweep({free(place(onSurface(wall("sartorius_left"), {0.110f, -0.030f, 0.060f}, r)), r * 0.8f),
                                free({0.128f, -0.050f, 0.062f}, r * 0.75f), free({0.140f, -0.075f, 0.052f}, r * 0.7f)}));
    return joined(parts);
}

// Femoral (L2-L4 posterior divisions): forms in psoas, emerges from its
// lateral border low (L5), runs in the groove between psoas and iliacus under
// the iliac fascia (about 6 x 4.5 mm), passes under the inguinal ligament
// outside the femoral sheath 1.5 cm lateral to the artery, flattened to
// 10 x 3 mm (CSA 22 mm2, §5.1), and divides 2-3 cm below into its branches
// fanning into the thigh.
Shape femoral() {
    const Shape* ps = psoas();
    const Shape* il = iliacus();
    vec3 j{0.052f, 0.158f, -0.022f};
    std::vector<Shape> parts;
    parts.push_back(nerveSweep(root(2, {0.046f, 0.185f, -0.024f}, 0.0011f)));
    parts.push_back(nerveSweep(root(3, {0.048f, 0.175f, -0.023f}, 0.0013f)));
    parts.push_back(nerveSweep(root(4, j, 0.0014f)));
    const vec3 division{0.078f, -0.010f, 0.048f};
    parts.push_back(nerveSweep({
        free({0.046f, 0.185f, -0.024f}, 0.0013f),
        free(j, 0.0020f),
        free({0.064f, 0.145f, -0.016f}, 0.0026f, 0.0020f),
        emerging(ps, {0.081f, 0.135f, -0.008f}, 0.0030f, 0.0022f),
        inGroove(ps, il, {0.080f, 0.115f, 0.002f}, 0.0030f, 0.0022f),
        inGroove(ps, il, {0.080f, 0.095f, 0.012f}, 0.0030f, 0.0022f),
        inGroove(ps, il, {0.078f, 0.055f, 0.032f}, 0.0038f, 0.0019f),
        inGroove(ps, il, {0.076f, 0.030f, 0.046f}, 0.0050f, 0.0015f),
        inGroove(ps, il, {0.077f, 0.012f, 0.048f}, 0.0050f, 0.0015f),
        free(division, 0.0048f, 0.0016f),
    }));
    // Branches (radius), fanning out below the ligament: anterior division
    // (nerve to sartorius, anterior cutaneous), posterior division (rectus
    // femoris, vastus lateralis, vastus medialis, saphenous).
    struct Branch {
        vec3 a, b, c;
        float r;
    };
    const Branch branches[] = {
        // Anterior cutaneous: forward and medial, under and through sartorius.
        {{0.082f, -0.028f, 0.056f}, {0.084f, -0.060f, 0.062f}, {0.086f, -0.100f, 0.066f}, 0.0009f},
        // Nerve to rectus femoris: into its deep surface.
        {{0.088f, -0.022f, 0.050f}, {0.098f, -0.045f, 0.044f}, {0.106f, -0.075f, 0.046f}, 0.0010f},
        // Vastus lateralis and intermedius: deep, lateral, in front of the femur.
        {{0.090f, -0.028f, 0.042f}, {0.110f, -0.060f, 0.034f}, {0.125f, -0.105f, 0.028f}, 0.0011f},
        // Vastus medialis.
        {{0.080f, -0.035f, 0.044f}, {0.083f, -0.080f, 0.040f}, {0.085f, -0.140f, 0.036f}, 0.0010f},
        // Saphenous: with the femoral artery, on its lateral side.
        {{0.074f, -0.030f, 0.050f}, {0.076f, -0.080f, 0.049f}, {0.077f, -0.150f, 0.044f}, 0.0009f},
    };
    for (const auto& b : branches)
        parts.push_back(nerveSweep({free(division, b.r * 1.3f), free(b.a, b.r * 1.1f), free(b.b, b.r), free(b.c, b.r * 0.8f)}));
    return joined(parts);
}

// Obturator (L2-L4 anterior divisions, 3-4 mm): forms in psoas, emerges from
// its MEDIAL border at the brim, behind the common iliac vessels and lateral to
// the internal iliacs and ureter, along the lateral pelvic wall (on obturator
// internus) to the obturator canal and the thigh, where it divides.
Shape obturator() {
    const float r = 0.0017f;
    vec3 j{0.040f, 0.150f, -0.027f};
    std::vector<Shape> parts;
    parts.push_back(nerveSweep(root(2, {0.036f, 0.200f, -0.028f}, 0.0010f)));
    parts.push_back(nerveSweep(root(3, {0.037f, 0.180f, -0.028f}, 0.0012f)));
    parts.push_back(nerveSweep(root(4, j, 0.0013f)));
    const vec3 thigh{0.058f, -0.030f, 0.035f};
    const Shape* hip = bone("hip_bone_left");
    parts.push_back(nerveSweep({
        free({0.036f, 0.200f, -0.028f}, 0.0011f),
        free({0.037f, 0.180f, -0.028f}, 0.0013f),
        free(j, 0.0015f),
        free({0.037f, 0.132f, -0.020f}, r),
        emerging(psoas(), {0.033f, 0.118f, -0.012f}, r),
        free({0.040f, 0.100f, -0.014f}, r),
        free({0.045f, 0.085f, -0.012f}, r),
        offShape(hip, {0.046f, 0.055f, -0.004f}, r, r + 0.004f),
        offShape(hip, {0.045f, 0.030f, 0.005f}, r, r + 0.004f),
        offShape(hip, {0.050f, 0.004f, 0.018f}, r, r + 0.0015f),
        offShape(hip, {0.052f, -0.012f, 0.025f}, r),
        free(thigh, r),
    }));
    // Anterior (over adductor brevis, behind pectineus and adductor longus)
    // and posterior branches.
    parts.push_back(nerveSweep({free(thigh, r * 0.8f), free({0.062f, -0.055f, 0.040f}, r * 0.65f),
                                free({0.066f, -0.090f, 0.042f}, r * 0.55f)}));
    parts.push_back(nerveSweep({free(thigh, r * 0.8f), free({0.060f, -0.052f, 0.026f}, r * 0.65f),
                                free({0.064f, -0.085f, 0.020f}, r * 0.55f)}));
    return joined(parts);
}

// Lumbosacral trunk (part of L4 and L5, 5-7 mm, flattened): descends from
// under the MEDIAL border of psoas at L5, over the sacral ala medial to the
// obturator nerve, in front of the sacroiliac joint, to join S1 on
// piriformis.
const vec3 kPlexus{0.040f, 0.055f, -0.058f};

Shape lumbosacralTrunk() {
    const Shape* sac = bone("sacrum");
    vec3 j{0.034f, 0.140f, -0.034f};
    std::vector<Shape> parts;
    parts.push_back(nerveSweep(root(4, j, 0.0014f)));
    parts.push_back(nerveSweep(root(5, j, 0.0020f)));
    parts.push_back(nerveSweep({
        free(j, 0.0026f, 0.0020f),
        free({0.030f, 0.132f, -0.024f}, 0.0030f, 0.0020f),
        onSurface(sac, {0.034f, 0.118f, -0.026f}, 0.0032f, 0.0020f),
        onSurface(sac, {0.038f, 0.105f, -0.030f}, 0.0032f, 0.0020f),
        onSurface(sac, {0.036f, 0.088f, -0.038f}, 0.0032f, 0.0020f),
        onSurface(sac, {0.035f, 0.075f, -0.045f}, 0.0032f, 0.0020f),
        free(kPlexus, 0.0032f, 0.0022f),
    }));
    return joined(parts);
}

// Sciatic (L4-S3): the sacral plexus on piriformis in front of the sacrum (the
// S1-S3 ventral rami from the anterior sacral foramina joining the
// lumbosacral trunk), out through the greater sciatic foramen below
// piriformis, behind the hip on the short rotators, between the ischial
// tuberosity and the greater trochanter, down the back of the thigh: a thick
// flat cord 15-20 x 5-6 mm. It does not run along the psoas (§5.2).
Shape sciatic() {
    const Shape* sac = bone("sacrum");
    std::vector<Shape> parts;
    // Anterior sacral foramina S1-S3 on the pelvic surface of the sacrum
    // (est.: 1.4-1.7 cm from the midline between the fused bodies, §2.1 front
    // midline S2 (0.085, -0.045), S3 (0.062, -0.065)), and their outward
    // normals.
    const vec3 foramina[3] = {{0.017f, 0.0915f, -0.0325f}, {0.016f, 0.073f, -0.0515f}, {0.014f, 0.0535f, -0.0675f}};
    const vec3 normals[3] = {{0.0f, -0.707f, 0.707f}, {0.0f, -0.724f, 0.690f}, {0.0f, -0.500f, 0.866f}};
    const float rr[3] = {0.0028f, 0.0025f, 0.0019f};
    const vec3 plexus{0.046f, 0.048f, -0.062f};
    for (int i = 0; i < 3; ++i) {
        vec3 f = foramina[i] + normals[i] * 0.002f;
        parts.push_back(nerveSweep({free(f, rr[i]), onSurface(sac, glm::mix(f, plexus, 0.35f), rr[i]),
                                    onSurface(sac, glm::mix(f, plexus, 0.7f), rr[i] * 1.1f),
                                    free(plexus, 0.0045f, 0.0030f)}));
    }
    parts.push_back(nerveSweep({free(kPlexus, 0.0032f, 0.0022f), free(plexus, 0.0050f, 0.0030f)}));
    // Out below piriformis through the greater sciatic foramen, over the
    // short rotators behind the hip, between the tuberosity and the
    // trochanter, down the back of the thigh (kept off the bones by the
    // routing).
    parts.push_back(nerveSweep({
        free(plexus, 0.0055f, 0.0030f),
        free({0.058f, 0.024f, -0.067f}, 0.0070f, 0.0030f),
        free({0.071f, 0.006f, -0.066f}, 0.0082f, 0.0029f),
        free({0.082f, -0.014f, -0.061f}, 0.0090f, 0.0028f),
        free({0.087f, -0.040f, -0.057f}, 0.0090f, 0.0028f),
        free({0.088f, -0.070f, -0.055f}, 0.0088f, 0.0028f),
        free({0.087f, -0.110f, -0.053f}, 0.0085f, 0.0028f),
        free({0.085f, -0.150f, -0.050f}, 0.0080f, 0.0028f),
    }));
    return joined(parts);
}

} // namespace

void addNerveRecipes(std::vector<Recipe>& out) {
    addPaired(out, "subcostal_nerve", subcostal(), kVoxel, {}, kSimplify);
    addPaired(out, "iliohypogastric_nerve", iliohypogastric(), kVoxel, {}, kSimplify);
    addPaired(out, "ilioinguinal_nerve", ilioinguinal(), kVoxel, {}, kSimplify);
    addPaired(out, "genitofemoral_nerve", genitofemoral(), kVoxel, {}, kSimplify);
    addPaired(out, "lateral_femoral_cutaneous_nerve", lateralFemoralCutaneous(), kVoxel, {}, kSimplify);
    addPaired(out, "femoral_nerve", femoral(), 0.0008f, {}, kSimplify);
    addPaired(out, "obturator_nerve", obturator(), kVoxel, {}, kSimplify);
    addPaired(out, "lumbosacral_trunk", lumbosacralTrunk(), 0.0008f, {}, kSimplify);
    addPaired(out, "sciatic_nerve", sciatic(), 0.0009f, {}, 0.00025f);
}

} // namespace dc
