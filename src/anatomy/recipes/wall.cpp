// Shape recipes: abdominal wall, thigh and gluteal muscles (layer 1).
//
// Figures from ../shared/reference/anatomy-landmarks.md (§2.2 pelvis, §2.3
// femur, §2.4 inguinal region, §4.1 attachments, §4.3 "Rectus abdominis" and
// "Flank muscles at rest", §4.4 OpenSim path points); left side, mirrored.
//
// The flank (external oblique, internal oblique, transversus) and the rectus
// are sheets on one reference surface, the inner surface of the muscular wall
// (wallFrame(): a loft of super-elliptic sections, §4.3: at L3 the inner
// surface is at |x| ~ 0.12, the rectus's back at z ~ 0.097 by the umbilicus).
// Each sheet is a mask in (s = arc length from the front midline, y) and a
// span of offsets outward from that surface, so the layers stack with thin
// gaps. Muscles that attach to bone are carved by the skeleton's own shapes
// (grown by a clearance), so they rest on the bone without entering it.
#include <algorithm>
#include <cmath>

#include <glm/geometric.hpp>

#include "anatomy/recipe.h"
#include "common.h"
#include "wall_geom.h"

namespace dc {

namespace {

using glm::vec2;
using glm::vec3;
using namespace recipes;
using namespace recipes::wallgeom;

float smooth01(float e0, float e1, float x) {
    float t = std::clamp((x - e0) / (e1 - e0), 0.0f, 1.0f);
    return t * t * (3.0f - 2.0f * t);
}
float lerp(float a, float b, float t) { return a + (b - a) * t; }

// Piecewise-linear profile through (x, value) knots, clamped at the ends.
float profile(std::initializer_list<vec2> knots, float x) {
    const vec2* k = knots.begin();
    size_t n = knots.size();
    if (x <= k[0].x) return k[0].y;
    for (size_t i = 0; i + 1 < n; ++i)
        if (x <= k[i + 1].x) return lerp(k[i].y, k[i + 1].y, smooth01(k[i].x, k[i + 1].x, x));
    return k[n - 1].y;
}

constexpr float kTop = 0.336f;      // upper cut of the wall muscles (skin is cut at 0.34)
constexpr float kLayerGap = 0.0007f; // between stacked sheets

// ---- The reference surface ------------------------------------------------------

// Inner surface of the muscular wall (transversus inside, rectus's back).
// §4.3: at L3 (y 0.215) |x| 0.12; rectus back z ~0.097 at the umbilicus;
// the front falls back toward the pubic crest (z 0.057 at y 0); the wall
// flares slightly to the iliac tubercle (inner lip ~0.127 at y 0.116) and
// pulls in behind toward the crest's posterior part and the lumbar fascia.
std::shared_ptr<const WallFrame> wallFrame() {
    static std::shared_ptr<const WallFrame> frame = [] {
        auto loft = std::make_shared<Loft>(std::vector<Section>{
            // y      xc  zc      lat    med    front  back   n
            {0.350f, 0, -0.004f, 0.131f, 0.131f, 0.099f, 0.085f, 2.2f},
            {0.300f, 0, -0.004f, 0.128f, 0.128f, 0.100f, 0.082f, 2.2f},
            {0.255f, 0, -0.003f, 0.124f, 0.124f, 0.100f, 0.078f, 2.25f},
            {0.215f, 0, -0.003f, 0.120f, 0.120f, 0.100f, 0.074f, 2.3f},
            {0.175f, 0, 0.000f, 0.120f, 0.120f, 0.098f, 0.064f, 2.35f},
            {0.140f, 0, 0.005f, 0.123f, 0.123f, 0.093f, 0.052f, 2.45f},
            {0.110f, 0, 0.010f, 0.126f, 0.126f, 0.086f, 0.046f, 2.55f},
            {0.080f, 0, 0.012f, 0.124f, 0.124f, 0.080f, 0.042f, 2.6f},
            {0.050f, 0, 0.012f, 0.112f, 0.112f, 0.068f, 0.038f, 2.6f},
            {0.020f, 0, 0.010f, 0.095f, 0.095f, 0.058f, 0.034f, 2.6f},
            {-0.010f, 0, 0.008f, 0.080f, 0.080f, 0.048f, 0.030f, 2.6f},
        });
        return std::make_shared<WallFrame>(loft, -0.02f, 0.36f);
    }();
    return frame;
}

// Rectus abdominis borders in s (§4.3: 6-8 cm wide at the umbilicus, 3-4 cm
// at the pubis; linea alba 1-2 cm wide above the umbilicus, a line below).
float rectusMedial(float y) {
    float base = profile({{0.0f, 0.0028f}, {0.17f, 0.0032f}, {0.21f, 0.0062f}, {0.34f, 0.0070f}}, y);
    return base + 0.0035f * std::exp(-std::pow((y - 0.196f) / 0.009f, 2.0f)); // umbilical ring
}
float rectusLateral(float y) {
    return profile({{0.0f, 0.031f},
                    {0.02f, 0.038f},
                    {0.05f, 0.048f},
                    {0.09f, 0.060f},
                    {0.14f, 0.070f},
                    {0.195f, 0.077f},
                    {0.26f, 0.081f},
                    {0.34f, 0.083f}},
                   y);
}

// Iliac crest, outer lip, from the ASIS back (§2.2 ASIS, iliac tubercle and
// highest point; intermediate points est. on a smooth curve).
const std::vector<vec3>& crestOuterLip() {
    static const std::vector<vec3> c = {kAsis,
                                        {0.131f, 0.099f, 0.048f},
                                        kIliacTubercle,
                                        {0.133f, 0.134f, 0.018f},
                                        {0.121f, 0.148f, 0.000f},
                                        {0.104f, 0.157f, -0.013f},
                                        kCrestTop};
    return c;
}

// Inguinal ligament centreline, ASIS to pubic tubercle, sagging ~5 mm down
// and back at its middle (§2.4: midpoint (0.074, 0.036, 0.053)).
std::vector<vec3> inguinalLine() {
    std::vector<vec3> pts;
    for (int i = 0; i <= 8; ++i) {
        float t = static_cast<float>(i) / 8.0f;
        vec3 p = kAsis + (kPubicTubercle - kAsis) * t;
        float sag = 4.0f * t * (1.0f - t);
        p.y -= 0.0045f * sag;
        p.z -= 0.004f * sag;
        pts.push_back(p);
    }
    // Lateral end just below and in front of the spine, medial end on the tubercle.
    pts.front() += vec3(-0.002f, -0.004f, 0.004f);
    pts.back() += vec3(0.002f, 0.002f, 0.004f);
    return pts;
}

sdf::Shape hipBone() { return neighbourShape("hip_bone_left"); }
sdf::Shape femur() { return neighbourShape("femur_left"); }

sdf::Shape carveBones(sdf::Shape s, float clearance = 0.0015f) {
    s = carve(s, hipBone(), clearance);
    s = carve(s, femur(), clearance);
    for (const char* id : {"rib_11_left", "rib_12_left", "sacrum", "coccyx"}) s = carve(s, neighbourShape(id), clearance);
    return s;
}

// ---- Rectus abdominis --------------------------------------------------------------

// Thickness at (s, y): ~1 cm (§4.3), a flat lens across its width, thinning
// to its tendon at the pubic crest, with three tendinous intersections as
// shallow transverse grooves (umbilicus, midway, near the costal margin).
float rectusThickness(float s, float y) {
    float m = rectusMedial(y), l = rectusLateral(y);
    float u = std::clamp((s - 0.5f * (m + l)) / (0.5f * (l - m)), -1.0f, 1.0f);
    float across = std::sqrt(std::max(0.1f, 1.0f - u * u * u * u));
    float along = profile({{0.0f, 0.0055f}, {0.025f, 0.0095f}, {0.07f, 0.0110f}, {0.2f, 0.0100f}, {0.34f, 0.0088f}}, y);
    float groove = 0.0f;
    for (float yi : {0.199f, 0.258f, 0.316f}) {
        float yc = yi + 0.004f * u + 0.002f * std::sin(u * 5.0f);
        groove += 0.0022f * std::exp(-std::pow((y - yc) / 0.0035f, 2.0f));
    }
    return along * (0.45f + 0.55f * across) - groove;
}

void addRectusAbdominis(std::vector<Recipe>& out) {
    auto frame = wallFrame();
    std::vector<vec2> mask;
    for (float y = kTop; y > 0.0f; y -= 0.01f) mask.push_back({rectusMedial(y), y});
    mask.push_back({rectusMedial(0.0f), -0.003f});
    mask.push_back({rectusLateral(0.0f), -0.003f});
    for (float y = 0.0f; y <= kTop; y += 0.01f) mask.push_back({rectusLateral(y), y});
    mask.push_back({rectusLateral(kTop), kTop});
    SheetSpec spec{frame, mask, [](float s, float y) { return vec2(0.0f, rectusThickness(s, y)); }, 0.0025f, 0.013f};
    sdf::Shape shape = carveBones(sheet(spec));
    // Fibres: vertical, pubic crest -> costal cartilages 5-7 (§4.1).
    std::vector<vec3> fibres;
    for (float y : {0.0f, 0.06f, 0.13f, 0.2f, 0.27f, kTop}) {
        float s = 0.5f * (rectusMedial(y) + rectusLateral(y));
        fibres.push_back(frame->point(s, y, 0.005f));
    }
    addPaired(out, "rectus_abdominis", shape, 0.0013f, fibres, 0.0004f);
}

// ---- Flank layers ------------------------------------------------------------------

struct FlankFigures {
    float sAsis;     // s of the ASIS
    float gap = 0.0015f; // between the rectus's lateral border and the sheets
};

FlankFigures flankFigures() {
    FlankFigures f;
    f.sAsis = wallFrame()->sOf(kAsis);
    return f;
}

// Thickness of each layer (§4.3 at rest: transversus 3-6 mm, internal
// oblique 8-12 mm, external oblique 5-8 mm), thinning to aponeuroses
// (~2.4 mm) toward the rectus sheath.
float tTransversus(float s, float y) {
    float l = rectusLateral(y);
    return lerp(0.0024f, 0.0048f, smooth01(l + 0.012f, l + 0.04f, s));
}
float tInternal(float s, float y) {
    float l = rectusLateral(y);
    float fleshy = profile({{0.05f, 0.0085f}, {0.12f, 0.0100f}, {0.25f, 0.0100f}, {0.34f, 0.0075f}}, y);
    return lerp(0.0024f, fleshy, smooth01(l + 0.012f, l + 0.045f, s));
}
float tExternal(float s, float y) {
    // Muscular-aponeurotic junction: vertical lateral to the rectus down to
    // about the umbilical level, then sweeping laterally to the ASIS.
    static const float sAsis = flankFigures().sAsis;
    float l = rectusLateral(y);
    float j = y > 0.17f ? l + 0.028f : lerp(sAsis + 0.012f, l + 0.028f, smooth01(0.085f, 0.17f, y));
    float fleshy = profile({{0.1f, 0.006f}, {0.2f, 0.007f}, {0.34f, 0.0065f}}, y);
    return lerp(0.0024f, fleshy, smooth01(j - 0.004f, j + 0.018f, s));
}
vec2 spanTransversus(float s, float y) { return {0.0f, tTransversus(s, y)}; }
vec2 spanInternal(float s, float y) {
    float a = tTransversus(s, y) + kLayerGap;
    return {a, a + tInternal(s, y)};
}
vec2 spanExternal(float s, float y) {
    float a = spanInternal(s, y).y + kLayerGap;
    return {a, a + tExternal(s, y)};
}

// The medial border of the flank sheets, from the top down to `yLow`.
void medialBorder(std::vector<vec2>& mask, float gap, float yLow) {
    for (float y = kTop; y > yLow; y -= 0.015f) mask.push_back({rectusLateral(y) + gap, y});
    mask.push_back({rectusLateral(yLow) + gap, yLow});
}

// Chart points of a 3-D polyline, raised by dy.
void chartLine(std::vector<vec2>& mask, const std::vector<vec3>& pts, float dy, bool reverse = false) {
    auto frame = wallFrame();
    std::vector<vec3> p = pts;
    if (reverse) std::reverse(p.begin(), p.end());
    for (const auto& q : p) {
        vec2 c = frame->chart(q) + vec2(0.0f, dy);
        c.x = std::max(c.x, rectusLateral(c.y) + 0.0015f); // never over the rectus
        mask.push_back(c);
    }
}

void addExternalOblique(std::vector<Recipe>& out) {
    auto frame = wallFrame();
    FlankFigures f = flankFigures();
    std::vector<vec2> mask;
    medialBorder(mask, f.gap, 0.012f);
    // Inferomedial corner at the pubic tubercle, then along the top of the
    // inguinal ligament (its rolled lower edge) to the ASIS.
    std::vector<vec3> lig = inguinalLine();
    chartLine(mask, lig, 0.0048f, true);
    // Anterior half of the crest's outer lip.
    std::vector<vec3> crest(crestOuterLip().begin() + 1, crestOuterLip().begin() + 6);
    chartLine(mask, crest, 0.004f);
    // Posterior free border up to the 12th rib, then the top cut.
    mask.push_back({frame->sOf({0.112f, 0.20f, -0.030f}), 0.20f});
    mask.push_back({frame->sOf({0.112f, 0.28f, -0.045f}), 0.28f});
    mask.push_back({frame->sOf({0.108f, kTop, -0.058f}), kTop});
    SheetSpec spec{frame, mask, spanExternal, 0.0015f, 0.026f};
    sdf::Shape shape = sheet(spec);
    // Superficial inguinal ring: an oval slit above and lateral to the pubic
    // tubercle (§2.4 (0.035, 0.018, 0.063)).
    shape = sdf::subtract(shape,
                          sdf::ellipsoid({0.036f, 0.019f, 0.064f}, {0.0065f, 0.0042f, 0.012f},
                                         sdf::basisFromAxis({0.0f, 0.0f, 1.0f}, {0.8f, -0.6f, 0.0f})),
                          0.001f);
    shape = carveBones(shape);
    // Fibres down, forward and medially ("hands in pockets"): lower ribs ->
    // linea alba and pubic tubercle.
    std::vector<vec3> fibres = {frame->point(frame->sOf({0.125f, 0.33f, -0.04f}), 0.33f, 0.02f),
                                frame->point(0.16f, 0.22f, 0.02f), frame->point(0.10f, 0.11f, 0.01f),
                                kPubicTubercle + vec3(0.006f, 0.006f, 0.006f)};
    addPaired(out, "external_oblique", shape, 0.0016f, fibres, 0.0005f);
}

void addInternalOblique(std::vector<Recipe>& out) {
    auto frame = wallFrame();
    FlankFigures f = flankFigures();
    std::vector<vec2> mask;
    medialBorder(mask, f.gap, 0.018f);
    // Lowest fibres arch over the spermatic cord to the pubic crest (conjoint
    // tendon), from the lateral half of the inguinal ligament.
    std::vector<vec3> lig = inguinalLine();
    mask.push_back(frame->chart({0.048f, 0.040f, 0.060f}));
    mask.push_back(frame->chart(lig[4]) + vec2(0.0f, 0.010f));
    mask.push_back(frame->chart(lig[2]) + vec2(0.0f, 0.004f));
    mask.push_back(frame->chart(lig[0]) + vec2(0.0f, 0.003f));
    // Intermediate line of the crest, anterior two thirds.
    std::vector<vec3> crest(crestOuterLip().begin() + 1, crestOuterLip().begin() + 6);
    chartLine(mask, crest, 0.003f);
    // Posterior border into the thoracolumbar fascia, then the lower ribs.
    mask.push_back({frame->sOf({0.100f, 0.17f, -0.035f}), 0.17f});
    mask.push_back({frame->sOf({0.095f, 0.24f, -0.055f}), 0.24f});
    mask.push_back({frame->sOf({0.100f, kTop, -0.062f}), kTop});
    SheetSpec spec{frame, mask, spanInternal, 0.0015f, 0.016f};
    sdf::Shape shape = carveBones(sheet(spec));
    // Fibres up, forward and medially: crest and fascia -> ribs 10-12 and
    // linea alba.
    std::vector<vec3> fibres = {frame->point(frame->sOf({0.11f, 0.15f, -0.01f}), 0.15f, 0.01f),
                                frame->point(0.15f, 0.23f, 0.01f), frame->point(0.10f, 0.31f, 0.008f)};
    addPaired(out, "internal_oblique", shape, 0.0016f, fibres, 0.0005f);
}

void addTransversusAbdominis(std::vector<Recipe>& out) {
    auto frame = wallFrame();
    FlankFigures f = flankFigures();
    std::vector<vec2> mask;
    medialBorder(mask, f.gap, 0.022f);
    std::vector<vec3> lig = inguinalLine();
    mask.push_back(frame->chart({0.050f, 0.045f, 0.058f}));
    mask.push_back(frame->chart(lig[3]) + vec2(0.0f, 0.012f));
    mask.push_back(frame->chart(lig[1]) + vec2(0.0f, 0.004f));
    mask.push_back(frame->chart(lig[0]) + vec2(0.0f, 0.004f));
    std::vector<vec3> crest(crestOuterLip().begin() + 1, crestOuterLip().begin() + 6);
    chartLine(mask, crest, 0.003f);
    mask.push_back({frame->sOf({0.095f, 0.17f, -0.045f}), 0.17f});
    mask.push_back({frame->sOf({0.090f, 0.24f, -0.060f}), 0.24f});
    mask.push_back({frame->sOf({0.095f, kTop, -0.066f}), kTop});
    SheetSpec spec{frame, mask, spanTransversus, 0.0012f, 0.007f};
    sdf::Shape shape = carveBones(sheet(spec));
    // Fibres horizontal, around the flank from the fascia to the linea alba.
    std::vector<vec3> fibres;
    for (float s : {0.24f, 0.19f, 0.14f, 0.09f, 0.05f}) fibres.push_back(frame->point(s, 0.22f, 0.002f));
    addPaired(out, "transversus_abdominis", shape, 0.0014f, fibres, 0.0004f);
}

// ---- Inguinal ligament ------------------------------------------------------------------

// A rolled band from the ASIS to the pubic tubercle (§2.4), flattened
// front-to-back, its gutter facing up.
void addInguinalLigament(std::vector<Recipe>& out) {
    std::vector<vec3> pts = inguinalLine();
    StrapSpec spec;
    spec.points = pts;
    spec.widths = {0.0025f, 0.0032f, 0.0034f, 0.0034f, 0.0034f, 0.0034f, 0.0034f, 0.0034f, 0.0028f};
    spec.depths = {0.0022f, 0.0024f, 0.0025f, 0.0025f, 0.0025f, 0.0025f, 0.0025f, 0.0025f, 0.0022f};
    spec.sides = {{0, 1, 0.3f}};
    sdf::Shape shape = carveBones(strap(spec), 0.0008f);
    addPaired(out, "inguinal_ligament", shape, 0.0009f, {}, 0.0003f);
}

// ---- Thigh --------------------------------------------------------------------------------

// Sartorius: a strap from just below the ASIS across the front of the thigh
// to its medial side, behind the medial condyle, to the pes anserinus
// (§4.4 sart P1 (0.109, 0.065, 0.038) by the ASIS, P2 (0.036, -0.377,
// -0.003) on the distal femur).
void addSartorius(std::vector<Recipe>& out) {
    StrapSpec spec;
    spec.points = {{0.121f, 0.077f, 0.061f}, {0.118f, 0.055f, 0.070f}, {0.104f, 0.010f, 0.079f},
                   {0.083f, -0.060f, 0.082f}, {0.062f, -0.140f, 0.072f}, {0.045f, -0.220f, 0.050f},
                   {0.033f, -0.300f, 0.018f}, {0.027f, -0.365f, -0.012f}, {0.028f, -0.410f, -0.026f},
                   {0.034f, -0.445f, -0.018f}, {0.043f, -0.462f, 0.000f}};
    spec.widths = {0.006f, 0.010f, 0.014f, 0.0155f, 0.016f, 0.0155f, 0.014f, 0.012f, 0.009f, 0.007f, 0.006f};
    spec.depths = {0.0035f, 0.0045f, 0.005f, 0.0055f, 0.0058f, 0.0058f, 0.0055f, 0.005f, 0.0042f, 0.0032f, 0.0025f};
    spec.sides = {{1, 0, -0.2f}, {1, 0, -0.3f}, {1, 0, -0.3f}, {1, 0, -0.1f}, {1, 0, 0.3f}, {1, 0, 0.8f},
                  {0.5f, 0, 1}, {0.2f, 0, 1}, {0.1f, 0, 1}, {0.4f, 0, 1}, {1, 0, 0.6f}};
    sdf::Shape shape = carveBones(strap(spec));
    addPaired(out, "sartorius", shape, 0.0015f, spec.points, 0.0004f);
}

// Rectus femoris: fusiform, from the AIIS (§2.2, OS recfem P1) over the front
// of the hip down the front of the thigh to the patella above the knee.
void addRectusFemoris(std::vector<Recipe>& out) {
    StrapSpec spec;
    spec.points = {{0.097f, 0.043f, 0.036f}, {0.099f, 0.020f, 0.046f}, {0.101f, -0.030f, 0.058f},
                   {0.101f, -0.100f, 0.066f}, {0.099f, -0.180f, 0.068f}, {0.095f, -0.260f, 0.065f},
                   {0.088f, -0.330f, 0.058f}, {0.082f, -0.375f, 0.050f}, {0.079f, -0.392f, 0.046f}};
    spec.widths = {0.006f, 0.008f, 0.015f, 0.022f, 0.024f, 0.021f, 0.014f, 0.010f, 0.010f};
    spec.depths = {0.004f, 0.005f, 0.009f, 0.0125f, 0.013f, 0.011f, 0.007f, 0.0045f, 0.004f};
    spec.sides = {{1, 0, 0}};
    sdf::Shape shape = carveBones(strap(spec));
    addPaired(out, "rectus_femoris", shape, 0.0016f, spec.points, 0.0004f);
}

// Tensor fasciae latae: from the outer crest behind the ASIS (OS tfl P1
// (0.128, 0.103, 0.026)) to ~(0.142, -0.103, 0.030) (P2), then the
// iliotibial band down the lateral thigh to Gerdy's tubercle.
void addTensorFasciaeLatae(std::vector<Recipe>& out) {
    StrapSpec belly;
    belly.points = {{0.129f, 0.098f, 0.036f}, {0.140f, 0.060f, 0.040f}, {0.149f, 0.010f, 0.038f},
                    {0.152f, -0.045f, 0.033f}, {0.150f, -0.100f, 0.027f}};
    belly.widths = {0.008f, 0.015f, 0.017f, 0.015f, 0.010f};
    belly.depths = {0.005f, 0.008f, 0.009f, 0.0075f, 0.0035f};
    belly.sides = {{0, 0, 1}};
    StrapSpec band;
    band.points = {{0.151f, -0.060f, 0.020f}, {0.152f, -0.130f, 0.012f}, {0.149f, -0.220f, 0.008f},
                   {0.142f, -0.310f, 0.008f}, {0.131f, -0.390f, 0.010f}, {0.122f, -0.440f, 0.014f},
                   {0.114f, -0.462f, 0.020f}};
    band.widths = {0.012f, 0.018f, 0.020f, 0.018f, 0.015f, 0.011f, 0.007f};
    band.depths = {0.0025f, 0.0022f, 0.0021f, 0.0021f, 0.0022f, 0.0024f, 0.0025f};
    band.sides = {{0, 0, 1}};
    sdf::Shape shape = carveBones(sdf::smoothUnion(strap(belly), strap(band), 0.006f));
    std::vector<vec3> fibres = {belly.points[0], belly.points[2], belly.points[4], band.points[3], band.points[6]};
    addPaired(out, "tensor_fasciae_latae", shape, 0.0016f, fibres, 0.0005f);
}

// ---- Gluteal muscles --------------------------------------------------------------------

// Gluteus maximus: a thick quadrilateral of coarse bundles from the posterior
// ilium (behind the posterior gluteal line), the PSIS, the back of the sacrum
// and coccyx, down and laterally over the buttock to the iliotibial tract
// (upper bundles) and the gluteal tuberosity (deep lower bundles).
void addGluteusMaximus(std::vector<Recipe>& out) {
    struct Bundle {
        vec3 a, b, c, d;
        float w, t;
    };
    const Bundle bundles[] = {
        {{0.072f, 0.148f, -0.070f}, {0.105f, 0.100f, -0.090f}, {0.145f, 0.030f, -0.066f}, {0.160f, -0.040f, -0.030f}, 0.016f, 0.011f},
        {{0.050f, 0.118f, -0.092f}, {0.090f, 0.070f, -0.112f}, {0.138f, -0.005f, -0.085f}, {0.157f, -0.075f, -0.038f}, 0.018f, 0.014f},
        {{0.034f, 0.080f, -0.100f}, {0.075f, 0.025f, -0.123f}, {0.124f, -0.050f, -0.092f}, {0.146f, -0.100f, -0.045f}, 0.018f, 0.015f},
        {{0.021f, 0.042f, -0.094f}, {0.058f, -0.018f, -0.118f}, {0.104f, -0.085f, -0.085f}, {0.126f, -0.118f, -0.040f}, 0.017f, 0.014f},
        {{0.011f, 0.010f, -0.080f}, {0.040f, -0.048f, -0.100f}, {0.083f, -0.108f, -0.075f}, {0.112f, -0.132f, -0.040f}, 0.014f, 0.011f},
    };
    std::vector<sdf::Shape> parts;
    for (const auto& bd : bundles) {
        StrapSpec s;
        s.points = {bd.a, bd.b, bd.c, bd.d};
        s.widths = {bd.w * 0.7f, bd.w, bd.w * 0.85f, bd.w * 0.45f};
        s.depths = {bd.t * 0.5f, bd.t, bd.t * 0.8f, bd.t * 0.35f};
        // Broad faces toward the back of the buttock.
        s.sides = {{1, -0.6f, 0.0f}, {1, -0.8f, 0.2f}, {1, -0.6f, 0.6f}, {0.2f, -0.4f, 1.0f}};
        parts.push_back(strap(s));
    }
    sdf::Shape shape = carveBones(sdf::smoothUnion(parts, 0.012f));
    std::vector<vec3> fibres = {bundles[2].a, bundles[2].b, bundles[2].c, bundles[2].d};
    addPaired(out, "gluteus_maximus", shape, 0.002f, fibres, 0.0006f);
}

// Gluteus medius: a fan from the outer ilium below the crest (between the
// anterior and posterior gluteal lines) converging on the greater trochanter
// (§2.3 tip (0.127, 0.003, -0.023), lateral point (0.146, -0.035, -0.010)).
void addGluteusMedius(std::vector<Recipe>& out) {
    const vec3 insertion{0.138f, -0.008f, -0.018f};
    const vec3 origins[] = {{0.132f, 0.112f, 0.030f}, {0.128f, 0.132f, 0.012f}, {0.115f, 0.148f, -0.008f},
                            {0.098f, 0.152f, -0.030f}, {0.080f, 0.140f, -0.052f}};
    std::vector<sdf::Shape> parts;
    for (size_t i = 0; i < 5; ++i) {
        vec3 a = origins[i];
        vec3 mid = 0.5f * (a + insertion) + vec3(0.014f, 0.0f, -0.004f);
        StrapSpec s;
        s.points = {a, mid, insertion};
        s.widths = {0.016f, 0.016f, 0.008f};
        s.depths = {0.008f, 0.012f, 0.005f};
        s.sides = {{0, 0, 1}, {0.3f, 0, 1}, {0.3f, 0, 1}};
        parts.push_back(strap(s));
    }
    sdf::Shape shape = carveBones(sdf::smoothUnion(parts, 0.010f));
    std::vector<vec3> fibres = {origins[2], 0.5f * (origins[2] + insertion) + vec3(0.014f, 0, -0.004f), insertion};
    addPaired(out, "gluteus_medius", shape, 0.0018f, fibres, 0.0005f);
}

} // namespace

void addWallRecipes(std::vector<Recipe>& out) {
    addRectusAbdominis(out);
    addExternalOblique(out);
    addInternalOblique(out);
    addTransversusAbdominis(out);
    addInguinalLigament(out);
    addSartorius(out);
    addRectusFemoris(out);
    addTensorFasciaeLatae(out);
    addGluteusMaximus(out);
    addGluteusMedius(out);
}

} // namespace dc
