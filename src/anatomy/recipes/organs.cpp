// Shape recipes: abdominal and pelvic organs (layer 2) and the kidneys and
// ureters (layer 3), from anatomy-landmarks.md §6.
//
// How they are made:
// - The large bowel is ONE continuous tube from the caecal pole to the anal
//   canal through the §6.2 waypoints, with haustra (sacculations between
//   semilunar folds) and three taeniae as a relief on its radius; each id
//   (caecum, ascending ... rectum) is a stretch of it cut flush, so the parts
//   meet without a seam.
// - Every tube is laid on the posterior wall and pushed clear of its
//   neighbours (psoas, iliacus, quadratus lumborum, kidneys, vessels, wall,
//   bones) so it rests against them with a thin gap instead of entering them.
// - The small intestine is one tube from the duodenojejunal flexure to the
//   ileocaecal junction, wound through a lattice of free cells that fill the
//   colon frame and the pelvis above the bladder: a self-avoiding walk that
//   visits nearly every cell, so the coils pack without touching each other
//   (checked in code), jejunum upper left, ileum lower right and pelvic.
// - Kidneys are beans (ellipsoids with the hilum notched and the renal pelvis
//   leaving it) carved against psoas and quadratus lumborum behind them.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>

#include <glm/geometric.hpp>

#include "anatomy/recipes/common.h"
#include "anatomy/recipes/organs_geom.h"

namespace dc {

namespace {

using glm::vec3;
using namespace recipes;
namespace og = recipes::organgeom;

constexpr float kPi = 3.14159265f;
constexpr float kStep = 0.002f; // path sampling (m)

// ---------------------------------------------------------------------------
// Surroundings: what the organs lie on and inside.

std::map<std::string, sdf::Shape> vesselShapes() {
    std::vector<Recipe> v;
    addVesselRecipes(v);
    std::map<std::string, sdf::Shape> m;
    for (auto& r : v) m[r.id] = r.shape;
    return m;
}

// `s` moved by `d`.
sdf::Shape translated(const sdf::Shape& s, vec3 d) {
    Bounds b = s.bounds();
    b.min += d;
    b.max += d;
    return sdf::Shape([s, d](const vec3& p) { return s(p - d); }, b);
}

struct Surroundings {
    std::vector<sdf::Shape> back;    // psoas major/minor, iliacus, quadratus lumborum
    std::vector<sdf::Shape> wall;    // transversus, internal oblique, rectus (+ linea alba)
    std::vector<sdf::Shape> bones;   // lumbar spine, sacrum, coccyx, hip bones, ribs
    std::vector<sdf::Shape> vessels; // aorta, IVC, iliac and femoral vessels
    std::vector<sdf::Shape> all() const {
        std::vector<sdf::Shape> a = back;
        for (const auto* v : {&wall, &bones, &vessels}) a.insert(a.end(), v->begin(), v->end());
        return a;
    }
};

Surroundings surroundings() {
    Surroundings s;
    s.back = og::neighbourShapes({"psoas_major_*", "psoas_minor_*", "iliacus_*", "quadratus_lumborum_*"});
    s.wall = og::neighbourShapes({"transversus_abdominis_*", "internal_oblique_*", "rectus_abdominis_*",
                                  "inguinal_ligament_*"});
    // The linea alba between the recti: each rectus shifted 1.3 cm medially
    // stands in for it, so nothing slips forward between them.
    if (auto* ra = og::neighbourShape("rectus_abdominis_left")) s.wall.push_back(translated(*ra, {-0.013f, 0, 0}));
    if (auto* ra = og::neighbourShape("rectus_abdominis_right")) s.wall.push_back(translated(*ra, {0.013f, 0, 0}));
    s.bones = og::neighbourShapes({"t12_vertebra", "l1_vertebra", "l2_vertebra", "l3_vertebra", "l4_vertebra",
                                   "l5_vertebra", "disc_t12_l1", "disc_l1_l2", "disc_l2_l3", "disc_l3_l4", "disc_l4_l5",
                                   "disc_l5_s1", "sacrum", "coccyx", "hip_bone_*", "rib_11_*", "rib_12_*"});
    for (auto& [id, sh] : vesselShapes())
        if (id.rfind("femoral", 0) != 0) s.vessels.push_back(sh);
    return s;
}

// ---------------------------------------------------------------------------
// Kidneys (§6.1): 11 x 6 x 3.5 cm beans; upper pole 15° medial and 15° back,
// hilum turned 30° anteromedially about 5 cm from the midline; the renal
// pelvis leaves the hilum down and medially into the ureter.

struct KidneyFrame {
    vec3 c, up, hilum, thick; // centre; long axis (to the upper pole); toward the hilum; across
};

KidneyFrame kidneyFrame(vec3 centre) {
    KidneyFrame f;
    f.c = centre;
    float t15 = std::tan(15.0f * kPi / 180.0f);
    f.up = glm::normalize(vec3(-t15, 1.0f, -t15));
    vec3 h(-std::cos(30.0f * kPi / 180.0f), 0.0f, std::sin(30.0f * kPi / 180.0f));
    f.hilum = glm::normalize(h - glm::dot(h, f.up) * f.up);
    f.thick = glm::cross(f.hilum, f.up);
    return f;
}

// A left kidney at `centre`, its renal pelvis narrowing to `pelvisExit`.
sdf::Shape kidneyShape(vec3 centre, vec3 pelvisExit) {
    KidneyFrame f = kidneyFrame(centre);
    glm::mat3 axes(f.hilum, f.up, f.thick);
    // Body: the lateral border fuller than the medial, the upper pole a
    // little broader and thicker than the lower.
    auto body = sdf::smoothUnion(
        {sdf::ellipsoid(f.c, {0.028f, 0.055f, 0.0175f}, axes),
         sdf::ellipsoid(f.c - f.hilum * 0.004f + f.up * 0.012f, {0.026f, 0.040f, 0.0180f}, axes),
         sdf::ellipsoid(f.c - f.hilum * 0.003f - f.up * 0.015f, {0.025f, 0.036f, 0.0165f}, axes)},
        0.006f);
    // Hilum: a notch in the middle of the medial border, opening into the
    // renal sinus.
    auto notch = sdf::ellipsoid(f.c + f.hilum * 0.031f - f.up * 0.002f, {0.013f, 0.021f, 0.0095f}, axes);
    auto bean = sdf::subtract(body, notch, 0.005f);
    // Renal pelvis: a funnel from the sinus, down and medially.
    vec3 inSinus = f.c + f.hilum * 0.016f - f.up * 0.004f;
    vec3 mid = inSinus + (pelvisExit - inSinus) * 0.55f + f.thick * 0.001f;
    auto pelvis = sdf::smoothUnion(sdf::roundCone(inSinus, mid, 0.0085f, 0.0060f),
                                   sdf::roundCone(mid, pelvisExit, 0.0060f, 0.0030f), 0.004f);
    return sdf::smoothUnion(bean, pelvis, 0.003f);
}

// Left renal pelvis exit (= ureter start, §6.1) and the right one's, as built
// on the left before mirroring (the right kidney sits 1.5 cm lower).
const vec3 kPelvisLeft{0.050f, 0.262f, -0.004f};
const vec3 kPelvisRightAsLeft{0.050f, 0.247f, -0.002f};
const vec3 kKidneyLeft{0.078f, 0.280f, -0.015f};
const vec3 kKidneyRightAsLeft{0.076f, 0.265f, -0.013f};

// ---------------------------------------------------------------------------
// Large bowel: one tube, caecal pole to anal canal.

struct Waypoint {
    vec3 p;
    float w, d; // semi-axes: across, and along the front direction
};

// §6.2 waypoints. Semi-axes at the haustral crests (the folds between them
// are about a fifth narrower): caecum 7 x 5.5 cm, ascending 5.5, transverse
// 4.8, descending 3.8, sigmoid 3.4, rectum 3.6 widening to a 5 cm ampulla.
const std::vector<Waypoint>& colonWaypoints() {
    static const std::vector<Waypoint> w = {
        // 0-1 caecum: a pouch below the ileocaecal junction, on the right iliacus.
        {{-0.083f, 0.092f, 0.044f}, 0.034f, 0.027f},
        {{-0.082f, 0.121f, 0.038f}, 0.029f, 0.024f},
        // 1-5 ascending colon, in front of the right kidney's lower pole.
        {{-0.088f, 0.158f, 0.029f}, 0.028f, 0.023f},
        {{-0.090f, 0.195f, 0.025f}, 0.027f, 0.023f},
        {{-0.089f, 0.235f, 0.029f}, 0.026f, 0.023f},
        {{-0.084f, 0.263f, 0.042f}, 0.025f, 0.023f}, // hepatic flexure
        // 5-13 transverse colon, sagging toward the umbilical level.
        {{-0.068f, 0.272f, 0.056f}, 0.023f, 0.021f},
        {{-0.045f, 0.255f, 0.063f}, 0.023f, 0.021f},
        {{-0.021f, 0.230f, 0.067f}, 0.023f, 0.021f},
        {{0.002f, 0.221f, 0.068f}, 0.023f, 0.021f},
        {{0.026f, 0.228f, 0.066f}, 0.022f, 0.021f},
        {{0.050f, 0.252f, 0.060f}, 0.022f, 0.021f},
        {{0.068f, 0.284f, 0.050f}, 0.021f, 0.020f},
        {{0.086f, 0.316f, 0.034f}, 0.021f, 0.020f}, // splenic flexure
        // 13-18 descending colon, in front of the lateral border of the left
        // kidney, then on quadratus lumborum and the iliacus.
        {{0.103f, 0.318f, 0.012f}, 0.020f, 0.019f},
        {{0.106f, 0.285f, 0.016f}, 0.020f, 0.018f},
        {{0.102f, 0.240f, 0.026f}, 0.019f, 0.018f},
        {{0.098f, 0.185f, 0.024f}, 0.019f, 0.017f},
        {{0.094f, 0.140f, 0.022f}, 0.019f, 0.017f},
        // 18-25 sigmoid colon: over the brim into the back of the pelvis,
        // across the midline and back to the front of S3 (the ileum lies in
        // front of it, over the bladder).
        {{0.086f, 0.112f, 0.028f}, 0.018f, 0.017f},
        {{0.068f, 0.088f, 0.030f}, 0.017f, 0.016f},
        {{0.042f, 0.070f, 0.020f}, 0.017f, 0.016f},
        {{0.015f, 0.058f, 0.006f}, 0.017f, 0.016f},
        {{-0.010f, 0.056f, -0.006f}, 0.017f, 0.016f},
        {{-0.020f, 0.064f, -0.022f}, 0.017f, 0.016f},
        {{-0.008f, 0.070f, -0.036f}, 0.017f, 0.016f},
        // 25-31 rectum along the sacral curve, the ampulla, the anorectal
        // junction in front of the coccyx tip, the anal canal down and back.
        {{0.004f, 0.062f, -0.046f}, 0.017f, 0.016f},
        {{0.004f, 0.045f, -0.051f}, 0.019f, 0.017f},
        {{-0.003f, 0.026f, -0.050f}, 0.023f, 0.019f},
        {{0.002f, 0.006f, -0.040f}, 0.025f, 0.020f},
        {{0.000f, -0.016f, -0.028f}, 0.016f, 0.014f},
        {{0.000f, -0.030f, -0.027f}, 0.010f, 0.009f},
        {{0.000f, -0.046f, -0.036f}, 0.008f, 0.008f},
    };
    return w;
}

// Stretches of the bowel by waypoint index: caecum [0,1], ascending [1,5],
// transverse [5,13], descending [13,18], sigmoid [18,25], rectum [25,31].
constexpr float kColonBounds[] = {0.0f, 1.0f, 5.0f, 13.0f, 18.0f, 25.0f, 31.0f};
const char* const kColonIds[] = {"caecum", "ascending_colon", "transverse_colon", "descending_colon",
                                 "sigmoid_colon", "rectum"};

struct Colon {
    og::TubeSpec tube;
    std::array<size_t, 7> cut{}; // sample index of each boundary
    sdf::Shape whole; // without the relief, for the neighbours' clearance
};

// Haustra: sacculations between semilunar folds, the period and depth set per
// stretch (none on the rectum), with three taeniae coli (flat bands 120°
// apart, the free taenia in front) that the sacculations bulge between.
struct Haustra {
    std::vector<float> phase; // haustral phase per sample (cycles)
    std::vector<float> depth; // fold depth (fraction of the radius) per sample
    float step;
    float operator()(float s, float theta) const {
        float x = std::clamp(s / step, 0.0f, static_cast<float>(phase.size() - 1));
        size_t i = std::min(static_cast<size_t>(x), phase.size() - 2);
        float f = x - static_cast<float>(i);
        float ph = phase[i] + (phase[i + 1] - phase[i]) * f;
        float amp = depth[i] + (depth[i + 1] - depth[i]) * f;
        if (amp <= 0.0f) return 1.0f;
        float frac = ph - std::floor(ph);
        float sinus = std::sin(kPi * frac);
        float sacc = 1.0f - (1.0f - sinus) * (1.0f - sinus); // full bulges, narrow folds
        // Angular distance to the nearest taenia (0, +-120°).
        float a = std::abs(theta);
        float toBand = std::min(a, std::abs(a - 2.0f * kPi / 3.0f));
        float band = og::smoothstep(0.13f, 0.42f, toBand);
        float ridge = 0.025f * (1.0f - og::smoothstep(0.0f, 0.13f, toBand));
        return 1.0f - amp + amp * sacc * band + ridge * amp * 4.0f;
    }
};

Colon buildColon(const Surroundings& sur, const std::vector<sdf::Shape>& kidneys, const std::vector<sdf::Shape>& ureters) {
    const auto& wps = colonWaypoints();
    std::vector<vec3> pts;
    std::vector<float> w, d;
    for (const auto& wp : wps) {
        pts.push_back(wp.p);
        w.push_back(wp.w);
        d.push_back(wp.d);
    }
    std::vector<float> reach(w.size());
    for (size_t i = 0; i < w.size(); ++i) reach[i] = std::max(w[i], d[i]) * 1.02f;
    auto obstacles = sur.all();
    obstacles.insert(obstacles.end(), kidneys.begin(), kidneys.end());
    obstacles.insert(obstacles.end(), ureters.begin(), ureters.end());
    og::Path path = og::clearedPath(pts, reach, obstacles, 0.0015f, kStep);
    std::vector<float> hw = og::alongPath(path, w), hd = og::alongPath(path, d);

    Colon c;
    for (size_t b = 0; b < 7; ++b) {
        size_t best = 0;
        for (size_t i = 0; i < path.size(); ++i)
            if (std::abs(path.u[i] - kColonBounds[b]) < std::abs(path.u[best] - kColonBounds[b])) best = i;
        c.cut[b] = best;
    }
    // Haustral period and fold depth per stretch: caecum/ascending 3 cm,
    // transverse 3.2, descending 2.4, sigmoid 2.2 fading out toward the
    // rectum, which is smooth.
    auto h = std::make_shared<Haustra>();
    h->step = path.s.size() > 1 ? path.s.back() / static_cast<float>(path.s.size() - 1) : kStep;
    h->phase.assign(path.size(), 0.0f);
    h->depth.assign(path.size(), 0.0f);
    for (size_t i = 0; i < path.size(); ++i) {
        float u = path.u[i];
        float period = u < 5.0f ? 0.030f : u < 13.0f ? 0.032f : u < 18.0f ? 0.025f : 0.022f;
        float depth = u < 1.0f ? 0.16f : u < 13.0f ? 0.20f : u < 18.0f ? 0.17f : 0.12f;
        depth *= 1.0f - og::smoothstep(23.0f, 25.0f, u); // sigmoid -> smooth rectum
        depth *= og::smoothstep(0.0f, 0.35f, u);          // rounded caecal pole
        if (i > 0) h->phase[i] = h->phase[i - 1] + (path.s[i] - path.s[i - 1]) / period;
        h->depth[i] = depth;
    }
    c.tube.p = path.p;
    c.tube.s = path.s;
    c.tube.halfWidth = hw;
    c.tube.halfDepth = hd;
    // Depth direction: forward, tipped up where the sigmoid runs backward.
    c.tube.front.resize(path.size());
    for (size_t i = 0; i < path.size(); ++i)
        c.tube.front[i] = path.u[i] > 22.5f && path.u[i] < 26.0f ? glm::normalize(vec3(0.0f, 0.6f, 1.0f))
                                                                  : vec3(0.0f, 0.0f, 1.0f);
    // Smooth the hint change over the stretch.
    for (int pass = 0; pass < 20; ++pass)
        for (size_t i = 1; i + 1 < path.size(); ++i)
            c.tube.front[i] = glm::normalize(c.tube.front[i - 1] + c.tube.front[i] * 2.0f + c.tube.front[i + 1]);
    // Map arc length to the haustral phase through a uniform table.
    {
        auto hs = std::make_shared<Haustra>();
        size_t n = static_cast<size_t>(path.s.back() / kStep) + 2;
        hs->step = kStep;
        hs->phase.resize(n);
        hs->depth.resize(n);
        size_t j = 0;
        for (size_t k = 0; k < n; ++k) {
            float s = static_cast<float>(k) * kStep;
            while (j + 2 < path.size() && path.s[j + 1] < s) ++j;
            float span = std::max(path.s[j + 1] - path.s[j], 1e-9f);
            float f = std::clamp((s - path.s[j]) / span, 0.0f, 1.0f);
            hs->phase[k] = h->phase[j] + (h->phase[j + 1] - h->phase[j]) * f;
            hs->depth[k] = h->depth[j] + (h->depth[j + 1] - h->depth[j]) * f;
        }
        c.tube.relief = [hs](float s, float theta) { return (*hs)(s, theta); };
    }
    c.tube.reliefMax = 1.02f;
    og::TubeSpec plain = c.tube;
    plain.relief = nullptr;
    c.whole = og::tubeShape(plain);
    return c;
}

// ---------------------------------------------------------------------------
// Small intestine: a self-avoiding walk through a lattice of free cells.

struct Lattice {
    std::vector<vec3> node;
    std::vector<std::vector<int>> next; // neighbours (face-adjacent, free between)
};

// Coil spacing across (x, y) and in depth (z). The loops are a little
// flattened front to back, as they lie pressed together in the cavity: seen
// from the front the jejunum is 2.7 cm across, the ileum 2.2.
constexpr float kCellXY = 0.025f, kCellZ = 0.025f;
constexpr float kJejunumWidth = 0.0115f, kIleumWidth = 0.0100f;
constexpr float kJejunumDepth = 0.0115f, kIleumDepth = 0.0100f;
constexpr float kJejunumRadius = 0.0130f, kIleumRadius = 0.0105f;
constexpr float kIntestineLength = 2.7f;
constexpr float kCoilGap = 0.0015f;

bool inPeritonealCavity(vec3 p) {
    if (p.y > 0.262f || p.y < -0.015f) return false;
    if (p.y < 0.075f && std::abs(p.x) > 0.060f) return false; // the true pelvis
    return true;
}

// Columns on an (x, y) grid over the colon frame and the pelvis; in each, the
// free depth between the posterior wall (vessels, psoas, kidneys, colon) and
// the front wall is filled with layers from the front backwards, so the
// front layer lies under the anterior wall wherever the cavity is shallow
// or deep.
Lattice buildLattice(const std::vector<sdf::Shape>& obstacles, const std::vector<sdf::Shape>& walls) {
    Lattice L;
    const float x0 = -0.075f, y0 = 0.255f;
    const int nx = 7, ny = 12, maxLayers = 4;
    std::vector<int> index(static_cast<size_t>(nx * ny * maxLayers), -1);
    // Room for a flattened loop: its depth all round, its width across.
    const float needZ = kJejunumDepth + kCoilGap, spread = kJejunumWidth - kJejunumDepth;
    auto free = [&](vec3 p) {
        if (!inPeritonealCavity(p) || og::clearance(obstacles, p, needZ + 0.004f) < needZ) return false;
        for (vec3 d : {vec3(spread, 0, 0), vec3(-spread, 0, 0), vec3(0, spread, 0), vec3(0, -spread, 0)})
            if (og::clearance(obstacles, p + d, needZ + 0.004f) < needZ) return false;
        return true;
    };
    if (std::getenv("DC_ORGANS_VOLUME")) {
        int c1 = 0, c2 = 0, c3 = 0;
        for (float x = -0.11f; x < 0.11f; x += 0.005f)
            for (float y = -0.02f; y < 0.27f; y += 0.005f) {
                float zWall = 1.0f;
                for (float z = -0.02f; z < 0.16f; z += 0.003f)
                    if (og::clearance(walls, {x, y, z}, 0.003f) < 0.0f) { zWall = z; break; }
                if (zWall > 0.5f) continue;
                for (float z = -0.06f; z < zWall; z += 0.005f) {
                    vec3 p(x, y, z);
                    if (!inPeritonealCavity(p) || (p.z < 0.005f && p.y > 0.08f)) continue;
                    float c = og::clearance(obstacles, p, 0.02f);
                    c1 += c > 0.0015f;
                    c2 += c > 0.0105f;
                    c3 += c > 0.0125f;
                }
            }
        std::fprintf(stderr, "free %.2f L, centres r10.5 %.2f L, r12.5 %.2f L\n", c1 * 0.125e-3, c2 * 0.125e-3, c3 * 0.125e-3);
    }
    for (int j = 0; j < ny; ++j)
        for (int i = 0; i < nx; ++i) {
            float x = x0 + kCellXY * static_cast<float>(i), y = y0 - kCellXY * static_cast<float>(j);
            // The inner surface of the front wall over this column (none:
            // outside the cavity).
            float zWall = 1.0f;
            for (float z = -0.02f; z < 0.16f; z += 0.002f)
                if (og::clearance(walls, {x, y, z}, 0.003f) < 0.0f) {
                    zWall = z;
                    break;
                }
            if (zWall > 0.5f) continue;
            // The frontmost free depth behind it, then how far back it stays free.
            float zmax = -1.0f, zmin = 0.0f;
            for (float z = zWall - needZ; z > -0.060f; z -= 0.002f) {
                bool ok = free({x, y, z});
                if (ok && zmax < -0.5f) zmax = zmin = z;
                else if (ok) zmin = z;
                else if (zmax > -0.5f) break;
            }
            if (zmax < -0.5f) continue;
            for (int k = 0; k < maxLayers; ++k) {
                float z = zmax - kCellZ * static_cast<float>(k);
                if (z < zmin - 1e-4f) break;
                index[static_cast<size_t>((k * ny + j) * nx + i)] = static_cast<int>(L.node.size());
                L.node.push_back({x, y, z});
            }
        }
    L.next.resize(L.node.size());
    auto link = [&](int a, int b, bool vertical) {
        if (a < 0 || b < 0) return;
        vec3 pa = L.node[static_cast<size_t>(a)], pb = L.node[static_cast<size_t>(b)];
        if (!vertical && std::abs(pa.z - pb.z) > 0.6f * kCellZ) return;
        for (float f : {0.25f, 0.5f, 0.75f})
            if (og::clearance(obstacles, pa + (pb - pa) * f, needZ + 0.004f) < needZ) return;
        L.next[static_cast<size_t>(a)].push_back(b);
        L.next[static_cast<size_t>(b)].push_back(a);
    };
    auto at = [&](int i, int j, int k) {
        if (i < 0 || j < 0 || k < 0 || i >= nx || j >= ny || k >= maxLayers) return -1;
        return index[static_cast<size_t>((k * ny + j) * nx + i)];
    };
    for (int k = 0; k < maxLayers; ++k)
        for (int j = 0; j < ny; ++j)
            for (int i = 0; i < nx; ++i) {
                int a = at(i, j, k);
                if (a < 0) continue;
                link(a, at(i + 1, j, k), false);
                link(a, at(i, j + 1, k), false);
                link(a, at(i, j, k + 1), true);
            }
    if (std::getenv("DC_ORGANS_DEBUG"))
        for (int j = 0; j < ny; ++j) {
            for (int i = 0; i < nx; ++i) {
                int n = 0;
                for (int k = 0; k < maxLayers; ++k) n += at(i, j, k) >= 0;
                std::fprintf(stderr, "%d", n);
            }
            std::fprintf(stderr, "\n");
        }
    return L;
}

// The longest simple path from `start` to `goal` found by a depth-first
// search that tries the neighbour with the fewest free neighbours first
// (Warnsdorff), prefers turning to running straight, and prunes branches
// that can no longer reach the goal or beat the best path. Deterministic.
std::vector<int> coilWalk(const Lattice& L, int start, int goal) {
    size_t n = L.node.size();
    std::vector<int> best;
    std::vector<char> used(n, 0);
    std::vector<int> path;
    long budget = 400000;
    uint32_t rng = 12345u;
    auto rand01 = [&]() {
        rng = rng * 1664525u + 1013904223u;
        return static_cast<float>(rng >> 8) / static_cast<float>(1u << 24);
    };
    // Nodes still reachable from `from` through unused nodes (goal counts).
    std::vector<int> mark(n, 0);
    int stamp = 0;
    auto reachable = [&](int from, bool& goalSeen) {
        ++stamp;
        goalSeen = false;
        std::vector<int> stack = {from};
        mark[static_cast<size_t>(from)] = stamp;
        int count = 0;
        while (!stack.empty()) {
            int a = stack.back();
            stack.pop_back();
            for (int b : L.next[static_cast<size_t>(a)]) {
                if (used[static_cast<size_t>(b)] || mark[static_cast<size_t>(b)] == stamp) continue;
                mark[static_cast<size_t>(b)] = stamp;
                if (b == goal) {
                    goalSeen = true;
                    continue; // the goal ends the walk: do not pass through it
                }
                ++count;
                stack.push_back(b);
            }
        }
        return count;
    };
    std::function<bool(int)> dfs = [&](int a) -> bool {
        if (--budget < 0) return true;
        if (a == goal) {
            if (path.size() > best.size()) best = path;
            return best.size() >= n; // perfect: stop
        }
        bool goalSeen = false;
        int left = reachable(a, goalSeen);
        if (!goalSeen) return false;
        if (static_cast<int>(path.size()) + left + 1 <= static_cast<int>(best.size())) return false;
        struct Option {
            int b;
            float score;
        };
        std::vector<Option> opts;
        vec3 dirIn = path.size() >= 2 ? L.node[static_cast<size_t>(a)] - L.node[static_cast<size_t>(path[path.size() - 2])]
                                      : vec3(0.0f);
        for (int b : L.next[static_cast<size_t>(a)]) {
            if (used[static_cast<size_t>(b)]) continue;
            int free = 0;
            for (int c : L.next[static_cast<size_t>(b)]) free += !used[static_cast<size_t>(c)];
            vec3 dir = L.node[static_cast<size_t>(b)] - L.node[static_cast<size_t>(a)];
            float straight = glm::dot(dir, dirIn) > 0.0f ? 0.6f : 0.0f;
            opts.push_back({b, static_cast<float>(free) + straight + rand01() * 0.9f + (b == goal ? 100.0f : 0.0f)});
        }
        std::sort(opts.begin(), opts.end(), [](const Option& x, const Option& y) { return x.score < y.score; });
        for (const Option& o : opts) {
            used[static_cast<size_t>(o.b)] = 1;
            path.push_back(o.b);
            bool stop = dfs(o.b);
            path.pop_back();
            used[static_cast<size_t>(o.b)] = 0;
            if (stop) return true;
        }
        return false;
    };
    used[static_cast<size_t>(start)] = 1;
    path.push_back(start);
    dfs(start);
    return best;
}

struct Intestine {
    sdf::Shape shape;
    float length = 0.0f;
    int cells = 0, freeCells = 0, tight = 0;
    float worstPack = 0.0f;
};

Intestine buildIntestine(const std::vector<sdf::Shape>& obstacles, const std::vector<sdf::Shape>& walls) {
    Intestine out;
    const vec3 djFlexure(0.025f, 0.255f, 0.030f), ileocaecal(-0.045f, 0.100f, 0.050f);
    const vec3 intoCaecum(-0.056f, 0.099f, 0.047f);
    Lattice L = buildLattice(obstacles, walls);
    out.freeCells = static_cast<int>(L.node.size());
    if (L.node.size() < 2) return out;
    // The walk stays in the largest connected group of cells.
    std::vector<int> group(L.node.size(), -1);
    int biggest = -1;
    size_t biggestSize = 0;
    for (size_t i = 0; i < L.node.size(); ++i) {
        if (group[i] >= 0) continue;
        std::vector<int> stack = {static_cast<int>(i)};
        group[i] = static_cast<int>(i);
        size_t size = 0;
        while (!stack.empty()) {
            int a = stack.back();
            stack.pop_back();
            ++size;
            for (int b : L.next[static_cast<size_t>(a)])
                if (group[static_cast<size_t>(b)] < 0) {
                    group[static_cast<size_t>(b)] = static_cast<int>(i);
                    stack.push_back(b);
                }
        }
        if (size > biggestSize) biggestSize = size, biggest = static_cast<int>(i);
    }
    auto nearest = [&](vec3 p) {
        int best = -1;
        for (size_t i = 0; i < L.node.size(); ++i)
            if (group[i] == biggest &&
                (best < 0 || glm::length(L.node[i] - p) < glm::length(L.node[static_cast<size_t>(best)] - p)))
                best = static_cast<int>(i);
        return best;
    };
    std::vector<int> walk = coilWalk(L, nearest(djFlexure), nearest(ileocaecal));
    out.cells = static_cast<int>(walk.size());
    out.freeCells = static_cast<int>(biggestSize);
    std::vector<vec3> pts = {djFlexure};
    for (size_t k = 0; k < walk.size(); ++k) {
        // A small deterministic wobble keeps the coils from looking ruled.
        vec3 jitter(og::hashNoise(static_cast<int>(3 * k)), og::hashNoise(static_cast<int>(3 * k + 1)),
                    0.4f * og::hashNoise(static_cast<int>(3 * k + 2)));
        pts.push_back(L.node[static_cast<size_t>(walk[k])] + jitter * 0.0012f);
    }
    pts.push_back(ileocaecal);
    pts.push_back(intoCaecum);
    // Grow the walk into a tube of 2.7 m that fills the free space; the
    // jejunum (2.7 cm) narrows to the ileum (2.2 cm) over the middle.
    og::PackSpec pack;
    pack.initial = pts;
    pack.start = djFlexure;
    pack.end = intoCaecum;
    pack.length = kIntestineLength;
    pack.radius = [](float t) { return kJejunumRadius + (kIleumRadius - kJejunumRadius) * og::smoothstep(0.2f, 0.8f, t); };
    pack.gap = kCoilGap;
    pack.spacing = 0.006f;
    pack.stiffness = 0.2f;
    pack.rounds = 3500;
    pack.boxMin = vec3(-0.11f, -0.03f, -0.07f);
    pack.boxMax = vec3(0.11f, 0.27f, 0.105f);
    pack.space = [&obstacles](vec3 p) {
        // The peritoneal cavity: under the transverse mesocolon, above the
        // pelvic floor, inside the wall, in front of the retroperitoneum, and
        // within the pelvic inlet below the brim.
        float lim = std::min({0.262f - p.y, p.y + 0.012f, 0.097f - p.z, 0.105f - std::abs(p.x)});
        float pelvicHalfWidth = 0.060f + 3.0f * std::max(0.0f, p.y - 0.075f);
        lim = std::min(lim, pelvicHalfWidth - std::abs(p.x));
        float back = -0.06f + 0.065f * og::smoothstep(0.06f, 0.095f, p.y);
        lim = std::min(lim, p.z - back);
        return std::min(lim, og::clearance(obstacles, p, 0.03f));
    };
    og::PackResult packed = og::packTube(pack);
    out.worstPack = packed.worst;
    if (std::getenv("DC_ORGANS_DEBUG")) std::fprintf(stderr, "packed %.2f m, stalled %d rounds\n", packed.length, packed.stalled);
    // Smooth out the bead-scale jitter (the ends stay).
    std::vector<vec3> beads = packed.p;
    for (int pass = 0; pass < 2; ++pass) {
        std::vector<vec3> next = beads;
        for (size_t i = 1; i + 1 < beads.size(); ++i) next[i] = beads[i] + ((beads[i - 1] + beads[i + 1]) * 0.5f - beads[i]) * 0.5f;
        beads = next;
    }
    og::Path path = og::smoothPath(beads, 0.003f);
    std::vector<float> rw = og::alongPath(path, packed.r);
    // Self-clearance: any two points further apart along the tube than a
    // half turn must keep the coil gap; where they do not, both narrow.
    size_t n = path.size();
    for (int pass = 0; pass < 5; ++pass) {
        int tight = 0;
        std::vector<float> factor(n, 1.0f);
        for (size_t i = 0; i < n; ++i)
            for (size_t j = i + 1; j < n; ++j) {
                float dist = glm::length(path.p[j] - path.p[i]);
                // (as the packing: closer along the tube is one bend)
                if (dist > 0.03f || path.s[j] - path.s[i] < 3.3f * (1.2f * kJejunumRadius + kCoilGap)) continue;
                float gap = dist - rw[i] - rw[j];
                if (gap >= kCoilGap) continue;
                ++tight;
                float f = std::max(0.7f, (dist - kCoilGap - 0.0001f) / (rw[i] + rw[j]));
                factor[i] = std::min(factor[i], f);
                factor[j] = std::min(factor[j], f);
            }
        out.tight = tight;
        if (!tight) break;
        for (size_t i = 0; i < n; ++i) rw[i] *= factor[i];
        // Keep the calibre changes gradual.
        std::vector<float> sm = rw;
        for (size_t i = 2; i + 2 < n; ++i)
            sm[i] = std::min(rw[i], (rw[i - 2] + rw[i - 1] + rw[i] + rw[i + 1] + rw[i + 2]) / 5.0f);
        rw = sm;
    }
    out.length = path.s.back();
    og::TubeSpec t;
    t.p = path.p;
    t.s = path.s;
    t.halfWidth = rw;
    out.shape = og::tubeShape(t);
    return out;
}

// ---------------------------------------------------------------------------
// Bladder (§6.2): about 90 mL, behind the symphysis and in front of the
// rectum; a rounded dome, a broader base (trigone) behind and below where the
// ureters enter, and the neck below toward the prostate.
sdf::Shape bladderShape() {
    glm::mat3 tilt = sdf::rotationX(-0.35f); // dome forward and up
    auto body = sdf::ellipsoid({0.0f, 0.004f, 0.011f}, {0.034f, 0.026f, 0.020f}, tilt);
    auto base = sdf::ellipsoid({0.0f, -0.011f, -0.001f}, {0.027f, 0.015f, 0.015f}, tilt);
    auto neck = sdf::roundCone({0.0f, -0.014f, 0.006f}, {0.0f, -0.029f, 0.010f}, 0.010f, 0.006f);
    return sdf::smoothUnion({body, base, neck}, 0.008f);
}

// Appendix (§6.2): 8 cm x 6 mm from its base on the posteromedial caecum,
// here hanging over the pelvic brim (the pelvic position, about a third of
// people), in front of the right external iliac vessels.
std::vector<vec3> appendixPoints() {
    return {{-0.068f, 0.076f, 0.040f}, {-0.060f, 0.070f, 0.038f}, {-0.050f, 0.062f, 0.042f},
            {-0.041f, 0.050f, 0.046f}, {-0.036f, 0.038f, 0.050f}, {-0.038f, 0.027f, 0.054f},
            {-0.046f, 0.022f, 0.056f}};
}

// Ureter (§6.1), left: renal pelvis, down the front of psoas roughly in line
// with the transverse tips, over the iliac bifurcation, along the pelvic wall
// to the bladder base. `top` replaces the first point (the right kidney is
// lower).
std::vector<vec3> ureterPoints(vec3 top) {
    return {top,
            top + vec3(0.0f, -0.012f, 0.004f),
            {0.050f, 0.215f, 0.010f},
            {0.045f, 0.177f, 0.019f},
            {0.041f, 0.139f, 0.020f},
            {0.042f, 0.122f, 0.028f},
            {0.044f, 0.080f, 0.004f},
            {0.040f, 0.030f, -0.016f},
            {0.030f, -0.004f, -0.014f},
            {0.020f, -0.018f, -0.008f}};
}

struct Organs {
    std::vector<Recipe> recipes;
};

Organs buildOrgans() {
    Organs o;
    Surroundings sur = surroundings();
    auto& out = o.recipes;

    // Kidneys, carved against psoas, quadratus lumborum, transversus and the
    // ribs behind them.
    auto sideShapes = [&](const std::string& sd) {
        return og::neighbourShapes({"psoas_major" + sd, "quadratus_lumborum" + sd, "transversus_abdominis" + sd,
                                    "rib_11" + sd, "rib_12" + sd, "psoas_minor" + sd});
    };
    sdf::Shape kidneyL = og::carve(kidneyShape(kKidneyLeft, kPelvisLeft), sideShapes("_left"), 0.001f, 0.004f);
    sdf::Shape kidneyR =
        og::carve(sdf::mirrorX(kidneyShape(kKidneyRightAsLeft, kPelvisRightAsLeft)), sideShapes("_right"), 0.001f, 0.004f);
    std::vector<sdf::Shape> kidneys = {kidneyL, kidneyR};

    // Ureters, pushed onto the front of psoas and over the iliac vessels.
    std::vector<sdf::Shape> ureters;
    for (int k = 0; k < 2; ++k) {
        float s = k == 0 ? 1.0f : -1.0f;
        std::vector<vec3> pts = ureterPoints(k == 0 ? kPelvisLeft : kPelvisRightAsLeft);
        if (s < 0) pts = mirrored(pts);
        std::vector<float> rw = {0.0026f, 0.0024f, 0.0023f, 0.0023f, 0.0023f,
                                 0.0023f, 0.0023f, 0.0023f, 0.0024f, 0.0025f};
        auto obs = sur.back;
        obs.insert(obs.end(), sur.vessels.begin(), sur.vessels.end());
        obs.insert(obs.end(), sur.bones.begin(), sur.bones.end());
        og::Path path = og::clearedPath(pts, rw, obs, 0.0008f, kStep, 0.008f, 0.004f);
        std::vector<float> r = og::alongPath(path, rw);
        og::TubeSpec t;
        t.p = path.p;
        t.halfWidth = r;
        ureters.push_back(og::tubeShape(t));
    }

    // Large bowel.
    Colon colon = buildColon(sur, kidneys, ureters);

    // Bladder, behind the symphysis and clear of the rectum.
    auto rectum = og::tubePart(colon.tube, colon.cut[5], colon.cut[6]);
    auto pubes = og::neighbourShapes({"hip_bone_*"});
    pubes.push_back(rectum);
    auto bladder = og::carve(bladderShape(), pubes, 0.0015f);

    // Appendix, from the caecum over the brim.
    sdf::Shape appendix;
    {
        std::vector<float> rw = {0.0034f, 0.0033f, 0.0032f, 0.0031f, 0.0031f, 0.0032f, 0.0034f};
        auto obs = sur.all();
        obs.push_back(bladder);
        og::Path path = og::clearedPath(appendixPoints(), rw, obs, 0.0012f, 0.0015f, 0.004f);
        std::vector<float> r = og::alongPath(path, rw);
        og::TubeSpec t;
        t.p = path.p;
        t.halfWidth = r;
        appendix = og::tubeShape(t);
    }

    // Small intestine among all of the above.
    {
        auto obs = sur.all();
        obs.insert(obs.end(), kidneys.begin(), kidneys.end());
        obs.insert(obs.end(), ureters.begin(), ureters.end());
        obs.push_back(colon.whole);
        obs.push_back(bladder);
        obs.push_back(appendix);
        auto walls = sur.wall;
        for (auto& b : og::neighbourShapes({"hip_bone_*"})) walls.push_back(b);
        Intestine si = buildIntestine(obs, walls);
        if (std::getenv("DC_ORGANS_DEBUG"))
            std::fprintf(stderr, "small_intestine: %.2f m from a walk through %d of %d free cells; packing %.1f mm worst, %d tight pairs\n", si.length,
                         si.cells, si.freeCells, si.worstPack * 1000.0f, si.tight);
        if (si.shape.valid()) out.push_back({"small_intestine", si.shape, 0.0013f, {}, 0.0004f});
    }

    // The colon lies on psoas, iliacus, quadratus lumborum and the deep wall:
    // where its haustra still reach into them, it is flattened against them.
    std::vector<sdf::Shape> bed = sur.back;
    for (auto& t : og::neighbourShapes({"transversus_abdominis_*"})) bed.push_back(t);
    for (size_t k = 0; k < 6; ++k) {
        sdf::Shape part = og::carve(og::tubePart(colon.tube, colon.cut[k], colon.cut[k + 1]), bed, 0.001f, 0.012f);
        float vs = k == 5 ? 0.0014f : 0.0016f;
        out.push_back({kColonIds[k], part, vs, {}, 0.0004f});
    }
    out.push_back({"appendix", appendix, 0.0008f, {}, 0.0002f});
    out.push_back({"urinary_bladder", bladder, 0.0014f, {}, 0.0003f});
    out.push_back({"kidney_left", kidneyL, 0.0013f, {}, 0.0003f});
    out.push_back({"kidney_right", kidneyR, 0.0013f, {}, 0.0003f});
    out.push_back({"ureter_left", ureters[0], 0.0008f, {}, 0.0002f});
    out.push_back({"ureter_right", ureters[1], 0.0008f, {}, 0.0002f});
    return o;
}

} // namespace

void addOrganRecipes(std::vector<Recipe>& out) {
    static const Organs organs = buildOrgans();
    out.insert(out.end(), organs.recipes.begin(), organs.recipes.end());
}

} // namespace dc
