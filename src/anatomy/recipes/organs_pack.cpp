// packTube(): a long tube grown inside a confined space without touching
// itself (the small intestine in the abdominal cavity).
//
// The tube is a chain of beads. It starts short, along a rough initial path,
// and grows: the rest spacing of the beads rises a little every round while
// position-based constraints hold the chain together (bead spacing), keep its
// bends no tighter than the tube allows, keep beads that are far apart along
// the chain at least their two radii plus a gap from each other, and keep
// every bead inside the free space (a signed clearance, sampled lazily on a
// grid). As it grows the chain buckles into coils that fill the space, as
// the gut does. Growth pauses while any constraint is violated by more than
// a millimetre, and stops at the target length or when the rounds run out.
// Everything is deterministic (fixed order, no random numbers).
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <unordered_map>

#include <glm/geometric.hpp>

#include "anatomy/recipes/organs_geom.h"

namespace dc::recipes::organgeom {

using glm::vec3;

namespace {

// The free-space clearance on a grid, each node evaluated on first use,
// interpolated trilinearly (value and gradient).
class LazyField {
public:
    LazyField(std::function<float(vec3)> fn, vec3 lo, vec3 hi, float h) : m_fn(std::move(fn)), m_origin(lo), m_h(h) {
        m_dims = glm::ivec3(glm::ceil((hi - lo) / h)) + 1;
        m_v.assign(static_cast<size_t>(m_dims.x) * m_dims.y * m_dims.z, std::numeric_limits<float>::quiet_NaN());
    }
    float sample(vec3 p, vec3& grad) {
        vec3 q = (p - m_origin) / m_h;
        glm::ivec3 c = glm::clamp(glm::ivec3(glm::floor(q)), glm::ivec3(0), m_dims - 2);
        vec3 f = glm::clamp(q - vec3(c), vec3(0.0f), vec3(1.0f));
        float v[2][2][2];
        for (int dz = 0; dz < 2; ++dz)
            for (int dy = 0; dy < 2; ++dy)
                for (int dx = 0; dx < 2; ++dx) v[dz][dy][dx] = node(c + glm::ivec3(dx, dy, dz));
        auto lerp = [](float a, float b, float t) { return a + (b - a) * t; };
        float x00 = lerp(v[0][0][0], v[0][0][1], f.x), x10 = lerp(v[0][1][0], v[0][1][1], f.x);
        float x01 = lerp(v[1][0][0], v[1][0][1], f.x), x11 = lerp(v[1][1][0], v[1][1][1], f.x);
        float y0 = lerp(x00, x10, f.y), y1 = lerp(x01, x11, f.y);
        float value = lerp(y0, y1, f.z);
        // Gradient of the trilinear interpolant.
        float gx = lerp(lerp(v[0][0][1] - v[0][0][0], v[0][1][1] - v[0][1][0], f.y),
                        lerp(v[1][0][1] - v[1][0][0], v[1][1][1] - v[1][1][0], f.y), f.z);
        float gy = lerp(x10 - x00, x11 - x01, f.z);
        float gz = y1 - y0;
        grad = vec3(gx, gy, gz) / m_h;
        // Outside the grid: pull back in.
        vec3 inside = glm::clamp(p, m_origin, m_origin + vec3(m_dims - 1) * m_h);
        if (inside != p) {
            grad = glm::normalize(inside - p);
            value = std::min(value, -glm::length(inside - p));
        }
        return value;
    }

private:
    float node(glm::ivec3 c) {
        size_t i = static_cast<size_t>((c.z * m_dims.y + c.y) * m_dims.x + c.x);
        if (std::isnan(m_v[i])) m_v[i] = m_fn(m_origin + vec3(c) * m_h);
        return m_v[i];
    }
    std::function<float(vec3)> m_fn;
    vec3 m_origin;
    float m_h;
    glm::ivec3 m_dims;
    std::vector<float> m_v;
};

std::vector<vec3> resampleCount(const std::vector<vec3>& pts, size_t count) {
    std::vector<float> s(pts.size(), 0.0f);
    for (size_t i = 1; i < pts.size(); ++i) s[i] = s[i - 1] + glm::length(pts[i] - pts[i - 1]);
    std::vector<vec3> out;
    size_t j = 0;
    for (size_t k = 0; k < count; ++k) {
        float t = s.back() * static_cast<float>(k) / static_cast<float>(count - 1);
        while (j + 2 < pts.size() && s[j + 1] < t) ++j;
        float span = std::max(s[j + 1] - s[j], 1e-9f);
        out.push_back(pts[j] + (pts[j + 1] - pts[j]) * std::clamp((t - s[j]) / span, 0.0f, 1.0f));
    }
    return out;
}

} // namespace

PackResult packTube(const PackSpec& spec) {
    PackResult out;
    const float spacing = spec.spacing;
    const size_t n = std::max<size_t>(8, static_cast<size_t>(spec.length / spacing) + 1);
    std::vector<vec3> p = resampleCount(spec.initial, n);
    std::vector<float> r(n);
    for (size_t i = 0; i < n; ++i) r[i] = spec.radius(static_cast<float>(i) / static_cast<float>(n - 1));
    float rmax = *std::max_element(r.begin(), r.end());

    LazyField field(spec.space, spec.boxMin, spec.boxMax, 0.004f);
    float initial = 0.0f;
    for (size_t i = 1; i < n; ++i) initial += glm::length(p[i] - p[i - 1]);
    const float rest0 = std::min(spacing, initial / static_cast<float>(n - 1));
    const float growth = (spacing - rest0) / (0.6f * static_cast<float>(spec.rounds));
    // Each stretch grows on its own, and waits while it is jammed.
    std::vector<float> rest(n, rest0), viol(n, 0.0f);

    const float cell = 2.0f * rmax + spec.gap;
    auto key = [&](vec3 q) {
        glm::ivec3 c = glm::ivec3(glm::floor(q / cell)) + 512;
        return (static_cast<int64_t>(c.x) << 40) | (static_cast<int64_t>(c.y) << 20) | static_cast<int64_t>(c.z);
    };
    std::unordered_map<int64_t, std::vector<uint32_t>> grid;
    float worst = 0.0f;
    // Beads near the pinned ends may not find room at once (the ends are
    // given); they do not hold up the growth.
    const size_t margin = static_cast<size_t>(0.03f / spacing);
    auto counts = [&](size_t i) { return i > margin && i + margin < n; };
    int stalled = 0;
    vec3 worstAt(0.0f);
    int worstKind = 0;
    bool debug = std::getenv("DC_ORGANS_DEBUG") != nullptr;
    const int total = spec.rounds + spec.settleRounds;
    for (int round = 0; round < total; ++round) {
        const bool settling = round >= spec.rounds;
        if (debug && round % 250 == 0)
            std::fprintf(stderr, "round %d rest %.4f worst %.1f mm kind %d at (%.3f %.3f %.3f)\n", round, rest[n / 2], worst * 1000, worstKind, worstAt.x, worstAt.y, worstAt.z);
        {
            const int window = 10;
            bool any = false;
            for (size_t i = 0; i + 1 < n; ++i) {
                float local = 0.0f;
                for (long k = static_cast<long>(i) - window; k <= static_cast<long>(i) + window; ++k)
                    if (k >= 0 && k < static_cast<long>(n)) local = std::max(local, viol[static_cast<size_t>(k)]);
                if (local < 0.001f && !settling) rest[i] = std::min(spacing, rest[i] + growth);
                else any = true;
            }
            stalled += any;
        }
        std::fill(viol.begin(), viol.end(), 0.0f);
        worst = 0.0f;
        // Minimum index separation for the no-contact rule: a half turn at
        // the tightest allowed bend.
        const float bendRadius = 1.2f * rmax + spec.gap;
        // Arc length along the chain (rest lengths), for the no-contact rule.
        std::vector<float> arc(n, 0.0f);
        for (size_t i = 1; i < n; ++i) arc[i] = arc[i - 1] + rest[i - 1];
        const float skipArc = 3.3f * bendRadius;
        // Beads far apart along the chain keep r_i + r_j + gap.
        grid.clear();
        for (uint32_t i = 0; i < n; ++i) grid[key(p[i])].push_back(i);
        for (uint32_t i = 0; i < n; ++i) {
            glm::ivec3 c = glm::ivec3(glm::floor(p[i] / cell)) + 512;
            for (int dz = -1; dz <= 1; ++dz)
                for (int dy = -1; dy <= 1; ++dy)
                    for (int dx = -1; dx <= 1; ++dx) {
                        glm::ivec3 cc = c + glm::ivec3(dx, dy, dz);
                        int64_t k = (static_cast<int64_t>(cc.x) << 40) | (static_cast<int64_t>(cc.y) << 20) |
                                    static_cast<int64_t>(cc.z);
                        auto it = grid.find(k);
                        if (it == grid.end()) continue;
                        for (uint32_t j : it->second) {
                            if (j <= i || arc[j] - arc[i] < skipArc) continue;
                            vec3 d = p[j] - p[i];
                            float dist = glm::length(d);
                            float need = r[i] + r[j] + spec.gap;
                            if (dist >= need) continue;
                            if (counts(i)) viol[i] = std::max(viol[i], need - dist);
                            if (counts(j)) viol[j] = std::max(viol[j], need - dist);
                            if (counts(i) && counts(j) && need - dist > worst) worst = need - dist, worstAt = p[i], worstKind = 1;
                            vec3 dir = dist > 1e-7f ? d / dist : vec3(0, 0, 1);
                            float corr = 0.5f * (need - dist);
                            // Move a short stretch, not a single bead, so the
                            // push does not kink the chain.
                            for (long k = -1; k <= 1; ++k) {
                                float wgt = k == 0 ? 1.0f : 0.4f;
                                long a = static_cast<long>(i) + k, b = static_cast<long>(j) + k;
                                if (a > 0 && a + 1 < static_cast<long>(n)) p[static_cast<size_t>(a)] -= dir * corr * wgt;
                                if (b > 0 && b + 1 < static_cast<long>(n)) p[static_cast<size_t>(b)] += dir * corr * wgt;
                            }
                        }
                    }
        }
        // Inside the free space.
        for (size_t i = 1; i + 1 < n; ++i) {
            vec3 g;
            float c = field.sample(p[i], g);
            float need = r[i] + spec.gap;
            if (c >= need) continue;
            float gl = glm::length(g);
            if (gl < 1e-6f) continue;
            if (counts(i)) viol[i] = std::max(viol[i], need - c);
            if (counts(i) && need - c > worst) worst = need - c, worstAt = p[i], worstKind = 2;
            vec3 push = g / gl * std::min(need - c, 0.004f);
            p[i] += push;
            if (i > 1) p[i - 1] += push * 0.4f;
            if (i + 2 < n) p[i + 1] += push * 0.4f;
        }
        // Bead spacing and bends no tighter than the tube allows (the chord
        // over two steps long enough), a few sweeps each.
        for (int pass = 0; pass < 3; ++pass) {
            for (size_t k = 0; k + 1 < n; ++k) {
                size_t i = (round + pass) % 2 ? k : n - 2 - k;
                vec3 d = p[i + 1] - p[i];
                float dist = glm::length(d);
                if (dist < 1e-9f) continue;
                vec3 corr = d * (0.5f * (dist - rest[i]) / dist);
                bool pinA = i == 0, pinB = i + 1 == n - 1;
                if (pinA && pinB) continue;
                if (pinA) p[i + 1] -= corr * 2.0f;
                else if (pinB) p[i] += corr * 2.0f;
                else p[i] += corr, p[i + 1] -= corr;
            }
            for (size_t i = 0; i + 2 < n; ++i) {
                float maxTurn = rest[i] / bendRadius;
                float minChord = 2.0f * rest[i] * std::cos(0.5f * maxTurn);
                vec3 d = p[i + 2] - p[i];
                float dist = glm::length(d);
                if (dist >= minChord || dist < 1e-9f) continue;
                vec3 corr = d * (0.5f * (minChord - dist) / dist);
                if (i > 0) p[i] -= corr;
                if (i + 2 < n - 1) p[i + 2] += corr;
                if (i + 1 < n - 1) p[i + 1] += ((p[i] + p[i + 2]) * 0.5f - p[i + 1]) * 0.5f;
            }
        }
        // Where the chain could not take its length (compressed, or folded
        // tighter than allowed) it is jammed: that stretch waits.
        for (size_t i = 0; i + 2 < n; ++i) {
            float maxTurn = rest[i] / bendRadius;
            float minChord = 2.0f * rest[i] * std::cos(0.5f * maxTurn);
            float shortfall = std::max(rest[i] - glm::length(p[i + 1] - p[i]), minChord - glm::length(p[i + 2] - p[i]));
            if (counts(i + 1)) viol[i + 1] = std::max(viol[i + 1], shortfall);
        }
        // Stiffness: pull each bead a little toward its neighbours' mean,
        // so the chain bends in smooth loops instead of zigzags.
        const float k = settling ? spec.settleStiffness : spec.stiffness;
        for (size_t i = 1; i + 1 < n; ++i) p[i] += ((p[i - 1] + p[i + 1]) * 0.5f - p[i]) * k;
        p.front() = spec.start;
        p.back() = spec.end;
    }
    if (debug) {
        double sum = 0;
        int big = 0;
        for (size_t i = 1; i + 1 < n; ++i) {
            vec3 a = glm::normalize(p[i] - p[i - 1]), b = glm::normalize(p[i + 1] - p[i]);
            float ang = std::acos(std::clamp(glm::dot(a, b), -1.0f, 1.0f)) * 57.3f;
            sum += ang;
            big += ang > 30.0f;
        }
        std::fprintf(stderr, "mean turn %.1f deg, %d beads over 30 deg; allowed %.1f\n", sum / (n - 2), big, spacing / (1.2f * rmax + spec.gap) * 57.3f);
    }
    out.p = p;
    out.r = r;
    out.length = 0.0f;
    for (size_t i = 1; i < n; ++i) out.length += glm::length(p[i] - p[i - 1]);
    out.worst = worst;
    out.stalled = stalled;
    return out;
}

} // namespace dc::recipes::organgeom
