#include "anatomy/recipes/deep_geom.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <map>
#include <memory>

#include <glm/geometric.hpp>
#include <glm/vector_relational.hpp>
#include <glm/vec3.hpp>
#include <glm/ext/vector_int3.hpp>

#include "anatomy/recipe.h"

namespace dc::recipes::deepgeom {

float smin(float a, float b, float k) {
    if (k <= 0.0f) return std::min(a, b);
    float h = std::max(k - std::abs(a - b), 0.0f) / k;
    return std::min(a, b) - h * h * k * 0.25f;
}
float smax(float a, float b, float k) { return -smin(-a, -b, k); }
float smoothstep(float e0, float e1, float x) {
    float t = std::clamp((x - e0) / (e1 - e0), 0.0f, 1.0f);
    return t * t * (3.0f - 2.0f * t);
}

namespace {

struct Seg {
    glm::vec3 a, ab, u, v, mid;
    float len, wa, wb, da, db, reach;
    bool first, last;
};
// Runs of consecutive segments with one bounding sphere, to skip far ones.
struct Chunk {
    glm::vec3 c;
    float r;
    size_t begin, end;
};
constexpr size_t kChunk = 8;

} // namespace

sdf::Shape sweep(const SweepSpec& spec) {
    std::vector<glm::vec3> pts;
    for (const auto& s : spec.stations) pts.push_back(s.p);
    std::vector<glm::vec3> c = sdf::catmullRom(pts, spec.samplesPerSegment);
    std::vector<float> ws, ds, sx, sy, sz;
    for (const auto& s : spec.stations) {
        ws.push_back(s.w);
        ds.push_back(s.d);
    }
    std::vector<glm::vec3> sides = spec.sides.empty() ? std::vector<glm::vec3>{{1, 0, 0}} : spec.sides;
    for (const auto& s : sides) {
        sx.push_back(s.x);
        sy.push_back(s.y);
        sz.push_back(s.z);
    }
    std::vector<float> w = sdf::resampleAlong(ws, c.size()), d = sdf::resampleAlong(ds, c.size());
    std::vector<float> rx = sdf::resampleAlong(sx, c.size()), ry = sdf::resampleAlong(sy, c.size()),
                       rz = sdf::resampleAlong(sz, c.size());

    auto segs = std::make_shared<std::vector<Seg>>();
    Bounds bb;
    glm::vec3 prevU(0.0f);
    for (size_t i = 0; i + 1 < c.size(); ++i) {
        glm::vec3 t = c[i + 1] - c[i];
        float len = glm::length(t);
        if (len < 1e-7f) continue;
        t /= len;
        glm::vec3 side(rx[i], ry[i], rz[i]);
        glm::vec3 u = side - glm::dot(side, t) * t;
        if (glm::length(u) < 1e-4f) u = prevU - glm::dot(prevU, t) * t;
        if (glm::length(u) < 1e-4f) u = glm::vec3(0, 0, 1) - t.z * t;
        u = glm::normalize(u);
        prevU = u;
        glm::vec3 v = glm::cross(t, u);
        float r = std::max(std::max(w[i], d[i]), std::max(w[i + 1], d[i + 1]));
        Seg s{c[i], c[i + 1] - c[i], u, v, (c[i] + c[i + 1]) * 0.5f, len, w[i], w[i + 1], d[i], d[i + 1],
              0.5f * len + r, false, false};
        segs->push_back(s);
        bb.add(c[i] - glm::vec3(r));
        bb.add(c[i] + glm::vec3(r));
        bb.add(c[i + 1] - glm::vec3(r));
        bb.add(c[i + 1] + glm::vec3(r));
    }
    if (!segs->empty()) {
        segs->front().first = true;
        segs->back().last = true;
    }
    auto chunks = std::make_shared<std::vector<Chunk>>();
    for (size_t b = 0; b < segs->size(); b += kChunk) {
        size_t e = std::min(b + kChunk, segs->size());
        glm::vec3 c(0.0f);
        for (size_t i = b; i < e; ++i) c += (*segs)[i].mid;
        c /= float(e - b);
        float r = 0.0f;
        for (size_t i = b; i < e; ++i) r = std::max(r, glm::length((*segs)[i].mid - c) + (*segs)[i].reach);
        chunks->push_back({c, r, b, e});
    }
    const float n = spec.exponent;
    const bool round = spec.roundEnds;
    auto segDist = [n, round](const Seg& s, const glm::vec3& p) {
        float h = glm::dot(p - s.a, s.ab) / (s.len * s.len);
        float hc = std::clamp(h, 0.0f, 1.0f);
        glm::vec3 q = p - (s.a + s.ab * hc);
        float wr = s.wa + (s.wb - s.wa) * hc;
        float dr = s.da + (s.db - s.da) * hc;
        float x = std::abs(glm::dot(q, s.u)) / wr, y = std::abs(glm::dot(q, s.v)) / dr;
        float radial = n == 2.0f ? std::sqrt(x * x + y * y) : std::pow(std::pow(x, n) + std::pow(y, n), 1.0f / n);
        float dist = (radial - 1.0f) * std::min(wr, dr);
        float along = (h < 0.0f ? -h : h > 1.0f ? h - 1.0f : 0.0f) * s.len;
        if (round || !(s.first || s.last))
            return std::sqrt(std::max(dist, 0.0f) * std::max(dist, 0.0f) + along * along) + std::min(dist, 0.0f);
        return std::max(dist, along);
    };
    return sdf::Shape(
        [segs, chunks, segDist](const glm::vec3& p) {
            // Nearest chunk first, so the others are mostly skipped.
            constexpr size_t kMax = 64;
            float lb[kMax];
            size_t nc = std::min(chunks->size(), kMax), first = 0;
            for (size_t i = 0; i < nc; ++i) {
                lb[i] = glm::length(p - (*chunks)[i].c) - (*chunks)[i].r;
                if (lb[i] < lb[first]) first = i;
            }
            float best = 1e9f;
            auto runChunk = [&](const Chunk& ch) {
                for (size_t si = ch.begin; si < ch.end; ++si) {
                    const Seg& s = (*segs)[si];
                    if (glm::length(p - s.mid) - s.reach > best) continue;
                    best = std::min(best, segDist(s, p));
                }
            };
            if (nc) runChunk((*chunks)[first]);
            for (size_t i = 0; i < chunks->size(); ++i) {
                if (i == first && i < nc) continue;
                float l = i < nc ? lb[i] : glm::length(p - (*chunks)[i].c) - (*chunks)[i].r;
                if (l > best) continue;
                runChunk((*chunks)[i]);
            }
            return best;
        },
        bb);
}

sdf::Shape sweep(const std::vector<Station>& st, glm::vec3 side, float exponent, int samplesPerSegment) {
    SweepSpec s;
    s.stations = st;
    s.sides = {side};
    s.exponent = exponent;
    s.samplesPerSegment = samplesPerSegment;
    return sweep(s);
}

namespace {

// The union of the cutters sampled once on a coarse grid over the region
// where the carved shape is evaluated: a cheap lower bound of their distance,
// so the cutters (bones are costly) are evaluated only near them.
class CoarseField {
public:
    static constexpr float kCell = 0.0025f;
    static constexpr float kLipschitz = 1.25f; // safety on the distance bounds
    CoarseField(const Bounds& region, std::shared_ptr<std::vector<sdf::Shape>> cutters)
        : m_cutters(std::move(cutters)) {
        m_lo = region.min;
        glm::vec3 size = region.max - region.min;
        m_n = glm::ivec3(glm::ceil(size / kCell)) + glm::ivec3(1);
        m_v = std::make_unique<std::atomic<float>[]>(size_t(m_n.x) * size_t(m_n.y) * size_t(m_n.z));
        for (size_t i = 0, n = size_t(m_n.x) * size_t(m_n.y) * size_t(m_n.z); i < n; ++i)
            m_v[i].store(kUnknown, std::memory_order_relaxed);
    }
    // Exact union of the cutters at p.
    float exact(const glm::vec3& p) const {
        float b = 1e9f;
        for (const auto& s : *m_cutters) {
            const Bounds& bb = s.bounds();
            glm::vec3 q = glm::max(glm::max(bb.min - p, p - bb.max), glm::vec3(0.0f));
            if (glm::length(q) > b) continue;
            b = std::min(b, s(p));
        }
        return b;
    }
    // Lower bound of the cutters' distance at p (-inf outside the grid). Cells
    // are filled on first use (a race only computes a cell twice).
    float lower(const glm::vec3& p) const {
        glm::vec3 g = (p - m_lo) / kCell + 0.5f;
        glm::ivec3 c = glm::ivec3(glm::floor(g));
        if (glm::any(glm::lessThan(c, glm::ivec3(0))) || glm::any(glm::greaterThanEqual(c, m_n))) return -1e9f;
        glm::vec3 centre = m_lo + glm::vec3(c) * kCell;
        std::atomic<float>& cell = m_v[(size_t(c.z) * size_t(m_n.y) + size_t(c.y)) * size_t(m_n.x) + size_t(c.x)];
        float v = cell.load(std::memory_order_relaxed);
        if (v == kUnknown) {
            v = exact(centre);
            cell.store(v, std::memory_order_relaxed);
        }
        return v - kLipschitz * glm::length(p - centre);
    }

private:
    static constexpr float kUnknown = 3.0e9f;
    std::shared_ptr<std::vector<sdf::Shape>> m_cutters;
    glm::vec3 m_lo;
    glm::ivec3 m_n;
    std::unique_ptr<std::atomic<float>[]> m_v;
};

} // namespace

sdf::Shape carve(const sdf::Shape& a, const std::vector<sdf::Shape>& cutters, float gap, float k, float reach) {
    if (cutters.empty()) return a;
    auto list = std::make_shared<std::vector<sdf::Shape>>(cutters);
    float limit = gap + k + reach;
    // Where the cutters are farther than this, the cut cannot change the
    // shape near its surface (the mesher keeps values within a few voxels).
    const float far = gap + k + 0.0045f;
    Bounds region = a.bounds();
    region.min -= glm::vec3(0.012f);
    region.max += glm::vec3(0.012f);
    auto coarse = std::make_shared<CoarseField>(region, list);
    return sdf::Shape(
        [a, coarse, gap, k, limit, far](const glm::vec3& p) {
            float d = a(p);
            if (d > limit) return d;
            if (coarse->lower(p) > far) return d;
            return smax(d, gap - coarse->exact(p), k);
        },
        a.bounds());
}

glm::vec3 gradient(const sdf::Shape& s, glm::vec3 p, float h) {
    glm::vec3 g(s(p + glm::vec3(h, 0, 0)) - s(p - glm::vec3(h, 0, 0)), s(p + glm::vec3(0, h, 0)) - s(p - glm::vec3(0, h, 0)),
                s(p + glm::vec3(0, 0, h)) - s(p - glm::vec3(0, 0, h)));
    float l = glm::length(g);
    return l > 0 ? g / l : glm::vec3(0, 1, 0);
}

glm::vec3 snapToSurface(const sdf::Shape& s, glm::vec3 p, float offset) {
    for (int i = 0; i < 12; ++i) {
        float d = s(p) - offset;
        if (std::abs(d) < 2e-5f) break;
        p -= gradient(s, p) * d;
    }
    return p;
}

namespace {

std::map<std::string, sdf::Shape> leftShapes(void (*add)(std::vector<Recipe>&)) {
    std::vector<Recipe> all;
    add(all);
    std::map<std::string, sdf::Shape> m;
    for (auto& r : all) m[r.id] = r.shape;
    return m;
}

} // namespace

const sdf::Shape* skeletonShape(const std::string& id) {
    static const std::map<std::string, sdf::Shape> m = leftShapes(&addSkeletonRecipes);
    auto it = m.find(id);
    return it == m.end() || !it->second.valid() ? nullptr : &it->second;
}

const sdf::Shape* deepMuscleShape(const std::string& id) {
    static const std::map<std::string, sdf::Shape> m = leftShapes(&addDeepMuscleRecipes);
    auto it = m.find(id);
    return it == m.end() || !it->second.valid() ? nullptr : &it->second;
}

const sdf::Shape* wallShape(const std::string& id) {
    static const std::map<std::string, sdf::Shape> m = leftShapes(&addWallRecipes);
    auto it = m.find(id);
    return it == m.end() || !it->second.valid() ? nullptr : &it->second;
}

std::vector<sdf::Shape> skeletonShapes(const std::vector<std::string>& ids) {
    std::vector<sdf::Shape> out;
    for (const auto& id : ids)
        if (const sdf::Shape* s = skeletonShape(id)) out.push_back(*s);
    return out;
}

} // namespace dc::recipes::deepgeom
