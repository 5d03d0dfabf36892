// Local shape helpers of the wall and skin recipes; see wall_geom.h.
#include "wall_geom.h"

#include <algorithm>
#include <cmath>
#include <map>

#include <glm/geometric.hpp>

#include "anatomy/recipe.h"

namespace dc::recipes::wallgeom {

namespace {

constexpr float kPi = 3.14159265358979f;

float catmull(float p0, float p1, float p2, float p3, float t) {
    float t2 = t * t, t3 = t2 * t;
    return 0.5f * (2.0f * p1 + (-p0 + p2) * t + (2.0f * p0 - 5.0f * p1 + 4.0f * p2 - p3) * t2 +
                   (-p0 + 3.0f * p1 - 3.0f * p2 + p3) * t3);
}

Bounds grown(Bounds b, float r) {
    b.min -= glm::vec3(r);
    b.max += glm::vec3(r);
    return b;
}

bool near(const Bounds& b, const glm::vec3& p, float margin) {
    return p.x > b.min.x - margin && p.y > b.min.y - margin && p.z > b.min.z - margin && p.x < b.max.x + margin &&
           p.y < b.max.y + margin && p.z < b.max.z + margin;
}

} // namespace

// ---- Loft -------------------------------------------------------------------

Loft::Loft(std::vector<Section> rows) : m_rows(std::move(rows)) {
    std::sort(m_rows.begin(), m_rows.end(), [](const Section& a, const Section& b) { return a.y < b.y; });
}

Section Loft::at(float y) const {
    // Cubic Hermite through the rows with finite-difference slopes in y, so
    // the surface is smooth (C1) across rows however they are spaced.
    const int n = static_cast<int>(m_rows.size());
    if (n == 1 || y <= m_rows.front().y) {
        Section s = m_rows.front();
        s.y = y;
        return s;
    }
    if (y >= m_rows.back().y) {
        Section s = m_rows.back();
        s.y = y;
        return s;
    }
    int i = 0;
    while (i + 2 < n && m_rows[static_cast<size_t>(i + 1)].y < y) ++i;
    const Section& a = m_rows[static_cast<size_t>(std::max(i - 1, 0))];
    const Section& b = m_rows[static_cast<size_t>(i)];
    const Section& c = m_rows[static_cast<size_t>(i + 1)];
    const Section& d = m_rows[static_cast<size_t>(std::min(i + 2, n - 1))];
    float h = c.y - b.y;
    float t = (y - b.y) / h;
    float t2 = t * t, t3 = t2 * t;
    float h00 = 2 * t3 - 3 * t2 + 1, h10 = t3 - 2 * t2 + t, h01 = -2 * t3 + 3 * t2, h11 = t3 - t2;
    auto f = [&](float Section::*m) {
        float mb = (c.*m - a.*m) / std::max(c.y - a.y, 1e-6f);
        float mc = (d.*m - b.*m) / std::max(d.y - b.y, 1e-6f);
        return h00 * (b.*m) + h10 * h * mb + h01 * (c.*m) + h11 * h * mc;
    };
    return {y, f(&Section::xc), f(&Section::zc), f(&Section::lat), f(&Section::med),
            f(&Section::front), f(&Section::back), f(&Section::n)};
}

float Loft::radius(const Section& s, float theta) {
    float sx = std::sin(theta), cz = std::cos(theta);
    float a = sx >= 0 ? s.lat : s.med;
    float b = cz >= 0 ? s.front : s.back;
    float u = std::pow(std::abs(sx) / a, s.n) + std::pow(std::abs(cz) / b, s.n);
    return std::pow(u, -1.0f / s.n);
}

float Loft::field(const glm::vec3& p) const {
    Section s = at(p.y);
    float dx = p.x - s.xc, dz = p.z - s.zc;
    float rho = std::sqrt(dx * dx + dz * dz);
    return rho - radius(s, std::atan2(dx, dz));
}

float Loft::distance(const glm::vec3& p) const {
    const float h = 0.0005f;
    Section s = at(p.y);
    float dx = p.x - s.xc, dz = p.z - s.zc;
    float rho = std::sqrt(dx * dx + dz * dz);
    float f = rho - radius(s, std::atan2(dx, dz));
    // Deep inside, near the axis, the angle is ill-defined: the radial
    // excess is distance enough there.
    if (rho < 0.02f || f < -0.03f) return f;
    glm::vec3 g(field(p + glm::vec3(h, 0, 0)) - f, field(p + glm::vec3(0, h, 0)) - f,
                field(p + glm::vec3(0, 0, h)) - f);
    float len = glm::length(g) / h;
    return f / std::clamp(len, 0.5f, 3.0f);
}

glm::vec3 Loft::pointAt(float theta, float y, float off) const {
    Section s = at(y);
    float r = radius(s, theta) + off;
    return {s.xc + r * std::sin(theta), y, s.zc + r * std::cos(theta)};
}

sdf::Shape loftShape(std::shared_ptr<const Loft> loft, float yLo, float yHi, float round, Bounds bounds) {
    return sdf::Shape(
        [loft, yLo, yHi, round](const glm::vec3& p) {
            float d = loft->distance(p) + round;
            float h = std::max(yLo - p.y, p.y - yHi) + round;
            return std::min(std::max(d, h), 0.0f) + glm::length(glm::max(glm::vec2(d, h), glm::vec2(0.0f))) - round;
        },
        bounds);
}

// ---- WallFrame --------------------------------------------------------------

WallFrame::WallFrame(std::shared_ptr<const Loft> loft, float yLo, float yHi) : m_loft(std::move(loft)) {
    m_dy = 0.0025f;
    m_y0 = yLo;
    m_ny = static_cast<int>(std::ceil((yHi - yLo) / m_dy)) + 1;
    m_s.assign(static_cast<size_t>(m_ny) * (kNt + 1), 0.0f);
    const float dt = kPi / kNt;
    for (int j = 0; j < m_ny; ++j) {
        Section sec = m_loft->at(m_y0 + m_dy * static_cast<float>(j));
        float* row = &m_s[static_cast<size_t>(j) * (kNt + 1)];
        float prevR = Loft::radius(sec, 0.0f);
        for (int i = 1; i <= kNt; ++i) {
            // Arc length of a polar curve: sqrt(r^2 + (dr/dtheta)^2) dtheta.
            float r = Loft::radius(sec, dt * static_cast<float>(i));
            float rm = 0.5f * (r + prevR);
            float dr = (r - prevR) / dt;
            row[i] = row[i - 1] + std::sqrt(rm * rm + dr * dr) * dt;
            prevR = r;
        }
    }
}

float WallFrame::thetaOf(const glm::vec3& p) const {
    Section s = m_loft->at(p.y);
    return std::atan2(p.x - s.xc, p.z - s.zc);
}

float WallFrame::arc(float theta, float y) const {
    float sign = theta < 0 ? -1.0f : 1.0f;
    float u = std::min(std::abs(theta), kPi) / (kPi / kNt);
    float v = std::clamp((y - m_y0) / m_dy, 0.0f, static_cast<float>(m_ny - 1));
    int i = std::min(static_cast<int>(u), kNt - 1);
    int j = std::min(static_cast<int>(v), m_ny - 2);
    float fu = u - static_cast<float>(i), fv = v - static_cast<float>(j);
    const float* r0 = &m_s[static_cast<size_t>(j) * (kNt + 1)];
    const float* r1 = r0 + (kNt + 1);
    float a = r0[i] + (r0[i + 1] - r0[i]) * fu;
    float b = r1[i] + (r1[i + 1] - r1[i]) * fu;
    return sign * (a + (b - a) * fv);
}

glm::vec3 WallFrame::point(float s, float y, float off) const {
    // Bisection on theta: arc() is monotonic in theta.
    float lo = -kPi, hi = kPi;
    for (int k = 0; k < 40; ++k) {
        float mid = 0.5f * (lo + hi);
        if (arc(mid, y) < s) lo = mid;
        else hi = mid;
    }
    return m_loft->pointAt(0.5f * (lo + hi), y, off);
}

// ---- 2-D polygons -------------------------------------------------------------

float polygonDistance(const std::vector<glm::vec2>& v, glm::vec2 p) {
    const size_t n = v.size();
    float d = glm::dot(p - v[0], p - v[0]);
    float s = 1.0f;
    for (size_t i = 0, j = n - 1; i < n; j = i, ++i) {
        glm::vec2 e = v[j] - v[i];
        glm::vec2 w = p - v[i];
        float ee = glm::dot(e, e);
        glm::vec2 b = w - e * std::clamp(ee > 0 ? glm::dot(w, e) / ee : 0.0f, 0.0f, 1.0f);
        d = std::min(d, glm::dot(b, b));
        bool c0 = p.y >= v[i].y, c1 = p.y < v[j].y, c2 = e.x * w.y > e.y * w.x;
        if ((c0 && c1 && c2) || (!c0 && !c1 && !c2)) s = -s;
    }
    return s * std::sqrt(d);
}

std::vector<glm::vec2> smoothClosed(const std::vector<glm::vec2>& c, int k) {
    std::vector<glm::vec2> out;
    const int n = static_cast<int>(c.size());
    auto at = [&](int i) { return c[static_cast<size_t>(((i % n) + n) % n)]; };
    for (int i = 0; i < n; ++i) {
        glm::vec2 p0 = at(i - 1), p1 = at(i), p2 = at(i + 1), p3 = at(i + 2);
        for (int j = 0; j < k; ++j) {
            float t = static_cast<float>(j) / static_cast<float>(k);
            out.push_back({catmull(p0.x, p1.x, p2.x, p3.x, t), catmull(p0.y, p1.y, p2.y, p3.y, t)});
        }
    }
    return out;
}

// ---- Sheets on a wall frame ----------------------------------------------------

sdf::Shape sheet(const SheetSpec& spec) {
    auto frame = spec.frame;
    auto mask = std::make_shared<std::vector<glm::vec2>>(spec.mask);
    auto span = spec.span;
    float round = spec.rounding;
    // Bounds: sample the mask's box on the frame at both offsets.
    glm::vec2 lo(1e9f), hi(-1e9f);
    for (auto q : spec.mask) {
        lo = glm::min(lo, q);
        hi = glm::max(hi, q);
    }
    Bounds bb;
    for (int i = 0; i <= 24; ++i)
        for (int j = 0; j <= 24; ++j) {
            float s = lo.x + (hi.x - lo.x) * static_cast<float>(i) / 24.0f;
            float y = lo.y + (hi.y - lo.y) * static_cast<float>(j) / 24.0f;
            bb.add(frame->point(s, y, spec.minOffset));
            bb.add(frame->point(s, y, spec.maxOffset));
        }
    bb = grown(bb, 0.008f);
    return sdf::Shape(
        [frame, mask, span, round](const glm::vec3& p) {
            float d = frame->loft().distance(p);
            glm::vec2 sy = frame->chart(p);
            glm::vec2 io = span(sy.x, sy.y);
            float half = 0.5f * (io.y - io.x);
            float r = std::min(round, 0.45f * std::max(half * 2.0f, 0.0f));
            float dn = std::abs(d - 0.5f * (io.x + io.y)) - half;
            float m = polygonDistance(*mask, sy);
            glm::vec2 w(m + r, dn + r);
            return std::min(std::max(w.x, w.y), 0.0f) + glm::length(glm::max(w, glm::vec2(0.0f))) - r;
        },
        bb);
}

// ---- Straps --------------------------------------------------------------------

sdf::Shape strap(const StrapSpec& spec) {
    std::vector<glm::vec3> pts = sdf::catmullRom(spec.points, spec.samplesPerSegment);
    std::vector<float> w = sdf::resampleAlong(spec.widths, pts.size());
    std::vector<float> d = sdf::resampleAlong(spec.depths.empty() ? spec.widths : spec.depths, pts.size());
    std::vector<float> sx, sy, sz;
    for (auto s : spec.sides) {
        sx.push_back(s.x);
        sy.push_back(s.y);
        sz.push_back(s.z);
    }
    if (sx.empty()) {
        sx = {1};
        sy = {0};
        sz = {0};
    }
    sx = sdf::resampleAlong(sx, pts.size());
    sy = sdf::resampleAlong(sy, pts.size());
    sz = sdf::resampleAlong(sz, pts.size());
    struct Seg {
        glm::vec3 a, b, u, v;
        float wa, wb, da, db, len;
    };
    std::vector<Seg> segs;
    Bounds bb;
    for (size_t i = 0; i + 1 < pts.size(); ++i) {
        glm::vec3 t = pts[i + 1] - pts[i];
        float len = glm::length(t);
        if (len < 1e-7f) continue;
        t /= len;
        glm::vec3 side(0.5f * (sx[i] + sx[i + 1]), 0.5f * (sy[i] + sy[i + 1]), 0.5f * (sz[i] + sz[i + 1]));
        glm::vec3 u = side - glm::dot(side, t) * t;
        if (glm::length(u) < 1e-4f) u = glm::vec3(0, 0, 1) - t.z * t;
        u = glm::normalize(u);
        glm::vec3 v = glm::cross(t, u);
        segs.push_back({pts[i], pts[i + 1], u, v, w[i], w[i + 1], d[i], d[i + 1], len});
        float r = std::max(std::max(w[i], d[i]), std::max(w[i + 1], d[i + 1]));
        bb.add(pts[i] - glm::vec3(r));
        bb.add(pts[i] + glm::vec3(r));
        bb.add(pts[i + 1] - glm::vec3(r));
        bb.add(pts[i + 1] + glm::vec3(r));
    }
    auto shared = std::make_shared<std::vector<Seg>>(std::move(segs));
    return sdf::Shape(
        [shared](const glm::vec3& p) {
            float best = 1e9f;
            for (const Seg& s : *shared) {
                glm::vec3 ab = s.b - s.a;
                float h = std::clamp(glm::dot(p - s.a, ab) / (s.len * s.len), 0.0f, 1.0f);
                glm::vec3 q = p - (s.a + ab * h);
                float wr = s.wa + (s.wb - s.wa) * h;
                float dr = s.da + (s.db - s.da) * h;
                float x = glm::dot(q, s.u) / wr, y = glm::dot(q, s.v) / dr;
                float along = glm::dot(q, ab) / s.len;
                float radial = std::sqrt(x * x + y * y);
                // The ellipse's distance estimate (radial excess over the
                // gradient of the normalised radius), as for sdf::ellipsoid.
                float g = std::sqrt(x * x / (wr * wr) + y * y / (dr * dr));
                float dist = g > 1e-9f ? (radial - 1.0f) * radial / g : -std::min(wr, dr);
                dist = std::sqrt(std::max(dist, 0.0f) * std::max(dist, 0.0f) + along * along) + std::min(dist, 0.0f);
                best = std::min(best, dist);
            }
            return best;
        },
        bb);
}

sdf::Shape ribbon(const StrapSpec& spec) {
    std::vector<glm::vec3> pts = sdf::catmullRom(spec.points, spec.samplesPerSegment);
    const size_t n = pts.size();
    std::vector<float> w = sdf::resampleAlong(spec.widths, n);
    std::vector<float> d = sdf::resampleAlong(spec.depths.empty() ? spec.widths : spec.depths, n);
    std::vector<float> sx, sy, sz;
    for (auto s : spec.sides) {
        sx.push_back(s.x);
        sy.push_back(s.y);
        sz.push_back(s.z);
    }
    if (sx.empty()) {
        sx = {1};
        sy = {0};
        sz = {0};
    }
    sx = sdf::resampleAlong(sx, n);
    sy = sdf::resampleAlong(sy, n);
    sz = sdf::resampleAlong(sz, n);
    // A frame per sample (tangent from the neighbours), so it turns smoothly.
    struct Node {
        glm::vec3 p, u, v;
        float w, d;
    };
    std::vector<Node> nodes;
    Bounds bb;
    for (size_t i = 0; i < n; ++i) {
        glm::vec3 t = pts[std::min(i + 1, n - 1)] - pts[i > 0 ? i - 1 : 0];
        t = glm::normalize(t);
        glm::vec3 side(sx[i], sy[i], sz[i]);
        glm::vec3 u = side - glm::dot(side, t) * t;
        if (glm::length(u) < 1e-4f) u = glm::vec3(0, 0, 1) - t.z * t;
        u = glm::normalize(u);
        nodes.push_back({pts[i], u, glm::cross(t, u), w[i], d[i]});
        float r = std::max(w[i], d[i]);
        bb.add(pts[i] - glm::vec3(r));
        bb.add(pts[i] + glm::vec3(r));
    }
    auto shared = std::make_shared<std::vector<Node>>(std::move(nodes));
    return sdf::Shape(
        [shared](const glm::vec3& p) {
            const auto& nd = *shared;
            float best = 1e9f;
            for (size_t i = 0; i + 1 < nd.size(); ++i) {
                const Node &a = nd[i], &b = nd[i + 1];
                glm::vec3 ab = b.p - a.p;
                float l2 = glm::dot(ab, ab);
                if (l2 < 1e-14f) continue;
                float h = std::clamp(glm::dot(p - a.p, ab) / l2, 0.0f, 1.0f);
                glm::vec3 q = p - (a.p + ab * h);
                glm::vec3 u = glm::normalize(a.u + (b.u - a.u) * h);
                glm::vec3 v = glm::normalize(a.v + (b.v - a.v) * h);
                float hw = a.w + (b.w - a.w) * h, hd = a.d + (b.d - a.d) * h;
                float r = std::min(hd, hw);
                float x = std::abs(glm::dot(q, u)) - (hw - r), y = std::abs(glm::dot(q, v)) - (hd - r);
                float sec = glm::length(glm::max(glm::vec2(x, y), glm::vec2(0.0f))) + std::min(std::max(x, y), 0.0f) - r;
                float along = glm::dot(q, ab) / std::sqrt(l2);
                float dist = (h > 0.0f && h < 1.0f) ? sec
                                                    : std::sqrt(std::max(sec, 0.0f) * std::max(sec, 0.0f) + along * along) +
                                                          std::min(sec, 0.0f);
                best = std::min(best, dist);
            }
            return best;
        },
        bb);
}

// ---- Carving by neighbours --------------------------------------------------------

sdf::Shape carve(const sdf::Shape& a, const sdf::Shape& b, float clearance) {
    if (!b.valid()) return a;
    Bounds bb = b.bounds();
    return sdf::Shape(
        [a, b, bb, clearance](const glm::vec3& p) {
            // Away from a's surface the carve cannot change the sign: keep
            // a's value (a lower bound of the carved distance).
            float da = a(p);
            if (da > 0.005f || !near(bb, p, clearance + 0.005f)) return da;
            return std::max(da, clearance - b(p));
        },
        a.bounds());
}

sdf::Shape neighbourShape(const std::string& id) {
    static const std::map<std::string, sdf::Shape> shapes = [] {
        std::vector<Recipe> tmp;
        addSkeletonRecipes(tmp);
        std::map<std::string, sdf::Shape> m;
        for (auto& r : tmp) m[r.id] = r.shape;
        return m;
    }();
    auto it = shapes.find(id);
    return it == shapes.end() ? sdf::Shape() : it->second;
}

} // namespace dc::recipes::wallgeom
