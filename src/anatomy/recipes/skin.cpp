// Shape recipe: skin of the lower trunk and thighs (layer 0).
//
// A closed shell (4.5 mm: "about 3 mm", the least the 3 mm voxel holds)
// under the body's outer surface, cut flat at y = 0.34 (lower chest) and
// y = -0.48 (just below the knees), so the cuts show its thickness.
//
// The body: a torso loft (super-elliptic sections: waist, gentle belly,
// hips) morphed into two thigh lofts across the hips along the groin folds
// (so the crotch closes at y ~ -0.06 and the folds run diagonally), two
// buttocks with a gluteal cleft, and small details (navel, lumbar furrow,
// dimples over the PSIS, patellae, vastus medialis).
//
// Figures (../shared/reference/anatomy-landmarks.md §4.3 "Skin", est.): at
// L3 (y 0.215) 0.31 wide x 0.22 deep, front z ~0.12 and back -0.10; at the
// trochanters (y ~0) 0.35 x 0.24; abdominal fat 1.5-2.5 cm over the wall
// muscles. Navel at the L3-4 disc level (y ~0.196, §2.1); thighs parting
// below the crotch (y ~-0.06); knees ~0.11 wide around the knee centres
// (+-0.077, -0.422, -0.008) (§2.3).
//
// The body is symmetric: skinBodyShape() evaluates left-side parts at |x|
// (and the other side's thigh and buttock near the midline, where both
// count).
#include <algorithm>
#include <cmath>

#include <glm/geometric.hpp>

#include "anatomy/recipe.h"
#include "common.h"
#include "wall_geom.h"

namespace dc {

namespace recipes::wallgeom {

namespace {

using glm::vec3;

float smin(float a, float b, float k) {
    if (k <= 0.0f) return std::min(a, b);
    float h = std::max(k - std::abs(a - b), 0.0f) / k;
    return std::min(a, b) - h * h * k * 0.25f;
}
float smax(float a, float b, float k) { return -smin(-a, -b, k); }

// Piecewise-linear through (x, value) knots, smoothed, clamped at the ends.
float profile(float x, std::initializer_list<glm::vec2> knots) {
    const glm::vec2* k = knots.begin();
    size_t n = knots.size();
    if (x <= k[0].x) return k[0].y;
    for (size_t i = 0; i + 1 < n; ++i)
        if (x <= k[i + 1].x) {
            float t = (x - k[i].x) / (k[i + 1].x - k[i].x);
            t = t * t * (3.0f - 2.0f * t);
            return k[i].y + (k[i + 1].y - k[i].y) * t;
        }
    return k[n - 1].y;
}

constexpr float kSkinTop = 0.34f;
constexpr float kSkinBottom = -0.48f;
constexpr float kSkinThickness = 0.0045f; // "about 3 mm": 1.5 voxels of 3 mm

// A section from its extents: x from `med` to `lat`, z from `back` to `front`.
Section extents(float y, float xMed, float xLat, float zBack, float zFront, float n) {
    float xc = 0.5f * (xMed + xLat), zc = 0.5f * (zBack + zFront);
    return {y, xc, zc, xLat - xc, xc - xMed, zFront - zc, zc - zBack, n};
}

// Torso, symmetric about x = 0: half-width, front and back (z) per height.
// Waist at L3, a gentle belly, hips over the iliac crests and gluteus
// medius, widest at the trochanters; behind, the lumbar hollow, the sacrum,
// then the buttocks (separate parts below) take over.
std::shared_ptr<const Loft> torsoLoft() {
    static auto loft = [] {
        struct Row {
            float y, half, front, back, n;
        };
        const Row rows[] = {
            {0.360f, 0.161f, 0.114f, -0.105f, 2.7f},  {0.300f, 0.159f, 0.116f, -0.104f, 2.68f},
            {0.250f, 0.156f, 0.120f, -0.100f, 2.62f}, {0.215f, 0.155f, 0.122f, -0.098f, 2.58f},
            {0.180f, 0.157f, 0.123f, -0.097f, 2.6f},  {0.150f, 0.160f, 0.123f, -0.099f, 2.65f},
            {0.120f, 0.164f, 0.120f, -0.104f, 2.7f},  {0.090f, 0.168f, 0.116f, -0.106f, 2.65f},
            {0.060f, 0.171f, 0.110f, -0.102f, 2.55f},  {0.030f, 0.174f, 0.102f, -0.097f, 2.5f},
            {0.000f, 0.175f, 0.094f, -0.090f, 2.5f},  {-0.030f, 0.172f, 0.086f, -0.087f, 2.5f},
            {-0.080f, 0.168f, 0.075f, -0.085f, 2.5f},
        };
        std::vector<Section> s;
        for (const Row& r : rows) s.push_back(extents(r.y, -r.half, r.half, r.back, r.front, r.n));
        return std::make_shared<Loft>(s);
    }();
    return loft;
}

// Left thigh, from inside the hip to below the knee: quadriceps in front,
// hamstrings behind, adductors medially; tapering to the knee (~0.11 wide).
std::shared_ptr<const Loft> thighLoft() {
    static auto loft = [] {
        return std::make_shared<Loft>(std::vector<Section>{
            //        y       medial  lateral back     front   n
            extents(0.040f, 0.020f, 0.172f, -0.100f, 0.094f, 2.2f),
            extents(0.000f, 0.012f, 0.173f, -0.100f, 0.093f, 2.2f),
            extents(-0.030f, 0.009f, 0.172f, -0.102f, 0.092f, 2.2f),
            extents(-0.060f, 0.007f, 0.171f, -0.102f, 0.090f, 2.2f),
            extents(-0.100f, 0.010f, 0.168f, -0.097f, 0.087f, 2.15f),
            extents(-0.150f, 0.015f, 0.165f, -0.092f, 0.089f, 2.1f),
            extents(-0.200f, 0.020f, 0.161f, -0.087f, 0.089f, 2.1f),
            extents(-0.260f, 0.022f, 0.155f, -0.081f, 0.085f, 2.15f),
            extents(-0.320f, 0.026f, 0.147f, -0.072f, 0.077f, 2.2f),
            extents(-0.370f, 0.022f, 0.140f, -0.064f, 0.068f, 2.35f),
            extents(-0.405f, 0.017f, 0.135f, -0.060f, 0.062f, 2.4f),
            extents(-0.435f, 0.017f, 0.133f, -0.059f, 0.058f, 2.4f),
            extents(-0.470f, 0.021f, 0.130f, -0.062f, 0.054f, 2.35f),
            extents(-0.510f, 0.026f, 0.128f, -0.066f, 0.052f, 2.3f),
        });
    }();
    return loft;
}

// The buttock (left): gluteus maximus under 2-2.5 cm of fat, most prominent
// at about the trochanter level, its lower edge overhanging the thigh at the
// gluteal fold (y ~ -0.095).
const sdf::Shape& buttock() {
    static const sdf::Shape b = sdf::ellipsoid({0.070f, -0.008f, -0.073f}, {0.082f, 0.094f, 0.070f},
                                               sdf::rotationZ(0.12f));
    return b;
}

// The base body (left-side parts at |x|) before surface details.
float baseBody(const vec3& q) {
    static const auto torso = torsoLoft();
    static const auto thigh = thighLoft();
    vec3 p(std::abs(q.x), q.y, q.z);
    // Torso above, thighs below, morphed across the hips along the groin
    // fold in front (a diagonal from beside the ASIS down to the crotch) and
    // under the buttocks behind; the crotch closes where the weight nears 1
    // (y ~ -0.06).
    float fold = profile(p.x, {{0.0f, -0.045f}, {0.03f, -0.030f}, {0.06f, -0.006f}, {0.09f, 0.018f},
                               {0.12f, 0.040f}, {0.16f, 0.048f}});
    float front = std::clamp((p.z + 0.03f) / 0.06f, 0.0f, 1.0f);
    front = front * front * (3.0f - 2.0f * front);
    float yc = -0.035f + (fold + 0.035f) * front;
    float w = std::clamp((yc + 0.035f - p.y) / 0.07f, 0.0f, 1.0f);
    w = w * w * (3.0f - 2.0f * w);
    float d;
    if (w <= 0.0f) d = torso->distance(p);
    else {
        // The thigh of this side; near the midline also the other one,
        // softly, so the crotch is a rounded crease rather than a sharp one.
        float th = thigh->distance(p);
        if (p.x < 0.025f) th = smin(th, thigh->distance(vec3(-p.x, p.y, p.z)), 0.006f);
        d = w >= 1.0f ? th : (1.0f - w) * torso->distance(p) + w * th;
    }
    // Buttocks: a soft cleft between them, blending smoothly into the lower
    // back, creased at the gluteal fold.
    float b = buttock()(p);
    if (p.x < 0.03f) b = smin(b, buttock()(vec3(-p.x, p.y, p.z)), 0.008f);
    float kb = 0.012f + 0.035f * std::clamp((p.y + 0.06f) / 0.08f, 0.0f, 1.0f);
    d = smin(d, b, kb);
    // Gluteal cleft: a narrow wedge (~7 deg half-angle) opening backwards
    // from a floor that rises from the perineum to over the coccyx.
    if (p.x < 0.04f && p.z < -0.04f && p.y < 0.08f && p.y > -0.11f) {
        float zb = profile(p.y, {{-0.11f, -0.17f}, {-0.085f, -0.075f}, {-0.06f, -0.070f}, {-0.02f, -0.082f},
                                 {0.02f, -0.094f}, {0.045f, -0.108f}, {0.07f, -0.17f}});
        const float sa = 0.122f, ca = 0.9925f;
        float u = zb - p.z, v = p.x;
        float wedge = (u * ca + v * sa < 0.0f) ? std::sqrt(u * u + v * v) : v * ca - u * sa;
        d = smax(d, -wedge, 0.004f);
    }
    return d;
}

// z of the front (or back) surface of the base body at (x, y), by bisection.
float surfaceZ(float x, float y, bool front) {
    float lo = front ? 0.0f : -0.2f, hi = front ? 0.2f : 0.0f;
    for (int i = 0; i < 40; ++i) {
        float mid = 0.5f * (lo + hi);
        bool inside = baseBody({x, y, mid}) < 0.0f;
        if (front == inside) lo = mid;
        else hi = mid;
    }
    return 0.5f * (lo + hi);
}

// A groove along the surface: a round tube through points (x, y, lift)
// whose axis lies `lift` outside the front (or back) surface, to be carved
// with a soft blend.
sdf::Shape surfaceGroove(const std::vector<glm::vec3>& xyl, bool front, float radius) {
    sdf::TubeSpec spec;
    for (auto q : xyl) spec.points.push_back({q.x, q.y, surfaceZ(q.x, q.y, front) + (front ? q.z : -q.z)});
    spec.widths = {radius};
    return sdf::tube(spec);
}

struct Details {
    sdf::Shape navel, spine, dimple, patella, vastusMedialis;
};

const Details& details() {
    static const Details d = [] {
        Details x;
        // Navel: a dimple at the L3-4 disc level (§2.1: y 0.196).
        float zn = surfaceZ(0.0f, 0.196f, true);
        x.navel = sdf::ellipsoid({0.0f, 0.1965f, zn + 0.002f}, {0.0058f, 0.0068f, 0.0075f});
        // Furrow over the lumbar spinous processes, between the erector
        // spinae, fading out over the sacrum.
        x.spine = surfaceGroove({{0.0f, 0.37f, 0.0155f}, {0.0f, 0.28f, 0.0155f}, {0.0f, 0.20f, 0.0155f},
                                 {0.0f, 0.15f, 0.0160f}, {0.0f, 0.115f, 0.0185f}},
                                false, 0.018f);
        // Dimples over the posterior superior iliac spines (§2.2).
        float zd = surfaceZ(0.043f, 0.108f, false);
        x.dimple = sdf::sphere({0.043f, 0.108f, zd - 0.0095f}, 0.012f);
        // Patella in front of the knee (knee centre (0.077, -0.422, -0.008)).
        float zp = surfaceZ(0.077f, -0.398f, true);
        x.patella = sdf::ellipsoid({0.077f, -0.400f, zp - 0.010f}, {0.022f, 0.026f, 0.0115f});
        // Vastus medialis bulge above the knee, medially.
        x.vastusMedialis = sdf::ellipsoid({0.047f, -0.340f, 0.022f}, {0.026f, 0.055f, 0.034f}, sdf::rotationZ(-0.25f));
        return x;
    }();
    return d;
}

float body(const vec3& q) {
    const Details& dt = details();
    vec3 p(std::abs(q.x), q.y, q.z);
    float d = baseBody(q);
    // Each detail only where it can reach (its size plus its blend).
    if (p.y < -0.22f) {
        d = smin(d, dt.patella(p), 0.02f);
        d = smin(d, dt.vastusMedialis(p), 0.03f);
    }
    if (p.y > 0.17f && p.y < 0.23f && p.x < 0.03f && p.z > 0.08f) d = smax(d, -dt.navel(p), 0.004f);
    if (p.x < 0.05f && p.z < -0.06f) d = smax(d, -dt.spine(p), 0.012f);
    if (p.y > 0.08f && p.y < 0.14f && p.z < -0.06f) d = smax(d, -dt.dimple(p), 0.008f);
    // A few microns of ripple (3 mm wavelength): invisible, but it breaks the
    // exact coplanarity of large smooth areas, which otherwise lets the
    // simplifier fold small non-manifold pockets into this big mesh.
    d += 0.000005f * std::sin(q.x * 2100.0f + 0.3f) * std::sin(q.y * 2037.0f + 1.1f) * std::sin(q.z * 2163.0f + 2.3f);
    return d;
}

} // namespace

sdf::Shape skinBodyShape() {
    Bounds b;
    b.add(vec3(-0.19f, kSkinBottom - 0.02f, -0.16f));
    b.add(vec3(0.19f, kSkinTop + 0.02f, 0.14f));
    return sdf::Shape([](const vec3& p) { return body(p); }, b);
}

} // namespace recipes::wallgeom

void addSkinRecipes(std::vector<Recipe>& out) {
    using namespace recipes::wallgeom;
    sdf::Shape outer = skinBodyShape();
    sdf::Shape shell = sdf::shell(sdf::offset(outer, -0.5f * kSkinThickness), kSkinThickness);
    sdf::Shape slab = sdf::intersect(sdf::halfSpace({0, kSkinTop, 0}, {0, 1, 0}),
                                     sdf::halfSpace({0, kSkinBottom, 0}, {0, -1, 0}));
    Bounds b = outer.bounds();
    b.min.y = kSkinBottom - 0.005f;
    b.max.y = kSkinTop + 0.005f;
    sdf::Shape skin([shell, slab](const glm::vec3& p) { return std::max(shell(p), slab(p)); }, b);
    // A coarse voxel for this large shell; the shell is 1.5 voxels thick.
    out.push_back({"skin", skin, 0.003f, {}, 0.0008f});
}

} // namespace dc
