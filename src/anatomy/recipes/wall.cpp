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

// 0 at a sheet's border rising smoothly to 1 at `depth` inside it (C1, no
// ridge along the sheet's midline as long as the sheet is wider than 2 depth).
float edgeTaper(float inside, float depth) {
    float e = std::clamp(inside / depth, 0.0f, 1.0f);
    return 1.0f - (1.0f - e) * (1.0f - e);
}

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
            {0.255f, 0, -0.003f, 0.125f, 0.125f, 0.100f, 0.078f, 2.25f},
            {0.215f, 0, -0.003f, 0.121f, 0.121f, 0.100f, 0.074f, 2.3f},
            {0.175f, 0, 0.000f, 0.120f, 0.120f, 0.098f, 0.064f, 2.35f},
            {0.140f, 0, 0.005f, 0.121f, 0.121f, 0.093f, 0.052f, 2.45f},
            {0.110f, 0, 0.010f, 0.124f, 0.124f, 0.086f, 0.046f, 2.5f},
            {0.080f, 0, 0.012f, 0.128f, 0.128f, 0.080f, 0.042f, 2.4f},
            // Below the ASIS the wall's lower edge follows the inguinal
            // ligament (z ~0.055) down and medially to the pubic tubercle.
            {0.060f, 0, 0.012f, 0.112f, 0.112f, 0.072f, 0.040f, 2.4f},
            {0.036f, 0, 0.012f, 0.090f, 0.090f, 0.061f, 0.036f, 2.4f},
            {0.015f, 0, 0.012f, 0.065f, 0.065f, 0.052f, 0.032f, 2.4f},
            {-0.005f, 0, 0.012f, 0.045f, 0.045f, 0.046f, 0.030f, 2.4f},
        });
        return std::make_shared<WallFrame>(loft, -0.02f, 0.36f);
    }();
    return frame;
}

// Rectus abdominis borders in s (§4.3: 6-8 cm wide at the umbilicus, 3-4 cm
// at the pubis; linea alba 1-2 cm wide above the umbilicus, a line below).
float rectusMedial(float y) {
    float base = profile({{0.0f, 0.0026f}, {0.17f, 0.0030f}, {0.21f, 0.0058f}, {0.34f, 0.0068f}}, y);
    return base + 0.0035f * std::exp(-std::pow((y - 0.196f) / 0.009f, 2.0f)); // umbilical ring
}
float rectusLateral(float y) {
    return profile({{0.0f, 0.031f},
                    {0.015f, 0.036f},
                    {0.03f, 0.041f},
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
        p.z -= 0.002f * sag;
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
    float along = profile({{0.0f, 0.006f}, {0.025f, 0.0100f}, {0.07f, 0.0115f}, {0.2f, 0.0108f}, {0.34f, 0.0095f}}, y);
    float groove = 0.0f;
    for (float yi : {0.199f, 0.258f, 0.316f}) {
        float yc = yi + 0.004f * u + 0.002f * std::sin(u * 5.0f);
        groove += 0.0022f * std::exp(-std::pow((y - yc) / 0.0035f, 2.0f));
    }
    return along * (0.45f + 0.55f * across) - groove;
}

const sdf::Shape& rectusAbdominisShape() {
    static const sdf::Shape shape = [] {
        auto frame = wallFrame();
        std::vector<vec2> mask;
        for (float y = kTop; y > 0.0f; y -= 0.01f) mask.push_back({rectusMedial(y), y});
        mask.push_back({rectusMedial(0.0f), -0.003f});
        mask.push_back({rectusLateral(0.0f), -0.003f});
        for (float y = 0.0f; y <= kTop; y += 0.01f) mask.push_back({rectusLateral(y), y});
        mask.push_back({rectusLateral(kTop), kTop});
        SheetSpec spec{frame, mask, [](float s, float y) { return vec2(0.0f, rectusThickness(s, y)); }, 0.0025f,
                       0.013f};
        return carveBones(sheet(spec));
    }();
    return shape;
}

void addRectusAbdominis(std::vector<Recipe>& out) {
    auto frame = wallFrame();
    sdf::Shape shape = rectusAbdominisShape();
    // Fibres: vertical, pubic crest -> costal cartilages 5-7 (§4.1).
    std::vector<vec3> fibres;
    for (float y : {0.0f, 0.06f, 0.13f, 0.2f, 0.27f, kTop}) {
        float s = 0.5f * (rectusMedial(y) + rectusLateral(y));
        fibres.push_back(frame->point(s, y, 0.005f));
    }
    addPaired(out, "rectus_abdominis", shape, 0.0023f, fibres, 0.0005f);
}

// ---- Flank layers ------------------------------------------------------------------

constexpr float kSemilunarGap = 0.0015f; // rectus's lateral border to the flank sheets

// The medial border of the flank sheets, from the top down to `yLow`.
void medialBorder(std::vector<vec2>& mask, float yLow) {
    for (float y = kTop; y > yLow; y -= 0.015f) mask.push_back({rectusLateral(y) + kSemilunarGap, y});
    mask.push_back({rectusLateral(yLow) + kSemilunarGap, yLow});
}

// Chart points of a 3-D polyline, raised by dy, never over the rectus.
void chartLine(std::vector<vec2>& mask, const std::vector<vec3>& pts, float dy, bool reverse = false) {
    auto frame = wallFrame();
    std::vector<vec3> p = pts;
    if (reverse) std::reverse(p.begin(), p.end());
    for (const auto& q : p) {
        vec2 c = frame->chart(q) + vec2(0.0f, dy);
        c.x = std::max(c.x, rectusLateral(c.y) + kSemilunarGap);
        mask.push_back(c);
    }
}

// The anterior two thirds of the iliac crest, where the flank sheets end.
std::vector<vec3> anteriorCrest() { return {crestOuterLip().begin() + 1, crestOuterLip().begin() + 6}; }

// External oblique: from the lower ribs (above the cut) down to the anterior
// half of the crest's outer lip; its free lower edge is the inguinal
// ligament (ASIS to pubic tubercle); its free posterior border runs from
// the 12th rib to the crest.
const std::vector<vec2>& externalObliqueMask() {
    static const std::vector<vec2> mask = [] {
        auto frame = wallFrame();
        std::vector<vec2> m;
        medialBorder(m, 0.012f);
        chartLine(m, inguinalLine(), 0.0048f, true);
        chartLine(m, anteriorCrest(), 0.004f);
        m.push_back({frame->sOf({0.112f, 0.20f, -0.030f}), 0.20f});
        m.push_back({frame->sOf({0.112f, 0.28f, -0.045f}), 0.28f});
        m.push_back({frame->sOf({0.108f, kTop, -0.058f}), kTop});
        return m;
    }();
    return mask;
}

// Internal oblique: thoracolumbar fascia, anterior two thirds of the crest
// and lateral half of the inguinal ligament; its lowest fibres arch over
// the spermatic cord to the pubic crest (conjoint tendon).
const std::vector<vec2>& internalObliqueMask() {
    static const std::vector<vec2> mask = [] {
        auto frame = wallFrame();
        std::vector<vec3> lig = inguinalLine();
        std::vector<vec2> m;
        medialBorder(m, 0.018f);
        m.push_back(frame->chart({0.048f, 0.040f, 0.060f}));
        m.push_back(frame->chart(lig[4]) + vec2(0.0f, 0.010f));
        m.push_back(frame->chart(lig[2]) + vec2(0.0f, 0.004f));
        m.push_back(frame->chart(lig[0]) + vec2(0.0f, 0.003f));
        chartLine(m, anteriorCrest(), 0.003f);
        m.push_back({frame->sOf({0.100f, 0.17f, -0.035f}), 0.17f});
        m.push_back({frame->sOf({0.095f, 0.24f, -0.055f}), 0.24f});
        m.push_back({frame->sOf({0.100f, kTop, -0.062f}), kTop});
        return m;
    }();
    return mask;
}

// Transversus abdominis: costal cartilages 7-12 (above the cut),
// thoracolumbar fascia, inner lip of the crest, lateral third of the
// inguinal ligament.
const std::vector<vec2>& transversusMask() {
    static const std::vector<vec2> mask = [] {
        auto frame = wallFrame();
        std::vector<vec3> lig = inguinalLine();
        std::vector<vec2> m;
        medialBorder(m, 0.022f);
        m.push_back(frame->chart({0.050f, 0.045f, 0.058f}));
        m.push_back(frame->chart(lig[3]) + vec2(0.0f, 0.012f));
        m.push_back(frame->chart(lig[1]) + vec2(0.0f, 0.004f));
        m.push_back(frame->chart(lig[0]) + vec2(0.0f, 0.004f));
        chartLine(m, anteriorCrest(), 0.003f);
        m.push_back({frame->sOf({0.095f, 0.17f, -0.045f}), 0.17f});
        m.push_back({frame->sOf({0.090f, 0.24f, -0.060f}), 0.24f});
        m.push_back({frame->sOf({0.095f, kTop, -0.066f}), kTop});
        return m;
    }();
    return mask;
}

// 1 inside a layer's mask (and just outside its rounded border), falling to
// 0 a centimetre outside it: a deeper layer only pushes the ones above it
// outward where it exists.
float presence(const std::vector<vec2>& mask, float s, float y) {
    return smooth01(-0.012f, -0.002f, -polygonDistance(mask, {s, y}));
}

// Thickness of each layer (§4.3 at rest: transversus 3-6 mm, internal
// oblique 8-12 mm, external oblique 5-8 mm), thinning to aponeuroses
// (~3.5 mm, thicker than life so the mesh holds them) toward the rectus sheath.
float tTransversus(float s, float y) {
    float l = rectusLateral(y);
    return lerp(0.0035f, 0.0052f, smooth01(l + 0.012f, l + 0.04f, s));
}
float tInternal(float s, float y) {
    float l = rectusLateral(y);
    float fleshy = profile({{0.05f, 0.0085f}, {0.12f, 0.0100f}, {0.25f, 0.0100f}, {0.34f, 0.0075f}}, y);
    return lerp(0.0035f, fleshy, smooth01(l + 0.012f, l + 0.045f, s));
}
float tExternal(float s, float y) {
    // Muscular-aponeurotic junction: vertical lateral to the rectus down to
    // about the umbilical level, then sweeping laterally to the ASIS.
    static const float sAsis = wallFrame()->sOf(kAsis);
    float l = rectusLateral(y);
    float j = y > 0.17f ? l + 0.028f : lerp(sAsis + 0.012f, l + 0.028f, smooth01(0.085f, 0.17f, y));
    float fleshy = profile({{0.1f, 0.006f}, {0.2f, 0.007f}, {0.34f, 0.0065f}}, y);
    return lerp(0.0035f, fleshy, smooth01(j - 0.004f, j + 0.018f, s));
}
vec2 spanTransversus(float s, float y) { return {0.0f, tTransversus(s, y)}; }
vec2 spanInternal(float s, float y) {
    float a = tTransversus(s, y) * presence(transversusMask(), s, y) + kLayerGap;
    return {a, a + tInternal(s, y)};
}
vec2 spanExternal(float s, float y) {
    float a = tTransversus(s, y) * presence(transversusMask(), s, y) + kLayerGap +
              tInternal(s, y) * presence(internalObliqueMask(), s, y) + kLayerGap;
    return {a, a + tExternal(s, y)};
}

void addExternalOblique(std::vector<Recipe>& out) {
    auto frame = wallFrame();
    SheetSpec spec{frame, externalObliqueMask(), spanExternal, 0.0015f, 0.026f};
    sdf::Shape shape = sheet(spec);
    // Superficial inguinal ring: an oval slit above and lateral to the pubic
    // tubercle (§2.4 (0.035, 0.018, 0.063)).
    shape = sdf::subtract(shape,
                          sdf::ellipsoid({0.036f, 0.019f, 0.060f}, {0.0065f, 0.0042f, 0.012f},
                                         sdf::basisFromAxis({0.0f, 0.0f, 1.0f}, {0.8f, -0.6f, 0.0f})),
                          0.001f);
    shape = carveBones(shape);
    // Fibres down, forward and medially ("hands in pockets"): lower ribs ->
    // linea alba and pubic tubercle.
    std::vector<vec3> fibres = {frame->point(frame->sOf({0.125f, 0.33f, -0.04f}), 0.33f, 0.02f),
                                frame->point(0.16f, 0.22f, 0.02f), frame->point(0.10f, 0.11f, 0.01f),
                                kPubicTubercle + vec3(0.006f, 0.006f, 0.006f)};
    addPaired(out, "external_oblique", shape, 0.00235f, fibres, 0.0006f);
}

void addInternalOblique(std::vector<Recipe>& out) {
    auto frame = wallFrame();
    SheetSpec spec{frame, internalObliqueMask(), spanInternal, 0.0015f, 0.016f};
    sdf::Shape shape = carveBones(sheet(spec));
    // Fibres up, forward and medially: crest and fascia -> ribs 10-12 and
    // linea alba.
    std::vector<vec3> fibres = {frame->point(frame->sOf({0.11f, 0.15f, -0.01f}), 0.15f, 0.01f),
                                frame->point(0.15f, 0.23f, 0.01f), frame->point(0.10f, 0.31f, 0.008f)};
    addPaired(out, "internal_oblique", shape, 0.00235f, fibres, 0.0006f);
}

void addTransversusAbdominis(std::vector<Recipe>& out) {
    auto frame = wallFrame();
    SheetSpec spec{frame, transversusMask(), spanTransversus, 0.0012f, 0.007f};
    sdf::Shape shape = carveBones(sheet(spec));
    // Fibres horizontal, around the flank from the fascia to the linea alba.
    std::vector<vec3> fibres;
    for (float s : {0.24f, 0.19f, 0.14f, 0.09f, 0.05f}) fibres.push_back(frame->point(s, 0.22f, 0.002f));
    addPaired(out, "transversus_abdominis", shape, 0.00235f, fibres, 0.0006f);
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
    sdf::Shape shape = carve(carveBones(strap(spec), 0.0008f), rectusAbdominisShape(), 0.0008f);
    addPaired(out, "inguinal_ligament", shape, 0.0011f, {}, 0.0003f);
}

// ---- Thigh --------------------------------------------------------------------------------

// Sartorius: a strap from just below the ASIS across the front of the thigh
// to its medial side, behind the medial condyle, to the pes anserinus
// (§4.4 sart P1 (0.109, 0.065, 0.038) by the ASIS, P2 (0.036, -0.377,
// -0.003) on the distal femur).
const StrapSpec& sartoriusPath() {
    static const StrapSpec spec = [] {
        StrapSpec s;
        s.points = {{0.124f, 0.070f, 0.057f},  {0.121f, 0.048f, 0.064f},  {0.106f, 0.006f, 0.071f},
                    {0.084f, -0.060f, 0.073f}, {0.063f, -0.140f, 0.066f}, {0.049f, -0.220f, 0.046f},
                    {0.042f, -0.300f, 0.016f}, {0.038f, -0.365f, -0.014f}, {0.037f, -0.410f, -0.029f},
                    {0.039f, -0.445f, -0.020f}, {0.047f, -0.462f, 0.000f}};
        // About 3 cm wide and 1 cm thick in the middle, tendinous at both ends.
        s.widths = {0.006f, 0.010f, 0.013f, 0.014f, 0.0145f, 0.014f, 0.013f, 0.011f, 0.009f, 0.007f, 0.006f};
        s.depths = {0.0035f, 0.0045f, 0.005f, 0.0052f, 0.0055f, 0.0055f, 0.0052f, 0.0048f, 0.0042f, 0.0032f, 0.0025f};
        // Broad face forward over the thigh, turning medially, then backwards
        // behind the medial condyle.
        s.sides = {{1, 0, -0.2f}, {1, 0, -0.3f}, {1, 0, -0.3f}, {1, 0, -0.1f}, {1, 0, 0.3f}, {1, 0, 0.8f},
                   {0.5f, 0, 1},  {0.2f, 0, 1},  {0.1f, 0, 1},   {0.4f, 0, 1},  {1, 0, 0.6f}};
        return s;
    }();
    return spec;
}
const sdf::Shape& sartoriusShape() {
    static const sdf::Shape shape = carveBones(ribbon(sartoriusPath()));
    return shape;
}

void addSartorius(std::vector<Recipe>& out) {
    addPaired(out, "sartorius", sartoriusShape(), 0.0024f, sartoriusPath().points, 0.0005f);
}

// Rectus femoris: fusiform, from the AIIS (§2.2, OS recfem P1) over the front
// of the hip down the front of the thigh to the patella above the knee.
void addRectusFemoris(std::vector<Recipe>& out) {
    StrapSpec spec;
    spec.points = {{0.097f, 0.043f, 0.036f}, {0.099f, 0.020f, 0.046f}, {0.101f, -0.030f, 0.056f},
                   {0.100f, -0.100f, 0.062f}, {0.098f, -0.180f, 0.063f}, {0.094f, -0.260f, 0.060f},
                   {0.088f, -0.330f, 0.054f}, {0.082f, -0.375f, 0.048f}, {0.079f, -0.392f, 0.045f}};
    spec.widths = {0.006f, 0.008f, 0.014f, 0.020f, 0.022f, 0.019f, 0.013f, 0.010f, 0.010f};
    spec.depths = {0.004f, 0.005f, 0.009f, 0.012f, 0.0125f, 0.0105f, 0.007f, 0.0045f, 0.004f};
    spec.sides = {{1, 0, 0}};
    // Its upper end lies behind the sartorius, which crosses it.
    sdf::Shape shape = carve(carveBones(strap(spec)), sartoriusShape(), 0.001f);
    addPaired(out, "rectus_femoris", shape, 0.0024f, spec.points, 0.0005f);
}

// Tensor fasciae latae: from the outer crest behind the ASIS (OS tfl P1
// (0.128, 0.103, 0.026)) to ~(0.142, -0.103, 0.030) (P2), then the
// iliotibial band down the lateral thigh to Gerdy's tubercle.
// One band from the crest to Gerdy's tubercle: the fleshy belly above
// (about 15 cm long, up to 3 cm wide and 1.8 cm thick), the thin iliotibial
// tract below it on the lateral thigh (~4 cm wide).
struct TflParts {
    StrapSpec band;
    sdf::Shape shape;
};
const TflParts& tensorFasciaeLatae() {
    static const TflParts parts = [] {
        TflParts t;
        StrapSpec& b = t.band;
        b.points = {{0.129f, 0.098f, 0.036f},  {0.139f, 0.060f, 0.039f},  {0.146f, 0.010f, 0.036f},
                    {0.148f, -0.045f, 0.031f}, {0.149f, -0.100f, 0.024f}, {0.150f, -0.150f, 0.014f},
                    {0.147f, -0.220f, 0.008f}, {0.137f, -0.310f, 0.008f}, {0.126f, -0.390f, 0.010f},
                    {0.119f, -0.440f, 0.014f}, {0.114f, -0.462f, 0.020f}};
        b.widths = {0.008f, 0.014f, 0.016f, 0.015f, 0.014f, 0.017f, 0.019f, 0.018f, 0.015f, 0.011f, 0.007f};
        b.depths = {0.005f, 0.008f, 0.009f, 0.0075f, 0.004f, 0.0022f, 0.0021f, 0.0021f, 0.0022f, 0.0024f, 0.0025f};
        b.sides = {{0, 0, 1}};
        t.shape = carveBones(ribbon(b));
        return t;
    }();
    return parts;
}

void addTensorFasciaeLatae(std::vector<Recipe>& out) {
    const TflParts& t = tensorFasciaeLatae();
    const auto& p = t.band.points;
    std::vector<vec3> fibres = {p[0], p[2], p[4], p[7], p[10]};
    addPaired(out, "tensor_fasciae_latae", t.shape, 0.0024f, fibres, 0.0005f);
}

// ---- Gluteal muscles --------------------------------------------------------------------

// The deep surface of gluteus maximus (= the outer surface of gluteus medius
// and of the deep rotators behind the hip), a loft around the pelvis: over
// the outer ilium below the crest, 5-7 mm outside the greater trochanter
// (§2.3 lateral point (0.146, -0.035, -0.010)), behind the sciatic nerve and
// short rotators (§5.2 (0.085, -0.005, -0.055)), on the back of the sacrum
// and coccyx.
std::shared_ptr<const WallFrame> hipFrame() {
    static std::shared_ptr<const WallFrame> frame = [] {
        auto loft = std::make_shared<Loft>(std::vector<Section>{
            // y       xc  zc       lat     med     front  back    n
            {0.185f, 0, -0.012f, 0.100f, 0.100f, 0.080f, 0.060f, 2.2f},
            {0.150f, 0, -0.005f, 0.135f, 0.135f, 0.085f, 0.078f, 2.3f},
            {0.120f, 0, 0.000f, 0.146f, 0.146f, 0.090f, 0.083f, 2.4f},
            {0.080f, 0, 0.000f, 0.149f, 0.149f, 0.090f, 0.090f, 2.5f},
            {0.040f, 0, 0.000f, 0.151f, 0.151f, 0.090f, 0.098f, 2.5f},
            {0.000f, 0, 0.000f, 0.153f, 0.153f, 0.090f, 0.099f, 2.5f},
            {-0.040f, 0, 0.000f, 0.153f, 0.153f, 0.090f, 0.094f, 2.4f},
            {-0.080f, 0, 0.000f, 0.152f, 0.152f, 0.090f, 0.085f, 2.3f},
            {-0.150f, 0, 0.000f, 0.150f, 0.150f, 0.090f, 0.072f, 2.2f},
        });
        return std::make_shared<WallFrame>(loft, -0.16f, 0.19f);
    }();
    return frame;
}

std::vector<vec2> chartOf(const std::shared_ptr<const WallFrame>& frame, const std::vector<vec3>& pts) {
    std::vector<vec2> out;
    for (const auto& p : pts) out.push_back(frame->chart(p));
    return out;
}

// Gluteus medius: a thick fan (up to ~2.2 cm) from the outer ilium below the
// crest, between the anterior and posterior gluteal lines, converging on the
// greater trochanter (§2.3 tip (0.127, 0.003, -0.023)); it lies under the
// frame, gluteus maximus covers its back half.
std::vector<vec2> gluteusMediusMask() {
    return smoothClosed(chartOf(hipFrame(), {{0.136f, 0.104f, 0.032f},
                                            {0.133f, 0.128f, 0.013f},
                                            {0.118f, 0.146f, -0.008f},
                                            {0.098f, 0.153f, -0.028f},
                                            {0.078f, 0.146f, -0.050f},
                                            {0.082f, 0.105f, -0.068f},
                                            {0.105f, 0.055f, -0.062f},
                                            {0.128f, 0.012f, -0.045f},
                                            {0.140f, -0.010f, -0.025f},
                                            {0.146f, -0.008f, 0.000f},
                                            {0.146f, 0.030f, 0.018f},
                                            {0.142f, 0.070f, 0.030f}}),
                        4);
}

float gluteusMediusThickness(const std::vector<vec2>& mask, float s, float y) {
    float inside = -polygonDistance(mask, {s, y});
    float t = profile({{-0.005f, 0.013f}, {0.03f, 0.016f}, {0.08f, 0.022f}, {0.15f, 0.014f}}, y);
    t *= 0.35f + 0.65f * edgeTaper(inside, 0.03f);
    // Fascicles fanning from the trochanter: shallow radial grooves.
    static const vec2 apex = hipFrame()->chart({0.140f, -0.010f, -0.020f});
    float phi = std::atan2(y - apex.y, s - apex.x) / 0.11f;
    float f = phi - std::floor(phi) - 0.5f;
    float fade = smooth01(0.03f, 0.07f, glm::length(vec2(s, y) - apex)) * smooth01(0.0f, 0.012f, inside);
    return t - 0.0016f * std::exp(-f * f / 0.012f) * fade;
}

void addGluteusMedius(std::vector<Recipe>& out) {
    auto frame = hipFrame();
    auto mask = std::make_shared<std::vector<vec2>>(gluteusMediusMask());
    SheetSpec spec{frame, *mask,
                   [mask](float s, float y) {
                       return vec2(-gluteusMediusThickness(*mask, s, y) - 0.0008f, -0.0008f);
                   },
                   0.003f, 0.0f, -0.024f};
    sdf::Shape shape = carve(carveBones(sheet(spec)), tensorFasciaeLatae().shape, 0.001f);
    std::vector<vec3> fibres = {{0.105f, 0.150f, -0.020f}, {0.128f, 0.080f, -0.020f}, {0.140f, 0.000f, -0.015f}};
    addPaired(out, "gluteus_medius", shape, 0.0028f, fibres, 0.0006f);
}

// Gluteus maximus: a thick quadrilateral (up to ~3.3 cm) from the posterior
// ilium behind the posterior gluteal line, the PSIS (§2.2), the back of the
// sacrum and coccyx (§2.1), its upper and lower borders running down and
// laterally; the upper three quarters end in the iliotibial tract over the
// greater trochanter, the deep lower part on the gluteal tuberosity. It
// forms the buttock.
void addGluteusMaximus(std::vector<Recipe>& out) {
    auto frame = hipFrame();
    // Origin (upper medial) border: posterior crest, PSIS, sacrum, coccyx;
    // lower border obliquely down and out across the gluteal fold; insertion
    // on the tract and the gluteal tuberosity; upper border from the
    // posterior crest down and out to the trochanter, leaving the upper
    // front of gluteus medius uncovered.
    auto mask = std::make_shared<std::vector<vec2>>(smoothClosed(chartOf(frame, {{0.072f, 0.150f, -0.068f},
                                                                                 {0.042f, 0.118f, -0.092f},
                                                                                 {0.025f, 0.080f, -0.100f},
                                                                                 {0.015f, 0.040f, -0.097f},
                                                                                 {0.007f, 0.006f, -0.082f},
                                                                                 {0.030f, -0.045f, -0.086f},
                                                                                 {0.060f, -0.090f, -0.088f},
                                                                                 {0.090f, -0.128f, -0.075f},
                                                                                 {0.118f, -0.142f, -0.050f},
                                                                                 {0.145f, -0.130f, -0.020f},
                                                                                 {0.156f, -0.090f, 0.002f},
                                                                                 {0.158f, -0.040f, 0.004f},
                                                                                 {0.155f, 0.000f, -0.014f},
                                                                                 {0.140f, 0.045f, -0.050f},
                                                                                 {0.115f, 0.095f, -0.070f},
                                                                                 {0.092f, 0.132f, -0.070f}}),
                                                                 4));
    // Full thickness behind ~145 deg around the hip, tendinous (into the
    // tract) in front of ~105 deg.
    static const float sThin = hipFrame()->sOf({0.145f, 0.0f, -0.039f});
    static const float sFull = hipFrame()->sOf({0.088f, 0.0f, -0.123f});
    // Coarse fascicles: shallow grooves ~2 cm apart along the fibres (from
    // the sacrum down and out to the trochanter).
    static const vec2 along = [] {
        auto f = hipFrame();
        return glm::normalize(f->chart({0.150f, -0.070f, -0.010f}) - f->chart({0.030f, 0.070f, -0.100f}));
    }();
    SheetSpec spec{frame, *mask,
                   [mask](float s, float y) {
                       float inside = -polygonDistance(*mask, {s, y});
                       // Thickest (~3.5 cm) over the lower middle of the buttock.
                       float peak = profile({{-0.12f, 0.026f}, {-0.03f, 0.035f}, {0.04f, 0.029f}, {0.10f, 0.017f}, {0.15f, 0.011f}}, y);
                       float t = peak * (0.3f + 0.7f * edgeTaper(inside, 0.045f));
                       float across = (s * along.y - y * along.x) / 0.021f;
                       float f = across - std::floor(across) - 0.5f;
                       t -= 0.0022f * std::exp(-f * f / 0.012f) * smooth01(0.0f, 0.015f, inside);
                       // Tendinous lateral part over the trochanter (into the tract).
                       t = lerp(0.006f, t, smooth01(sThin, sFull, s));
                       return vec2(0.0008f, 0.0008f + t);
                   },
                   0.004f, 0.04f};
    sdf::Shape shape = carveBones(sheet(spec));
    std::vector<vec3> fibres = {{0.035f, 0.085f, -0.105f}, {0.080f, 0.020f, -0.125f}, {0.125f, -0.050f, -0.095f},
                                {0.150f, -0.100f, -0.020f}};
    addPaired(out, "gluteus_maximus", shape, 0.0029f, fibres, 0.0007f);
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
