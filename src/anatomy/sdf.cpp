#include "anatomy/sdf.h"

#include <algorithm>
#include <cmath>

#include <glm/geometric.hpp>
#include <glm/mat3x3.hpp>

namespace dc::sdf {

namespace {

Bounds boundsOf(glm::vec3 c, glm::vec3 r) {
    Bounds b;
    b.add(c - r);
    b.add(c + r);
    return b;
}

Bounds grow(Bounds b, float r) {
    b.min -= glm::vec3(r);
    b.max += glm::vec3(r);
    return b;
}

float smin(float a, float b, float k) {
    if (k <= 0.0f) return std::min(a, b);
    float h = std::max(k - std::abs(a - b), 0.0f) / k;
    return std::min(a, b) - h * h * k * 0.25f;
}

float smax(float a, float b, float k) { return -smin(-a, -b, k); }

// Distance to a round cone (capsule with linearly varying radius), after
// Inigo Quilez's closed form for the "round cone" primitive.
float roundConeDist(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b, float r1, float r2) {
    glm::vec3 ba = b - a;
    float l2 = glm::dot(ba, ba);
    if (l2 < 1e-12f) return glm::length(p - a) - std::max(r1, r2);
    float rr = r1 - r2;
    float a2 = l2 - rr * rr;
    float il2 = 1.0f / l2;
    glm::vec3 pa = p - a;
    float y = glm::dot(pa, ba);
    float z = y - l2;
    glm::vec3 xv = pa * l2 - ba * y;
    float x2 = glm::dot(xv, xv);
    float y2 = y * y * l2;
    float z2 = z * z * l2;
    float k = (rr > 0.0f ? 1.0f : -1.0f) * rr * rr * x2;
    if ((z > 0.0f ? 1.0f : -1.0f) * a2 * z2 > k) return std::sqrt(x2 + z2) * il2 - r2;
    if ((y > 0.0f ? 1.0f : -1.0f) * a2 * y2 < k) return std::sqrt(x2 + y2) * il2 - r1;
    return (std::sqrt(x2 * a2 * il2) + y * rr) * il2 - r1;
}

} // namespace

Shape sphere(glm::vec3 centre, float radius) {
    return Shape([=](const glm::vec3& p) { return glm::length(p - centre) - radius; },
                 boundsOf(centre, glm::vec3(radius)));
}

Shape ellipsoid(glm::vec3 centre, glm::vec3 radii, glm::mat3 axes) {
    glm::mat3 inv = glm::transpose(axes);
    float rmax = std::max(radii.x, std::max(radii.y, radii.z));
    return Shape(
        [=](const glm::vec3& p) {
            glm::vec3 q = inv * (p - centre);
            float k0 = glm::length(q / radii);
            float k1 = glm::length(q / (radii * radii));
            if (k1 < 1e-12f) return -std::min(radii.x, std::min(radii.y, radii.z));
            return k0 * (k0 - 1.0f) / k1;
        },
        boundsOf(centre, glm::vec3(rmax)));
}

Shape capsule(glm::vec3 a, glm::vec3 b, float radius) { return roundCone(a, b, radius, radius); }

Shape roundCone(glm::vec3 a, glm::vec3 b, float ra, float rb) {
    Bounds bb = grow(boundsOf(a, glm::vec3(0.0f)), ra);
    bb.add(grow(boundsOf(b, glm::vec3(0.0f)), rb));
    return Shape([=](const glm::vec3& p) { return roundConeDist(p, a, b, ra, rb); }, bb);
}

Shape roundBox(glm::vec3 centre, glm::vec3 half, float rounding, glm::mat3 axes) {
    glm::mat3 inv = glm::transpose(axes);
    float r = glm::length(half);
    glm::vec3 inner = glm::max(half - glm::vec3(rounding), glm::vec3(0.0f));
    return Shape(
        [=](const glm::vec3& p) {
            glm::vec3 q = glm::abs(inv * (p - centre)) - inner;
            return glm::length(glm::max(q, glm::vec3(0.0f))) + std::min(std::max(q.x, std::max(q.y, q.z)), 0.0f) -
                   rounding;
        },
        boundsOf(centre, glm::vec3(r)));
}

Shape torus(glm::vec3 centre, glm::vec3 axis, float majorRadius, float minorRadius) {
    glm::vec3 n = glm::normalize(axis);
    return Shape(
        [=](const glm::vec3& p) {
            glm::vec3 d = p - centre;
            float h = glm::dot(d, n);
            float rho = glm::length(d - h * n);
            return std::sqrt((rho - majorRadius) * (rho - majorRadius) + h * h) - minorRadius;
        },
        boundsOf(centre, glm::vec3(majorRadius + minorRadius)));
}

Shape halfSpace(glm::vec3 point, glm::vec3 normal) {
    glm::vec3 n = glm::normalize(normal);
    Bounds everywhere;
    everywhere.add(glm::vec3(-10.0f));
    everywhere.add(glm::vec3(10.0f));
    return Shape([=](const glm::vec3& p) { return glm::dot(p - point, n); }, everywhere);
}

std::vector<glm::vec3> catmullRom(const std::vector<glm::vec3>& pts, int samplesPerSegment) {
    if (pts.size() < 2) return pts;
    std::vector<glm::vec3> out;
    int n = static_cast<int>(pts.size());
    auto at = [&](int i) {
        if (i < 0) return pts[0] * 2.0f - pts[1];
        if (i >= n) return pts[static_cast<size_t>(n - 1)] * 2.0f - pts[static_cast<size_t>(n - 2)];
        return pts[static_cast<size_t>(i)];
    };
    for (int i = 0; i + 1 < n; ++i) {
        glm::vec3 p0 = at(i - 1), p1 = at(i), p2 = at(i + 1), p3 = at(i + 2);
        for (int s = 0; s < samplesPerSegment; ++s) {
            float t = static_cast<float>(s) / static_cast<float>(samplesPerSegment);
            float t2 = t * t, t3 = t2 * t;
            out.push_back(0.5f * ((2.0f * p1) + (-p0 + p2) * t + (2.0f * p0 - 5.0f * p1 + 4.0f * p2 - p3) * t2 +
                                  (-p0 + 3.0f * p1 - 3.0f * p2 + p3) * t3));
        }
    }
    out.push_back(pts.back());
    return out;
}

std::vector<float> resampleAlong(const std::vector<float>& values, size_t sampleCount) {
    std::vector<float> out(sampleCount);
    if (values.empty()) return out;
    if (values.size() == 1 || sampleCount < 2) {
        std::fill(out.begin(), out.end(), values[0]);
        return out;
    }
    for (size_t i = 0; i < sampleCount; ++i) {
        float u = static_cast<float>(i) / static_cast<float>(sampleCount - 1) * static_cast<float>(values.size() - 1);
        size_t k = std::min(static_cast<size_t>(u), values.size() - 2);
        float f = u - static_cast<float>(k);
        out[i] = values[k] * (1.0f - f) + values[k + 1] * f;
    }
    return out;
}

Shape tube(const TubeSpec& spec) {
    std::vector<glm::vec3> pts = catmullRom(spec.points, spec.samplesPerSegment);
    std::vector<float> w = resampleAlong(spec.widths, pts.size());
    std::vector<float> d = resampleAlong(spec.depths.empty() ? spec.widths : spec.depths, pts.size());
    // A frame per sample: tangent, "width" axis, "depth" axis.
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
        glm::vec3 u = spec.side - glm::dot(spec.side, t) * t;
        if (glm::length(u) < 1e-4f) u = glm::vec3(0, 0, 1) - t.z * t;
        u = glm::normalize(u);
        glm::vec3 v = glm::cross(t, u);
        segs.push_back({pts[i], pts[i + 1], u, v, w[i], w[i + 1], d[i], d[i + 1], len});
        float r = std::max(std::max(w[i], d[i]), std::max(w[i + 1], d[i + 1]));
        bb.add(grow(boundsOf(pts[i], glm::vec3(0)), r));
        bb.add(grow(boundsOf(pts[i + 1], glm::vec3(0)), r));
    }
    auto shared = std::make_shared<std::vector<Seg>>(std::move(segs));
    return Shape(
        [shared](const glm::vec3& p) {
            float best = 1e9f;
            for (const Seg& s : *shared) {
                glm::vec3 ab = s.b - s.a;
                float h = std::clamp(glm::dot(p - s.a, ab) / (s.len * s.len), 0.0f, 1.0f);
                glm::vec3 q = p - (s.a + ab * h);
                float wr = s.wa + (s.wb - s.wa) * h;
                float dr = s.da + (s.db - s.da) * h;
                // Elliptical cross-section: scale to the unit circle, then
                // back to metres with the smaller radius (a distance bound).
                float x = glm::dot(q, s.u) / wr, y = glm::dot(q, s.v) / dr;
                float along = glm::dot(q, ab) / s.len;
                float radial = std::sqrt(x * x + y * y);
                float rmin = std::min(wr, dr);
                float dist = (radial - 1.0f) * rmin;
                // Round the free ends.
                dist = std::sqrt(std::max(dist, 0.0f) * std::max(dist, 0.0f) + along * along) +
                       std::min(dist, 0.0f);
                best = std::min(best, dist);
            }
            return best;
        },
        bb);
}

Shape unite(const Shape& a, const Shape& b) { return smoothUnion(a, b, 0.0f); }

Shape smoothUnion(const Shape& a, const Shape& b, float k) {
    Bounds bb = a.bounds();
    bb.add(b.bounds());
    return Shape([=](const glm::vec3& p) { return smin(a(p), b(p), k); }, grow(bb, k));
}

Shape smoothUnion(const std::vector<Shape>& shapes, float k) {
    Bounds bb;
    for (const auto& s : shapes) bb.add(s.bounds());
    auto list = std::make_shared<std::vector<Shape>>(shapes);
    return Shape(
        [list, k](const glm::vec3& p) {
            float d = 1e9f;
            for (const Shape& s : *list) {
                // Skip far-away members cheaply: their bounds are conservative.
                const Bounds& b = s.bounds();
                glm::vec3 q = glm::max(glm::max(b.min - p, p - b.max), glm::vec3(0.0f));
                float lower = glm::length(q);
                if (lower - k > d) continue;
                d = smin(d, s(p), k);
            }
            return d;
        },
        grow(bb, k));
}

Shape subtract(const Shape& a, const Shape& b, float k) {
    return Shape([=](const glm::vec3& p) { return smax(a(p), -b(p), k); }, a.bounds());
}

Shape intersect(const Shape& a, const Shape& b, float k) {
    Bounds bb;
    bb.add(glm::max(a.bounds().min, b.bounds().min));
    bb.add(glm::min(a.bounds().max, b.bounds().max));
    return Shape([=](const glm::vec3& p) { return smax(a(p), b(p), k); }, bb);
}

Shape offset(const Shape& a, float r) {
    return Shape([=](const glm::vec3& p) { return a(p) - r; }, grow(a.bounds(), std::max(r, 0.0f)));
}

Shape mirrorX(const Shape& a) {
    Bounds bb;
    bb.add(glm::vec3(-a.bounds().max.x, a.bounds().min.y, a.bounds().min.z));
    bb.add(glm::vec3(-a.bounds().min.x, a.bounds().max.y, a.bounds().max.z));
    return Shape([=](const glm::vec3& p) { return a(glm::vec3(-p.x, p.y, p.z)); }, bb);
}

Shape shell(const Shape& a, float thickness) {
    return Shape([=](const glm::vec3& p) { return std::abs(a(p)) - thickness * 0.5f; },
                 grow(a.bounds(), thickness));
}

glm::mat3 basisFromAxis(glm::vec3 axis, glm::vec3 hint) {
    glm::vec3 z = glm::normalize(axis);
    glm::vec3 x = hint - glm::dot(hint, z) * z;
    if (glm::length(x) < 1e-4f) x = glm::vec3(0, 1, 0) - z.y * z;
    x = glm::normalize(x);
    glm::vec3 y = glm::cross(z, x);
    return glm::mat3(x, y, z);
}

glm::mat3 rotationX(float a) {
    float c = std::cos(a), s = std::sin(a);
    return glm::mat3(glm::vec3(1, 0, 0), glm::vec3(0, c, s), glm::vec3(0, -s, c));
}
glm::mat3 rotationY(float a) {
    float c = std::cos(a), s = std::sin(a);
    return glm::mat3(glm::vec3(c, 0, -s), glm::vec3(0, 1, 0), glm::vec3(s, 0, c));
}
glm::mat3 rotationZ(float a) {
    float c = std::cos(a), s = std::sin(a);
    return glm::mat3(glm::vec3(c, s, 0), glm::vec3(-s, c, 0), glm::vec3(0, 0, 1));
}

} // namespace dc::sdf
