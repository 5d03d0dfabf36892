#include "anatomy/recipes/skeleton_geom.h"

#include <algorithm>
#include <cmath>
#include <memory>

#include <glm/geometric.hpp>

namespace dc::recipes::skeletongeom {

using glm::vec2;
using glm::vec3;
using sdf::Shape;

namespace {

float smax(float a, float b, float k) {
    if (k <= 0.0f) return std::max(a, b);
    float h = std::max(k - std::abs(a - b), 0.0f) / k;
    return std::max(a, b) + h * h * k * 0.25f;
}

// Distance bound to an ellipse of semi-axes r (2-D), negative inside.
float ellipse2(vec2 p, vec2 r) {
    float k0 = glm::length(p / r);
    float k1 = glm::length(p / (r * r));
    if (k1 < 1e-12f) return -std::min(r.x, r.y);
    return k0 * (k0 - 1.0f) / k1;
}

// Rounded intersection of two distances (edge radius r).
float roundIntersect(float a, float b, float r) {
    float qa = a + r, qb = b + r;
    vec2 q(std::max(qa, 0.0f), std::max(qb, 0.0f));
    return std::min(std::max(qa, qb), 0.0f) + glm::length(q) - r;
}

Bounds cube(vec3 c, float r) {
    Bounds b;
    b.add(c - vec3(r));
    b.add(c + vec3(r));
    return b;
}

// Signed distance to a closed polygon (negative inside).
float polygon2(vec2 p, const std::vector<vec2>& v) {
    size_t n = v.size();
    float d = glm::dot(p - v[0], p - v[0]);
    float s = 1.0f;
    for (size_t i = 0, j = n - 1; i < n; j = i, ++i) {
        vec2 e = v[j] - v[i];
        vec2 w = p - v[i];
        float ee = glm::dot(e, e);
        vec2 b = w - e * (ee > 0 ? std::clamp(glm::dot(w, e) / ee, 0.0f, 1.0f) : 0.0f);
        d = std::min(d, glm::dot(b, b));
        bool c1 = p.y >= v[i].y, c2 = p.y < v[j].y, c3 = e.x * w.y > e.y * w.x;
        if ((c1 && c2 && c3) || (!c1 && !c2 && !c3)) s = -s;
    }
    return s * std::sqrt(d);
}

// Closed Catmull-Rom loop.
std::vector<vec2> closedSpline(const std::vector<vec2>& pts, int samples) {
    std::vector<vec2> out;
    int n = static_cast<int>(pts.size());
    auto at = [&](int i) { return pts[static_cast<size_t>(((i % n) + n) % n)]; };
    for (int i = 0; i < n; ++i) {
        vec2 p0 = at(i - 1), p1 = at(i), p2 = at(i + 1), p3 = at(i + 2);
        for (int s = 0; s < samples; ++s) {
            float t = static_cast<float>(s) / static_cast<float>(samples);
            float t2 = t * t, t3 = t2 * t;
            out.push_back(0.5f * ((2.0f * p1) + (-p0 + p2) * t + (2.0f * p0 - 5.0f * p1 + 4.0f * p2 - p3) * t2 +
                                  (-p0 + 3.0f * p1 - 3.0f * p2 + p3) * t3));
        }
    }
    return out;
}

// Thin-plate spline in 2-D: f(p) = c0 + c1 x + c2 y + sum w_i phi(|p - p_i|).
class Tps {
public:
    Tps(const std::vector<vec2>& centres, const std::vector<float>& values) : m_c(centres) {
        size_t n = centres.size(), m = n + 3;
        std::vector<double> A(m * m, 0.0), b(m, 0.0);
        for (size_t i = 0; i < n; ++i) {
            for (size_t j = 0; j < n; ++j) A[i * m + j] = phi(glm::length(centres[i] - centres[j]));
            A[i * m + n] = A[n * m + i] = 1.0;
            A[i * m + n + 1] = A[(n + 1) * m + i] = centres[i].x;
            A[i * m + n + 2] = A[(n + 2) * m + i] = centres[i].y;
            b[i] = values[i];
        }
        // Gaussian elimination with partial pivoting.
        for (size_t c = 0; c < m; ++c) {
            size_t piv = c;
            for (size_t r = c + 1; r < m; ++r)
                if (std::abs(A[r * m + c]) > std::abs(A[piv * m + c])) piv = r;
            if (piv != c) {
                for (size_t k = 0; k < m; ++k) std::swap(A[c * m + k], A[piv * m + k]);
                std::swap(b[c], b[piv]);
            }
            double d = A[c * m + c];
            if (std::abs(d) < 1e-18) continue;
            for (size_t r = c + 1; r < m; ++r) {
                double f = A[r * m + c] / d;
                if (f == 0.0) continue;
                for (size_t k = c; k < m; ++k) A[r * m + k] -= f * A[c * m + k];
                b[r] -= f * b[c];
            }
        }
        std::vector<double> x(m, 0.0);
        for (size_t c = m; c-- > 0;) {
            double s = b[c];
            for (size_t k = c + 1; k < m; ++k) s -= A[c * m + k] * x[k];
            x[c] = std::abs(A[c * m + c]) < 1e-18 ? 0.0 : s / A[c * m + c];
        }
        m_w.assign(x.begin(), x.begin() + static_cast<long>(n));
        m_a0 = x[n];
        m_ax = x[n + 1];
        m_ay = x[n + 2];
    }
    // Value and gradient.
    float eval(vec2 p, vec2* grad) const {
        double f = m_a0 + m_ax * p.x + m_ay * p.y, gx = m_ax, gy = m_ay;
        for (size_t i = 0; i < m_c.size(); ++i) {
            double dx = p.x - m_c[i].x, dy = p.y - m_c[i].y;
            double r2 = dx * dx + dy * dy;
            if (r2 < 1e-20) continue;
            double lr = 0.5 * std::log(r2);
            f += m_w[i] * r2 * lr;
            double g = m_w[i] * (2.0 * lr + 1.0);
            gx += g * dx;
            gy += g * dy;
        }
        if (grad) *grad = vec2(static_cast<float>(gx), static_cast<float>(gy));
        return static_cast<float>(f);
    }

private:
    static double phi(float r) { return r > 0 ? double(r) * r * std::log(double(r)) : 0.0; }
    std::vector<vec2> m_c;
    std::vector<double> m_w;
    double m_a0 = 0, m_ax = 0, m_ay = 0;
};

} // namespace

vec3 Frame::local(const vec3& p) const {
    vec3 d = p - o;
    return {glm::dot(d, x), glm::dot(d, u), glm::dot(d, a)};
}

Frame sagittalFrame(float y, float z, float tiltDeg) {
    float t = rad(tiltDeg);
    Frame f;
    f.o = vec3(0.0f, y, z);
    f.x = vec3(1, 0, 0);
    f.u = vec3(0.0f, std::cos(t), std::sin(t));
    f.a = vec3(0.0f, -std::sin(t), std::cos(t));
    return f;
}

Shape kidneySlab(const SlabSpec& s) {
    return Shape(
        [s](const vec3& p) {
            vec3 q = s.f.local(p);
            float dt = glm::dot(p - s.top.point, s.top.normal);
            float db = glm::dot(p - s.bottom.point, s.bottom.normal);
            float span = std::max(-(dt + db), 1e-4f);
            float t = std::clamp(-dt / span, 0.0f, 1.0f); // 0 at the top, 1 at the bottom
            float m = 2.0f * t - 1.0f;
            float sc = 1.0f - s.waist * (1.0f - m * m);
            float w = (s.wTop + (s.wBottom - s.wTop) * t) * 0.5f * sc;
            float d = (s.dTop + (s.dBottom - s.dTop) * t) * 0.5f * sc;
            vec2 xz(q.x, q.z);
            float dk = ellipse2(xz, vec2(w, d));
            if (s.notch > 0.0f) {
                float R = 0.55f * w;
                float cz = -d - R + s.notch;
                float dc = glm::length(xz - vec2(0.0f, cz)) - R;
                dk = smax(dk, -dc, 0.004f);
            }
            return roundIntersect(dk, std::max(dt, db), s.round);
        },
        cube(s.f.o, s.reach));
}

Shape sweep(const std::vector<Station>& st, const std::vector<vec3>& sides, int samplesPerSegment) {
    std::vector<vec3> pts0;
    for (const auto& s : st) pts0.push_back(s.p);
    std::vector<vec3> pts = sdf::catmullRom(pts0, samplesPerSegment);
    // Per-waypoint values follow the same Catmull-Rom parameter as the path,
    // so widths change smoothly (no crease at the waypoints).
    const int nst = static_cast<int>(st.size());
    auto smooth = [&](const std::vector<float>& v) {
        std::vector<float> out;
        auto at = [&](int i) {
            if (i < 0) return 2.0f * v[0] - v[1];
            if (i >= nst) return 2.0f * v[static_cast<size_t>(nst - 1)] - v[static_cast<size_t>(nst - 2)];
            return v[static_cast<size_t>(i)];
        };
        if (nst < 2) return std::vector<float>(pts.size(), v[0]);
        for (int i = 0; i + 1 < nst; ++i)
            for (int k = 0; k < samplesPerSegment; ++k) {
                float t = static_cast<float>(k) / static_cast<float>(samplesPerSegment);
                float p0 = at(i - 1), p1 = at(i), p2 = at(i + 1), p3 = at(i + 2);
                float t2 = t * t, t3 = t2 * t;
                float c = 0.5f * ((2.0f * p1) + (-p0 + p2) * t + (2.0f * p0 - 5.0f * p1 + 4.0f * p2 - p3) * t2 +
                                  (-p0 + 3.0f * p1 - 3.0f * p2 + p3) * t3);
                // keep within the neighbours' range (no overshoot to zero)
                c = std::clamp(c, std::min(p1, p2) * 0.85f, std::max(p1, p2) * 1.15f);
                out.push_back(c);
            }
        out.push_back(v.back());
        return out;
    };
    auto values = [&](auto get) {
        std::vector<float> v;
        for (const auto& s : st) v.push_back(get(s));
        return smooth(v);
    };
    std::vector<float> W = values([](const Station& s) { return s.w; });
    std::vector<float> F = values([](const Station& s) { return s.tFront; });
    std::vector<float> B = values([](const Station& s) { return s.tBack; });
    std::vector<float> N = values([](const Station& s) { return s.n; });
    std::vector<float> SX, SY, SZ;
    {
        std::vector<float> x, y, z;
        for (const auto& v : sides) {
            x.push_back(v.x);
            y.push_back(v.y);
            z.push_back(v.z);
        }
        SX = smooth(x);
        SY = smooth(y);
        SZ = smooth(z);
    }
    // Sections are framed per spline sample (tangent = mean of the adjacent
    // spans) and the frame is interpolated along each span, so neighbouring
    // spans agree at their joint: the surface has no notch or ridge there.
    struct Seg {
        vec3 a, ab, u0, v0, u1, v1, t0, t1;
        float len2;
        float w0, w1, f0, f1, b0, b1, n0, n1, rmax;
        bool first, last; // the span opens / closes the sweep
    };
    std::vector<size_t> keep; // samples kept (drop coincident ones)
    for (size_t i = 0; i < pts.size(); ++i)
        if (keep.empty() || glm::length(pts[i] - pts[keep.back()]) > 1e-7f) keep.push_back(i);
    std::vector<vec3> tan(keep.size()), us(keep.size()), vs(keep.size());
    for (size_t k = 0; k < keep.size(); ++k) {
        vec3 tin(0.0f), tout(0.0f);
        if (k > 0) tin = glm::normalize(pts[keep[k]] - pts[keep[k - 1]]);
        if (k + 1 < keep.size()) tout = glm::normalize(pts[keep[k + 1]] - pts[keep[k]]);
        // A cusp (the spline doubling back) keeps the outgoing direction.
        vec3 t = glm::dot(tin, tout) < 0.0f ? tout : tin + tout;
        t = glm::length(t) > 1e-6f ? glm::normalize(t) : vec3(0, 1, 0);
        size_t i = keep[k];
        vec3 side(SX[i], SY[i], SZ[i]);
        vec3 u = side - glm::dot(side, t) * t;
        if (glm::length(u) < 1e-4f) u = vec3(0, 0, 1) - t.z * t;
        u = glm::normalize(u);
        tan[k] = t;
        us[k] = u;
        vs[k] = glm::cross(t, u);
    }
    auto segs = std::make_shared<std::vector<Seg>>();
    Bounds bb;
    for (size_t k = 0; k + 1 < keep.size(); ++k) {
        size_t i = keep[k], j = keep[k + 1];
        vec3 ab = pts[j] - pts[i];
        float wm = std::max(W[i], W[j]);
        float tm = std::max(std::max(F[i], F[j]), std::max(B[i], B[j]));
        float rmax = std::sqrt(wm * wm + tm * tm);
        segs->push_back({pts[i], ab, us[k], vs[k], us[k + 1], vs[k + 1], tan[k], tan[k + 1], glm::dot(ab, ab), W[i],
                         W[j], F[i], F[j], B[i], B[j], N[i], N[j], rmax, k == 0, k + 2 == keep.size()});
        bb.add(pts[i] - vec3(rmax));
        bb.add(pts[i] + vec3(rmax));
        bb.add(pts[j] - vec3(rmax));
        bb.add(pts[j] + vec3(rmax));
    }
    auto eval = [](const Seg& s, const vec3& p, float hr) {
        float h = std::clamp(hr, 0.0f, 1.0f);
        vec3 q = p - s.a - s.ab * h;
        vec3 u = glm::normalize(s.u0 + (s.u1 - s.u0) * h);
        vec3 v = glm::normalize(s.v0 + (s.v1 - s.v0) * h);
        float w = s.w0 + (s.w1 - s.w0) * h;
        float x = glm::dot(q, u), y = glm::dot(q, v);
        float T = y >= 0.0f ? s.f0 + (s.f1 - s.f0) * h : s.b0 + (s.b1 - s.b0) * h;
        float n = s.n0 + (s.n1 - s.n0) * h;
        float X = std::abs(x) / w, Y = std::abs(y) / T;
        float r, gx, gy;
        if (n <= 2.001f) {
            r = std::sqrt(X * X + Y * Y);
            if (r < 1e-6f) {
                gx = gy = 0.0f;
            } else {
                gx = X / r / w;
                gy = Y / r / T;
            }
        } else {
            float xn = std::pow(X, n), yn = std::pow(Y, n);
            r = std::pow(xn + yn, 1.0f / n);
            if (r < 1e-6f) {
                gx = gy = 0.0f;
            } else {
                gx = std::pow(X / r, n - 1.0f) / w;
                gy = std::pow(Y / r, n - 1.0f) / T;
            }
        }
        // Past an end of the span, measure along the joint's own tangent
        // (mitred joints): inside the wedge of a bend the joint section
        // holds; beyond the joint plane the next span takes over (this one is
        // cut flat there). The two ends of the sweep close in a dome, half an
        // ellipsoid as deep as the smaller half-axis.
        float along = 0.0f;
        bool cap = false;
        if (hr < 0.0f) {
            along = std::min(glm::dot(q, s.t0), 0.0f);
            cap = s.first;
        }
        if (hr > 1.0f) {
            along = std::max(glm::dot(q, s.t1), 0.0f);
            cap = s.last;
        }
        float inner = -std::min(w, T);
        if (along != 0.0f && cap) {
            float c = std::min(w, T);
            float a = along / c;
            float R = std::sqrt(r * r + a * a);
            if (R < 1e-6f) return inner;
            float k = r / R;
            float g = std::sqrt(k * k * (gx * gx + gy * gy) + (a / (R * c)) * (a / (R * c)));
            return g > 1e-6f ? std::max((R - 1.0f) / g, inner) : inner;
        }
        float g0 = std::sqrt(gx * gx + gy * gy);
        float d = g0 > 1e-6f ? std::max((r - 1.0f) / g0, inner) : inner;
        if (along != 0.0f) {
            float l = std::abs(along);
            return d > 0.0f ? std::sqrt(d * d + l * l) : std::max(d, l);
        }
        return d;
    };
    return Shape(
        [segs, eval](const vec3& p) {
            // Cheap lower bounds first; the most promising span sets the bar.
            const size_t n = segs->size();
            float lbBest = 1e9f;
            size_t first = 0;
            for (size_t i = 0; i < n; ++i) {
                const Seg& s = (*segs)[i];
                float hr = glm::dot(p - s.a, s.ab) / s.len2;
                float lb = glm::length(p - s.a - s.ab * std::clamp(hr, 0.0f, 1.0f)) - s.rmax;
                if (lb < lbBest) {
                    lbBest = lb;
                    first = i;
                }
            }
            const Seg& s0 = (*segs)[first];
            float best = eval(s0, p, glm::dot(p - s0.a, s0.ab) / s0.len2);
            for (size_t i = 0; i < n; ++i) {
                if (i == first) continue;
                const Seg& s = (*segs)[i];
                float hr = glm::dot(p - s.a, s.ab) / s.len2;
                float lb = glm::length(p - s.a - s.ab * std::clamp(hr, 0.0f, 1.0f)) - s.rmax;
                if (lb > best) continue;
                best = std::min(best, eval(s, p, hr));
            }
            return best;
        },
        bb);
}

Shape sweep(const std::vector<Station>& st, vec3 side, int samplesPerSegment) {
    return sweep(st, std::vector<vec3>(st.size(), side), samplesPerSegment);
}

Shape plate(const PlateSpec& s) {
    const Frame f = s.f;
    auto to2 = [&](vec3 p) {
        vec3 q = f.local(p);
        return vec2(q.x, q.y);
    };
    std::vector<vec2> cs;
    std::vector<float> ns, hs;
    for (const auto& c : s.control) {
        vec3 q = f.local(c.p);
        cs.push_back(vec2(q.x, q.y));
        ns.push_back(q.z);
        hs.push_back(c.halfThickness);
    }
    auto mid = std::make_shared<Tps>(cs, ns);
    auto half = std::make_shared<Tps>(cs, hs);
    std::vector<vec2> ol;
    for (const auto& p : s.outline) ol.push_back(to2(p));
    auto poly = std::make_shared<std::vector<vec2>>(closedSpline(ol, 8));

    // Tabulate outline distance, mid-surface (with gradient) and thickness on
    // a 1 mm grid around the outline; the field is read back bilinearly.
    struct Grid {
        vec2 lo;
        float step;
        int nx, ny;
        std::vector<float> d, n, gx, gy, h;
    };
    auto grid = std::make_shared<Grid>();
    vec2 lo(1e9f), hi(-1e9f);
    for (const auto& p : *poly) {
        lo = glm::min(lo, p);
        hi = glm::max(hi, p);
    }
    const float margin = 0.02f;
    grid->step = 0.001f;
    grid->lo = lo - vec2(margin);
    grid->nx = static_cast<int>((hi.x - lo.x + 2 * margin) / grid->step) + 2;
    grid->ny = static_cast<int>((hi.y - lo.y + 2 * margin) / grid->step) + 2;
    size_t cells = static_cast<size_t>(grid->nx) * static_cast<size_t>(grid->ny);
    grid->d.resize(cells);
    grid->n.resize(cells);
    grid->gx.resize(cells);
    grid->gy.resize(cells);
    grid->h.resize(cells);
    Bounds bb;
    for (int j = 0; j < grid->ny; ++j)
        for (int i = 0; i < grid->nx; ++i) {
            size_t k = static_cast<size_t>(j) * static_cast<size_t>(grid->nx) + static_cast<size_t>(i);
            vec2 p = grid->lo + vec2(static_cast<float>(i), static_cast<float>(j)) * grid->step;
            vec2 g;
            grid->d[k] = polygon2(p, *poly);
            grid->n[k] = mid->eval(p, &g);
            grid->gx[k] = g.x;
            grid->gy[k] = g.y;
            grid->h[k] = std::max(half->eval(p, nullptr), s.minHalfThickness);
            if (grid->d[k] < 0.002f) {
                float hh = grid->h[k] + 0.003f;
                bb.add(f.at(p.x, p.y, grid->n[k] - hh));
                bb.add(f.at(p.x, p.y, grid->n[k] + hh));
            }
        }
    const float minH = s.minHalfThickness, rimRound = s.rimRound;
    return Shape(
        [grid, f, minH, rimRound](const vec3& p) {
            vec3 q = f.local(p);
            const Grid& G = *grid;
            float fx = (q.x - G.lo.x) / G.step, fy = (q.y - G.lo.y) / G.step;
            float cx = std::clamp(fx, 0.0f, static_cast<float>(G.nx - 1) - 0.001f);
            float cy = std::clamp(fy, 0.0f, static_cast<float>(G.ny - 1) - 0.001f);
            int i = static_cast<int>(cx), j = static_cast<int>(cy);
            float tx = cx - static_cast<float>(i), ty = cy - static_cast<float>(j);
            size_t k00 = static_cast<size_t>(j) * static_cast<size_t>(G.nx) + static_cast<size_t>(i);
            size_t k10 = k00 + 1, k01 = k00 + static_cast<size_t>(G.nx), k11 = k01 + 1;
            auto lerp2 = [&](const std::vector<float>& v) {
                return (v[k00] * (1 - tx) + v[k10] * tx) * (1 - ty) + (v[k01] * (1 - tx) + v[k11] * tx) * ty;
            };
            // Outside the table: distance to it plus the table's edge value.
            float out = std::hypot(fx - cx, fy - cy) * G.step;
            float d2 = lerp2(G.d) + out;
            float n = lerp2(G.n), gx = lerp2(G.gx), gy = lerp2(G.gy);
            float h = std::max(lerp2(G.h), minH);
            float dn = (std::abs(q.z - n) - h) / std::sqrt(1.0f + gx * gx + gy * gy);
            return roundIntersect(d2, dn, std::min(h * 0.95f, rimRound));
        },
        bb);
}

Shape foldX(const Shape& leftHalf) {
    Bounds b = leftHalf.bounds();
    float m = std::max(std::abs(b.min.x), std::abs(b.max.x));
    Bounds s;
    s.add(vec3(-m, b.min.y, b.min.z));
    s.add(vec3(m, b.max.y, b.max.z));
    return Shape([leftHalf](const vec3& p) { return leftHalf(vec3(std::abs(p.x), p.y, p.z)); }, s);
}

Shape ellipsoidAxes(vec3 c, vec3 ax, vec3 ay, vec3 az) {
    vec3 r(glm::length(ax), glm::length(ay), glm::length(az));
    return sdf::ellipsoid(c, r, glm::mat3(ax / r.x, ay / r.y, az / r.z));
}

} // namespace dc::recipes::skeletongeom
