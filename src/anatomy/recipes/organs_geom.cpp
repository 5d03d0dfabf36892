#include "anatomy/recipes/organs_geom.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <memory>

#include <glm/geometric.hpp>
#include <glm/vec3.hpp>

#include "anatomy/recipe.h"

namespace dc::recipes::organgeom {

using glm::vec3;

namespace {

// Distance from p to a box (0 inside): a lower bound of the distance to
// whatever the box holds.
float boxDistance(const Bounds& b, vec3 p) {
    vec3 q = glm::max(glm::max(b.min - p, p - b.max), vec3(0.0f));
    return glm::length(q);
}

vec3 anyPerpendicular(vec3 t) {
    vec3 h = std::abs(t.z) < 0.9f ? vec3(0, 0, 1) : vec3(0, 1, 0);
    return glm::normalize(h - glm::dot(h, t) * t);
}

// One span of a centripetal Catmull-Rom spline (Barry-Goldman form).
vec3 centripetal(vec3 p0, vec3 p1, vec3 p2, vec3 p3, float f) {
    auto knot = [](float t, vec3 a, vec3 b) { return t + std::sqrt(std::max(glm::length(b - a), 1e-6f)); };
    float t0 = 0.0f, t1 = knot(t0, p0, p1), t2 = knot(t1, p1, p2), t3 = knot(t2, p2, p3);
    float t = t1 + (t2 - t1) * f;
    vec3 a1 = (t1 - t) / (t1 - t0) * p0 + (t - t0) / (t1 - t0) * p1;
    vec3 a2 = (t2 - t) / (t2 - t1) * p1 + (t - t1) / (t2 - t1) * p2;
    vec3 a3 = (t3 - t) / (t3 - t2) * p2 + (t - t2) / (t3 - t2) * p3;
    vec3 b1 = (t2 - t) / (t2 - t0) * a1 + (t - t0) / (t2 - t0) * a2;
    vec3 b2 = (t3 - t) / (t3 - t1) * a2 + (t - t1) / (t3 - t1) * a3;
    return (t2 - t) / (t2 - t1) * b1 + (t - t1) / (t2 - t1) * b2;
}

// The swept tube: segments between consecutive points, bucketed in a grid of
// cells. Each cell lists the segments that come within kMargin of it, sorted
// by a lower bound of their distance to the cell, so a query stops as soon as
// the rest cannot be nearer. Beyond kMargin the tube answers kMargin, a lower
// bound of the true distance that still lets the mesher skip far blocks.
constexpr float kMargin = 0.03f;
constexpr float kCell = 0.016f;

struct Segment {
    vec3 a, ab;
    float invLen2, invLen;
    float wa, wb, da, db, sa, sb, rmax;
    vec3 ua, ub, va, vb;
    bool startEnd, finishEnd; // the tube's own ends
};

struct Entry {
    float lower; // no point of the cell is nearer to the segment's surface
    uint32_t seg;
};

struct TubeData {
    std::vector<Segment> segs;
    vec3 origin;
    glm::ivec3 dims;
    std::vector<std::vector<Entry>> cells;
    Relief relief;
    float reliefMax = 1.0f;
    float scale = 1.0f; // outside distances are scaled by this (relief)
    bool roundEnds = true;
    bool round = false; // circular section, no relief

    float segmentDistance(const Segment& g, const vec3& p) const {
        vec3 pa = p - g.a;
        float h = std::clamp(glm::dot(pa, g.ab) * g.invLen2, 0.0f, 1.0f);
        vec3 q = pa - g.ab * h;
        float along = glm::dot(q, g.ab) * g.invLen;
        float w = g.wa + (g.wb - g.wa) * h;
        float d = g.da + (g.db - g.da) * h;
        if (round) // a chain of round cones: exact, needs no frame
            return glm::length(q) - w;
        vec3 u = g.ua + (g.ub - g.ua) * h;
        vec3 v = g.va + (g.vb - g.va) * h;
        float lu = glm::length(u), lv = glm::length(v);
        if (lu < 0.5f || lv < 0.5f) return glm::length(q) - std::max(w, d); // frame turning over
        u /= lu;
        v /= lv;
        float rx = glm::dot(q, v) / w, ry = glm::dot(q, u) / d;
        float radial = std::sqrt(rx * rx + ry * ry);
        float rmin = std::min(w, d);
        float f = relief ? relief(g.sa + (g.sb - g.sa) * h, std::atan2(rx, ry)) : 1.0f;
        bool end = (h <= 0.0f && g.startEnd) || (h >= 1.0f && g.finishEnd);
        if (end && !roundEnds) {
            float dist = (radial - f) * rmin;
            return std::max(dist > 0.0f ? dist * scale : dist, std::abs(along));
        }
        // Beyond a segment's end: a rounded (ellipsoidal) cap.
        float ra = radial * rmin;
        float dist = std::sqrt(ra * ra + along * along) - f * rmin;
        return dist > 0.0f ? dist * scale : dist; // steep relief: stay a distance bound
    }

    float operator()(const vec3& p) const {
        glm::ivec3 c = glm::ivec3(glm::floor((p - origin) / kCell));
        if (glm::any(glm::lessThan(c, glm::ivec3(0))) || glm::any(glm::greaterThanEqual(c, dims))) return kMargin;
        const auto& list = cells[static_cast<size_t>((c.z * dims.y + c.y) * dims.x + c.x)];
        float best = kMargin;
        for (const Entry& e : list) {
            if (e.lower * scale > best) break;
            best = std::min(best, segmentDistance(segs[e.seg], p));
        }
        return best;
    }
};

float pointSegment(vec3 p, vec3 a, vec3 ab) {
    float l2 = glm::dot(ab, ab);
    float h = l2 > 0.0f ? std::clamp(glm::dot(p - a, ab) / l2, 0.0f, 1.0f) : 0.0f;
    return glm::length(p - a - ab * h);
}

} // namespace

Path smoothPath(const std::vector<vec3>& w, float step) {
    Path out;
    if (w.size() < 2) {
        for (size_t i = 0; i < w.size(); ++i) {
            out.p.push_back(w[i]);
            out.u.push_back(static_cast<float>(i));
            out.s.push_back(0.0f);
        }
        return out;
    }
    // Dense samples first, then resampled at equal arc length.
    const int dense = 48;
    std::vector<vec3> q;
    std::vector<float> qu, qs;
    int n = static_cast<int>(w.size());
    auto at = [&](int i) {
        if (i < 0) return w[0] * 2.0f - w[1];
        if (i >= n) return w[static_cast<size_t>(n - 1)] * 2.0f - w[static_cast<size_t>(n - 2)];
        return w[static_cast<size_t>(i)];
    };
    for (int i = 0; i + 1 < n; ++i)
        for (int k = 0; k < dense; ++k) {
            float f = static_cast<float>(k) / dense;
            q.push_back(centripetal(at(i - 1), at(i), at(i + 1), at(i + 2), f));
            qu.push_back(static_cast<float>(i) + f);
        }
    q.push_back(w.back());
    qu.push_back(static_cast<float>(n - 1));
    qs.assign(q.size(), 0.0f);
    for (size_t i = 1; i < q.size(); ++i) qs[i] = qs[i - 1] + glm::length(q[i] - q[i - 1]);
    float total = qs.back();
    int count = std::max(2, static_cast<int>(std::ceil(total / step)) + 1);
    size_t j = 0;
    for (int k = 0; k < count; ++k) {
        float s = total * static_cast<float>(k) / static_cast<float>(count - 1);
        while (j + 2 < q.size() && qs[j + 1] < s) ++j;
        float span = std::max(qs[j + 1] - qs[j], 1e-9f);
        float f = std::clamp((s - qs[j]) / span, 0.0f, 1.0f);
        out.p.push_back(q[j] + (q[j + 1] - q[j]) * f);
        out.u.push_back(qu[j] + (qu[j + 1] - qu[j]) * f);
        out.s.push_back(s);
    }
    return out;
}

void updateArcLength(Path& path) {
    path.s.assign(path.p.size(), 0.0f);
    for (size_t i = 1; i < path.p.size(); ++i) path.s[i] = path.s[i - 1] + glm::length(path.p[i] - path.p[i - 1]);
}

float atU(const std::vector<float>& v, float u) {
    if (v.empty()) return 0.0f;
    if (v.size() == 1) return v[0];
    float c = std::clamp(u, 0.0f, static_cast<float>(v.size() - 1));
    size_t i = std::min(static_cast<size_t>(c), v.size() - 2);
    float f = c - static_cast<float>(i);
    return v[i] + (v[i + 1] - v[i]) * f;
}

std::vector<float> alongPath(const Path& path, const std::vector<float>& v) {
    std::vector<float> out(path.size());
    for (size_t i = 0; i < path.size(); ++i) out[i] = atU(v, path.u[i]);
    return out;
}

sdf::Shape tubeShape(const TubeSpec& spec) {
    const auto& p = spec.p;
    size_t n = p.size();
    auto data = std::make_shared<TubeData>();
    data->relief = spec.relief;
    data->reliefMax = spec.relief ? std::max(spec.reliefMax, 1.0f) : 1.0f;
    data->scale = spec.relief ? 0.75f : 1.0f;
    data->round = !spec.relief && spec.roundEnds &&
                  (spec.halfDepth.empty() || spec.halfDepth == spec.halfWidth);
    data->roundEnds = spec.roundEnds;
    if (n < 2) return sdf::sphere(n ? p[0] : vec3(0), 0.001f);

    auto valueAt = [](const std::vector<float>& v, size_t i, float fallback) {
        if (v.empty()) return fallback;
        return v.size() == 1 ? v[0] : v[std::min(i, v.size() - 1)];
    };
    std::vector<float> s = spec.s;
    if (s.size() != n) {
        s.assign(n, 0.0f);
        for (size_t i = 1; i < n; ++i) s[i] = s[i - 1] + glm::length(p[i] - p[i - 1]);
    }
    // Tangents and frames: U toward the front hint (or rotation-minimising).
    std::vector<vec3> t(n), u(n), v(n);
    for (size_t i = 0; i < n; ++i) {
        vec3 d = p[std::min(i + 1, n - 1)] - p[i > 0 ? i - 1 : 0];
        t[i] = glm::length(d) > 1e-9f ? glm::normalize(d) : i > 0 ? t[i - 1] : vec3(0, 1, 0);
    }
    // Rotation-minimising frames (double reflection, Wang et al. 2008) ...
    u[0] = anyPerpendicular(t[0]);
    for (size_t i = 1; i < n; ++i) {
        vec3 v1 = p[i] - p[i - 1];
        float c1 = glm::dot(v1, v1);
        if (c1 < 1e-14f) {
            u[i] = u[i - 1];
            continue;
        }
        vec3 rL = u[i - 1] - (2.0f / c1) * glm::dot(v1, u[i - 1]) * v1;
        vec3 tL = t[i - 1] - (2.0f / c1) * glm::dot(v1, t[i - 1]) * v1;
        vec3 v2 = t[i] - tL;
        float c2 = glm::dot(v2, v2);
        vec3 r = c2 < 1e-14f ? rL : rL - (2.0f / c2) * glm::dot(v2, rL) * v2;
        r -= glm::dot(r, t[i]) * t[i];
        u[i] = glm::length(r) > 1e-9f ? glm::normalize(r) : anyPerpendicular(t[i]);
    }
    for (size_t i = 0; i < n; ++i) v[i] = glm::cross(t[i], u[i]);
    // ... turned about the tangent toward the front hint: the hint's angle
    // in each frame, unwrapped and interpolated where the path runs along
    // the hint (no direction there), so the frame never flips.
    if (!spec.front.empty()) {
        std::vector<float> phi(n, 0.0f);
        std::vector<char> valid(n, 0);
        for (size_t i = 0; i < n; ++i) {
            vec3 f = spec.front.size() == 1 ? spec.front[0] : spec.front[std::min(i, spec.front.size() - 1)];
            vec3 pr = f - glm::dot(f, t[i]) * t[i];
            if (glm::length(pr) < 0.3f * glm::length(f)) continue;
            phi[i] = std::atan2(glm::dot(pr, v[i]), glm::dot(pr, u[i]));
            valid[i] = 1;
        }
        long last = -1;
        for (size_t i = 0; i < n; ++i) {
            if (!valid[i]) continue;
            if (last >= 0) {
                float prev = phi[static_cast<size_t>(last)];
                while (phi[i] - prev > 3.14159265f) phi[i] -= 6.2831853f;
                while (phi[i] - prev < -3.14159265f) phi[i] += 6.2831853f;
                for (size_t k = static_cast<size_t>(last) + 1; k < i; ++k) {
                    float f = static_cast<float>(k - static_cast<size_t>(last)) / static_cast<float>(i - static_cast<size_t>(last));
                    phi[k] = prev + (phi[i] - prev) * f;
                }
            } else {
                for (size_t k = 0; k < i; ++k) phi[k] = phi[i];
            }
            last = static_cast<long>(i);
        }
        if (last >= 0)
            for (size_t k = static_cast<size_t>(last) + 1; k < n; ++k) phi[k] = phi[static_cast<size_t>(last)];
        for (size_t i = 0; i < n; ++i) {
            vec3 un = std::cos(phi[i]) * u[i] + std::sin(phi[i]) * v[i];
            u[i] = un;
            v[i] = glm::cross(t[i], un);
        }
    }

    Bounds bb;
    for (size_t i = 0; i + 1 < n; ++i) {
        vec3 ab = p[i + 1] - p[i];
        float len2 = glm::dot(ab, ab);
        if (len2 < 1e-14f) continue;
        Segment g;
        g.a = p[i];
        g.ab = ab;
        g.invLen2 = 1.0f / len2;
        g.invLen = 1.0f / std::sqrt(len2);
        g.wa = valueAt(spec.halfWidth, i, 0.005f);
        g.wb = valueAt(spec.halfWidth, i + 1, 0.005f);
        g.da = valueAt(spec.halfDepth, i, g.wa);
        g.db = valueAt(spec.halfDepth, i + 1, g.wb);
        g.sa = s[i];
        g.sb = s[i + 1];
        g.ua = u[i];
        g.ub = u[i + 1];
        g.va = v[i];
        g.vb = v[i + 1];
        g.rmax = std::max(std::max(g.wa, g.wb), std::max(g.da, g.db)) * data->reliefMax;
        g.startEnd = i == 0;
        g.finishEnd = i + 2 == n;
        bb.add(glm::min(g.a, g.a + ab) - vec3(g.rmax));
        bb.add(glm::max(g.a, g.a + ab) + vec3(g.rmax));
        data->segs.push_back(g);
    }
    data->origin = bb.min - vec3(kMargin);
    data->dims = glm::ivec3(glm::ceil((bb.max + vec3(kMargin) - data->origin) / kCell));
    data->cells.resize(static_cast<size_t>(data->dims.x) * data->dims.y * data->dims.z);
    const float halfDiag = 0.5f * std::sqrt(3.0f) * kCell;
    for (uint32_t k = 0; k < data->segs.size(); ++k) {
        const Segment& g = data->segs[k];
        vec3 lo = glm::min(g.a, g.a + g.ab) - vec3(g.rmax + kMargin);
        vec3 hi = glm::max(g.a, g.a + g.ab) + vec3(g.rmax + kMargin);
        glm::ivec3 c0 = glm::max(glm::ivec3(glm::floor((lo - data->origin) / kCell)), glm::ivec3(0));
        glm::ivec3 c1 = glm::min(glm::ivec3(glm::floor((hi - data->origin) / kCell)), data->dims - 1);
        for (int z = c0.z; z <= c1.z; ++z)
            for (int y = c0.y; y <= c1.y; ++y)
                for (int x = c0.x; x <= c1.x; ++x) {
                    vec3 centre = data->origin + (vec3(x, y, z) + 0.5f) * kCell;
                    float lower = pointSegment(centre, g.a, g.ab) - halfDiag - g.rmax;
                    if (lower > kMargin) continue;
                    data->cells[static_cast<size_t>((z * data->dims.y + y) * data->dims.x + x)].push_back(
                        {std::max(lower, 0.0f), k});
                }
    }
    for (auto& list : data->cells)
        std::sort(list.begin(), list.end(), [](const Entry& a, const Entry& b) { return a.lower < b.lower; });
    return sdf::Shape([data](const vec3& q) { return (*data)(q); }, bb);
}

sdf::Shape tubePart(const TubeSpec& spec, size_t i0, size_t i1, float overlap) {
    size_t n = spec.p.size();
    i1 = std::min(i1, n - 1);
    float rmax = 0.0f;
    for (size_t i = i0; i <= i1; ++i) {
        float w = spec.halfWidth.size() == 1 ? spec.halfWidth[0] : spec.halfWidth[std::min(i, spec.halfWidth.size() - 1)];
        float d = spec.halfDepth.empty() ? w
                  : spec.halfDepth.size() == 1 ? spec.halfDepth[0]
                                               : spec.halfDepth[std::min(i, spec.halfDepth.size() - 1)];
        rmax = std::max(rmax, std::max(w, d));
    }
    rmax *= spec.relief ? std::max(spec.reliefMax, 1.0f) : 1.0f;
    std::vector<float> s = spec.s;
    if (s.size() != n) {
        s.assign(n, 0.0f);
        for (size_t i = 1; i < n; ++i) s[i] = s[i - 1] + glm::length(spec.p[i] - spec.p[i - 1]);
    }
    // Pad each cut end by about one radius, so the cut passes through a full section.
    size_t j0 = i0, j1 = i1;
    while (j0 > 0 && s[i0] - s[j0] < rmax) --j0;
    while (j1 + 1 < n && s[j1] - s[i1] < rmax) ++j1;
    TubeSpec sub = spec;
    auto slice = [&](const std::vector<float>& v) {
        if (v.size() <= 1) return v;
        return std::vector<float>(v.begin() + static_cast<long>(j0), v.begin() + static_cast<long>(j1) + 1);
    };
    sub.p.assign(spec.p.begin() + static_cast<long>(j0), spec.p.begin() + static_cast<long>(j1) + 1);
    sub.s = std::vector<float>(s.begin() + static_cast<long>(j0), s.begin() + static_cast<long>(j1) + 1);
    sub.halfWidth = slice(spec.halfWidth);
    sub.halfDepth = slice(spec.halfDepth);
    if (spec.front.size() > 1)
        sub.front.assign(spec.front.begin() + static_cast<long>(j0), spec.front.begin() + static_cast<long>(j1) + 1);
    sdf::Shape tube = tubeShape(sub);
    struct Cut {
        vec3 c, n;
        float reach;
    };
    std::vector<Cut> cuts;
    auto tangent = [&](size_t i) {
        return glm::normalize(spec.p[std::min(i + 1, n - 1)] - spec.p[i > 0 ? i - 1 : 0]);
    };
    if (j0 < i0) {
        vec3 tg = tangent(i0);
        cuts.push_back({spec.p[i0] - tg * overlap, -tg, (s[i0] - s[j0]) + rmax * 1.2f + 0.003f});
    }
    if (j1 > i1) {
        vec3 tg = tangent(i1);
        cuts.push_back({spec.p[i1] + tg * overlap, tg, (s[j1] - s[i1]) + rmax * 1.2f + 0.003f});
    }
    if (cuts.empty()) return tube;
    return sdf::Shape(
        [tube, cuts](const vec3& p) {
            float d = tube(p);
            for (const Cut& c : cuts) {
                vec3 r = p - c.c;
                float region = std::max(-glm::dot(r, c.n), glm::length(r) - c.reach);
                d = std::max(d, -region);
            }
            return d;
        },
        tube.bounds());
}

float clearance(const std::vector<sdf::Shape>& obstacles, vec3 p, float reach) {
    float best = reach;
    for (const auto& o : obstacles) {
        if (boxDistance(o.bounds(), p) > best) continue;
        best = std::min(best, o(p));
    }
    return best;
}

Path clearedPath(const std::vector<vec3>& waypoints, const std::vector<float>& radius,
                 const std::vector<sdf::Shape>& obstacles, float gap, float step, float pinStart, float pinEnd,
                 int iterations, float ctrlStep, float maxTravel) {
    // Control points every ctrlStep along the spline through the waypoints;
    // u of each is its waypoint parameter.
    Path ctrl = smoothPath(waypoints, ctrlStep);
    size_t m = ctrl.size();
    std::vector<char> pinned(m, 0);
    for (size_t i = 0; i < m; ++i)
        pinned[i] = ctrl.s[i] < pinStart - 1e-6f || ctrl.s[i] > ctrl.s.back() - pinEnd + 1e-6f;
    if (pinStart > 0.0f) pinned[0] = 1;
    if (pinEnd > 0.0f) pinned[m - 1] = 1;
    auto build = [&]() {
        Path dense = smoothPath(ctrl.p, step);
        for (auto& u : dense.u) u = atU(ctrl.u, u); // back to waypoint parameter
        return dense;
    };
    bool off = std::getenv("DC_ORGANS_NOPUSH") != nullptr;
    const float maxStep = 0.002f;
    const std::vector<vec3> start = ctrl.p;
    std::vector<vec3> disp(m, vec3(0.0f));
    for (int it = 0; it < iterations && !off; ++it) {
        Path dense = build();
        std::vector<vec3> push(m, vec3(0.0f));
        std::vector<float> weight(m, 0.0f);
        bool any = false;
        for (size_t i = 0; i < dense.size(); ++i) {
            float need = atU(radius, dense.u[i]) + gap;
            vec3 d(0.0f);
            for (const auto& o : obstacles) {
                if (boxDistance(o.bounds(), dense.p[i]) > need) continue;
                float f = o(dense.p[i]);
                if (f >= need) continue;
                d += gradient(o, dense.p[i]) * (need - f);
            }
            if (d == vec3(0.0f)) continue;
            any = true;
            // Share the push between the two control points the sample lies
            // between (its dense parameter is the control index).
            float cu = 0.0f;
            {
                // dense.u was mapped to waypoints; recover the control index.
                float target = dense.u[i];
                size_t k = 0;
                while (k + 1 < m && ctrl.u[k + 1] < target) ++k;
                float span = k + 1 < m ? std::max(ctrl.u[k + 1] - ctrl.u[k], 1e-6f) : 1.0f;
                cu = static_cast<float>(k) + std::clamp((target - ctrl.u[k]) / span, 0.0f, 1.0f);
            }
            size_t k0 = std::min(static_cast<size_t>(cu), m - 1), k1 = std::min(k0 + 1, m - 1);
            float f1 = cu - static_cast<float>(k0);
            for (auto [k, wgt] : {std::pair<size_t, float>{k0, 1.0f - f1}, {k1, f1}}) {
                if (wgt <= 0.0f) continue;
                // Keep the strongest push a control point receives.
                if (glm::length(d) * wgt > glm::length(push[k]) * 0.999f) push[k] = d;
                weight[k] = std::max(weight[k], wgt);
            }
        }
        if (!any) break;
        // Elastic band: add the pushes to the displacement field, then relax
        // it (a few Laplacian passes) so the path bends smoothly instead of
        // kinking; pushes that the smoothing undoes come back next round.
        for (size_t i = 0; i < m; ++i) {
            if (pinned[i]) continue;
            vec3 d = push[i] * 1.1f;
            float len = glm::length(d);
            if (len > maxStep) d *= maxStep / len;
            disp[i] += d;
        }
        for (int pass = 0; pass < 2; ++pass) {
            std::vector<vec3> next = disp;
            for (size_t i = 0; i < m; ++i) {
                if (pinned[i]) continue;
                vec3 a = i > 0 ? disp[i - 1] : disp[i], b = i + 1 < m ? disp[i + 1] : disp[i];
                next[i] = disp[i] + 0.3f * (a + b - 2.0f * disp[i]);
            }
            disp = next;
        }
        for (size_t i = 0; i < m; ++i) {
            float travel = glm::length(disp[i]);
            if (travel > maxTravel) disp[i] *= maxTravel / travel;
            ctrl.p[i] = start[i] + disp[i];
        }
    }
    return build();
}

sdf::Shape carve(const sdf::Shape& a, const std::vector<sdf::Shape>& obstacles, float gap, float reach) {
    Bounds ab = a.bounds();
    std::vector<sdf::Shape> near;
    for (const auto& o : obstacles) {
        Bounds ob = o.bounds();
        if (glm::any(glm::lessThan(ob.max + vec3(gap), ab.min)) || glm::any(glm::greaterThan(ob.min - vec3(gap), ab.max)))
            continue;
        near.push_back(o);
    }
    if (near.empty()) return a;
    auto list = std::make_shared<std::vector<sdf::Shape>>(std::move(near));
    return sdf::Shape(
        [a, list, gap, reach](const vec3& p) {
            float d = a(p);
            if (d > reach) return d;
            for (const auto& o : *list) {
                if (boxDistance(o.bounds(), p) > gap + reach) continue;
                d = std::max(d, gap - o(p));
            }
            return d;
        },
        ab);
}

vec3 gradient(const sdf::Shape& s, vec3 p, float h) {
    vec3 g(s(p + vec3(h, 0, 0)) - s(p - vec3(h, 0, 0)), s(p + vec3(0, h, 0)) - s(p - vec3(0, h, 0)),
           s(p + vec3(0, 0, h)) - s(p - vec3(0, 0, h)));
    float len = glm::length(g);
    return len > 1e-12f ? g / len : vec3(0, 0, 1);
}

const sdf::Shape* neighbourShape(const std::string& id) {
    static const std::map<std::string, sdf::Shape> shapes = [] {
        std::vector<Recipe> all;
        addSkeletonRecipes(all);
        addDeepMuscleRecipes(all);
        addWallRecipes(all);
        addSkinRecipes(all);
        std::map<std::string, sdf::Shape> m;
        for (auto& r : all)
            if (r.shape.valid()) m[r.id] = r.shape;
        return m;
    }();
    auto it = shapes.find(id);
    return it == shapes.end() ? nullptr : &it->second;
}

std::vector<sdf::Shape> neighbourShapes(const std::vector<std::string>& ids) {
    std::vector<sdf::Shape> out;
    for (const auto& id : ids) {
        if (id.size() > 2 && id.compare(id.size() - 2, 2, "_*") == 0) {
            std::string stem = id.substr(0, id.size() - 2);
            for (const char* side : {"_left", "_right"})
                if (const sdf::Shape* s = neighbourShape(stem + side)) out.push_back(*s);
        } else if (const sdf::Shape* s = neighbourShape(id)) {
            out.push_back(*s);
        }
    }
    return out;
}

float smoothstep(float e0, float e1, float x) {
    float t = std::clamp((x - e0) / (e1 - e0), 0.0f, 1.0f);
    return t * t * (3.0f - 2.0f * t);
}

float hashNoise(int i) {
    uint32_t x = static_cast<uint32_t>(i) * 747796405u + 2891336453u;
    x = ((x >> ((x >> 28u) + 4u)) ^ x) * 277803737u;
    x = (x >> 22u) ^ x;
    return static_cast<float>(x & 0xffffffu) / static_cast<float>(0xffffff) * 2.0f - 1.0f;
}

} // namespace dc::recipes::organgeom
