#include "motion/path_sweep.h"

#include <algorithm>
#include <cmath>

#include <glm/geometric.hpp>
#include <glm/gtx/quaternion.hpp>

namespace dc::motion {

namespace {

// The rounded corner at a via point reaches this far along each of its two
// segments, as a fraction of the shorter one.
constexpr float kCornerReach = 0.49f;
// Curve sampling and vertex binding step (metres).
constexpr float kStep = 0.002f;
// How far beyond the ends the samples run (the rounded caps of the mesh).
constexpr float kBeyond = 0.03f;

bool isVertebra(Bone b) {
    return b == Bone::L5 || b == Bone::L4 || b == Bone::L3 || b == Bone::L2 || b == Bone::L1 || b == Bone::T12;
}

glm::vec3 bezier(glm::vec3 a, glm::vec3 c, glm::vec3 b, float t) {
    float s = 1.0f - t;
    return a * (s * s) + c * (2.0f * s * t) + b * (t * t);
}

} // namespace

CentreCurve roundedCurve(const std::vector<glm::vec3>& p) {
    CentreCurve c;
    size_t n = p.size();
    if (n < 2) return c;
    std::vector<glm::vec3> dir(n - 1);
    std::vector<float> len(n - 1);
    for (size_t i = 0; i + 1 < n; ++i) {
        glm::vec3 d = p[i + 1] - p[i];
        len[i] = glm::length(d);
        dir[i] = len[i] > 1e-7f ? d / len[i] : glm::vec3(0, 1, 0);
    }
    // Dense polyline: straight runs and a quadratic corner at each via point.
    std::vector<glm::vec3> pts;
    std::vector<size_t> jointIndex(n, 0);
    auto addLine = [&](glm::vec3 a, glm::vec3 b) {
        int steps = std::max(1, static_cast<int>(std::ceil(glm::length(b - a) / kStep)));
        for (int k = pts.empty() ? 0 : 1; k <= steps; ++k) pts.push_back(a + (b - a) * (static_cast<float>(k) / steps));
    };
    glm::vec3 from = p[0];
    for (size_t j = 1; j + 1 < n; ++j) {
        float r = kCornerReach * std::min(len[j - 1], len[j]);
        glm::vec3 in = p[j] - dir[j - 1] * r, out = p[j] + dir[j] * r;
        addLine(from, in);
        int steps = std::max(4, static_cast<int>(std::ceil(2.0f * r / kStep)));
        for (int k = 1; k <= steps; ++k) {
            pts.push_back(bezier(in, p[j], out, static_cast<float>(k) / steps));
            if (k == steps / 2) jointIndex[j] = pts.size() - 1;
        }
        from = out;
    }
    addLine(from, p[n - 1]);
    jointIndex[n - 1] = pts.size() - 1;

    c.point = pts;
    c.arc.assign(pts.size(), 0.0f);
    for (size_t i = 1; i < pts.size(); ++i) c.arc[i] = c.arc[i - 1] + glm::length(pts[i] - pts[i - 1]);
    c.tangent.resize(pts.size());
    for (size_t i = 0; i < pts.size(); ++i) {
        glm::vec3 d = pts[std::min(i + 1, pts.size() - 1)] - pts[i > 0 ? i - 1 : 0];
        c.tangent[i] = glm::length(d) > 1e-9f ? glm::normalize(d) : (i > 0 ? c.tangent[i - 1] : dir[0]);
    }
    for (size_t j = 0; j < n; ++j) c.jointArc.push_back(c.arc[jointIndex[j]]);
    return c;
}

void curveAt(const CentreCurve& c, float u, glm::vec3& point, glm::vec3& tangent) {
    size_t n = c.point.size();
    if (u <= 0.0f) {
        tangent = c.tangent.front();
        point = c.point.front() + tangent * u;
        return;
    }
    if (u >= c.arc.back()) {
        tangent = c.tangent.back();
        point = c.point.back() + tangent * (u - c.arc.back());
        return;
    }
    size_t i = static_cast<size_t>(std::upper_bound(c.arc.begin(), c.arc.end(), u) - c.arc.begin());
    i = std::clamp<size_t>(i, 1, n - 1);
    float span = c.arc[i] - c.arc[i - 1];
    float f = span > 1e-9f ? (u - c.arc[i - 1]) / span : 0.0f;
    point = c.point[i - 1] + (c.point[i] - c.point[i - 1]) * f;
    glm::vec3 t = c.tangent[i - 1] + (c.tangent[i] - c.tangent[i - 1]) * f;
    tangent = glm::length(t) > 1e-9f ? glm::normalize(t) : c.tangent[i];
}

PathSweep::PathSweep(const Mesh& rest, const MusclePath& path) : m_rest(rest), m_path(path) {
    std::vector<glm::vec3> pts;
    for (const auto& p : path.points) pts.push_back(p.rest);
    m_curve = roundedCurve(pts);
    for (size_t j = 0; j < path.points.size(); ++j)
        if (isVertebra(path.points[j].bone)) m_slideFrom = j;
    m_restVolume = rest.signedVolume();
    if (m_curve.point.size() < 2) return;

    // Samples every kStep along the rest curve and a little beyond its ends.
    float L = m_curve.length();
    int count = static_cast<int>(std::ceil((L + 2.0f * kBeyond) / kStep)) + 1;
    for (int k = 0; k < count; ++k) {
        float u = -kBeyond + (L + 2.0f * kBeyond) * static_cast<float>(k) / static_cast<float>(count - 1);
        glm::vec3 p, t;
        curveAt(m_curve, u, p, t);
        m_sampleU.push_back(u);
        m_sampleTangent.push_back(t);
    }

    m_vertices.reserve(rest.positions.size());
    for (const auto& v : rest.positions) m_vertices.push_back(bind(v));
}

// A point's nearest place on the rest curve (straight on beyond the ends, for
// the caps), as a sample and fraction, and its offset from there.
PathSweep::Vertex PathSweep::bind(glm::vec3 v) const {
    const auto& cp = m_curve.point;
    float L = m_curve.length();
    float bestD = 1e30f, bestU = 0.0f;
    auto trySegment = [&](size_t i) {
        glm::vec3 a = cp[i], ab = cp[i + 1] - a;
        float ab2 = glm::dot(ab, ab);
        float t = ab2 > 1e-14f ? glm::dot(v - a, ab) / ab2 : 0.0f;
        bool first = i == 0, last = i + 2 == cp.size();
        if (!(first && t < 0.0f) && !(last && t > 1.0f)) t = std::clamp(t, 0.0f, 1.0f);
        float d = glm::length(v - (a + ab * t));
        if (d < bestD) {
            bestD = d;
            bestU = m_curve.arc[i] + t * std::sqrt(ab2);
        }
    };
    // Coarse to fine, exactly: curve points lie at most kStep apart, so the
    // nearest point lies on a segment within kCoarse / 2 points of a coarse
    // point no farther than the nearest coarse point plus that arc; only the
    // segments around such points are tried (and both ends, whose straight
    // continuations bind the caps).
    constexpr size_t kCoarse = 4;
    size_t segments = cp.size() - 1;
    float nearest = 1e30f;
    for (size_t k = 0; k < cp.size(); k += kCoarse) nearest = std::min(nearest, glm::length(v - cp[k]));
    float reach = nearest + kStep * (kCoarse / 2 + 1);
    size_t next = 0; // first segment not tried yet
    trySegment(0);
    for (size_t k = 0; k < cp.size(); k += kCoarse) {
        if (glm::length(v - cp[k]) > reach) continue;
        size_t from = std::max(next, k >= kCoarse ? k - kCoarse : size_t(0)), to = std::min(segments, k + kCoarse);
        for (size_t i = from; i < to; ++i) trySegment(i);
        next = std::max(next, to);
    }
    trySegment(segments - 1);
    bestU = std::clamp(bestU, -kBeyond, L + kBeyond);
    glm::vec3 base, tangent;
    curveAt(m_curve, bestU, base, tangent);
    float along = glm::dot(v - base, tangent);
    size_t count = m_sampleU.size();
    float pos = (bestU + kBeyond) / (L + 2.0f * kBeyond) * static_cast<float>(count - 1);
    uint32_t k = static_cast<uint32_t>(std::clamp(pos, 0.0f, static_cast<float>(count - 2)));
    return {k, std::clamp(pos - static_cast<float>(k), 0.0f, 1.0f), along, v - base - tangent * along};
}

void PathSweep::apply(const RigPose& rig, Mesh& out) const {
    out.positions.resize(m_rest.positions.size());
    if (m_vertices.empty() || m_sampleU.size() < 2) {
        out.positions = m_rest.positions;
        out.computeNormals();
        return;
    }
    CentreCurve now = roundedCurve(posedPoints(m_path, rig));
    const std::vector<float>& restJ = m_curve.jointArc;
    const std::vector<float>& nowJ = now.jointArc;
    float L = m_curve.length(), Lnow = now.length();

    // Material coordinate u (rest) -> posed arc coordinate: segment by
    // segment up to the last vertebra the muscle is attached to, then one
    // even stretch to the insertion (the part that slides).
    auto mapArc = [&](float u, float& slope) {
        size_t s0 = m_slideFrom;
        if (u >= restJ[s0]) {
            float span = L - restJ[s0];
            slope = span > 1e-6f ? (Lnow - nowJ[s0]) / span : 1.0f;
            return nowJ[s0] + (u - restJ[s0]) * slope;
        }
        size_t j = 0;
        while (j + 1 < s0 && u >= restJ[j + 1]) ++j;
        float span = restJ[j + 1] - restJ[j];
        slope = span > 1e-6f ? (nowJ[j + 1] - nowJ[j]) / span : 1.0f;
        return nowJ[j] + (u - restJ[j]) * slope;
    };
    // The turn of the offsets: that of the bone each path point is bound to
    // at that point, blended between neighbouring points (so a strap twists
    // evenly from the pelvis to the femur, and from the femur to the shin),
    // then the least extra turn that lines the rest tangent up with the
    // posed one.
    std::vector<glm::quat> boneTurn;
    for (const auto& p : m_path.points) {
        glm::quat q = glm::quat_cast(glm::mat3(rig.world[static_cast<int>(p.bone)]));
        if (!boneTurn.empty() && glm::dot(boneTurn.back(), q) < 0.0f) q = -q;
        boneTurn.push_back(q);
    }
    auto turnAt = [&](float u) {
        if (u <= restJ.front()) return boneTurn.front();
        if (u >= restJ.back()) return boneTurn.back();
        size_t j = 0;
        while (j + 2 < restJ.size() && u >= restJ[j + 1]) ++j;
        float span = restJ[j + 1] - restJ[j];
        float f = span > 1e-6f ? (u - restJ[j]) / span : 0.0f;
        return glm::normalize(glm::slerp(boneTurn[j], boneTurn[j + 1], f));
    };

    size_t ns = m_sampleU.size();
    std::vector<glm::vec3> sPoint(ns);
    std::vector<glm::quat> sTurn(ns);
    std::vector<float> sAlong(ns), sAcross(ns);
    for (size_t k = 0; k < ns; ++k) {
        float slope = 1.0f;
        float u = m_sampleU[k];
        float unow = mapArc(std::clamp(u, 0.0f, L), slope) + (u < 0.0f ? u : (u > L ? u - L : 0.0f)) * slope;
        glm::vec3 tangent;
        curveAt(now, unow, sPoint[k], tangent);
        glm::quat base = turnAt(u);
        glm::vec3 turned = base * m_sampleTangent[k];
        sTurn[k] = glm::normalize(glm::rotation(glm::normalize(turned), tangent) * base);
        sAlong[k] = slope;
        sAcross[k] = 1.0f / std::sqrt(std::max(slope, 0.05f));
    }

    // The sweep near a bound place: its posed point, turn, rest tangent and
    // scales along and across.
    struct Local {
        glm::vec3 point, tangent;
        glm::quat turn;
        float along, across;
    };
    auto local = [&](const Vertex& v) {
        size_t k = v.sample;
        float f = v.frac;
        glm::quat q0 = sTurn[k], q1 = sTurn[k + 1];
        if (glm::dot(q0, q1) < 0.0f) q1 = -q1;
        return Local{sPoint[k] + (sPoint[k + 1] - sPoint[k]) * f,
                     m_sampleTangent[k] + (m_sampleTangent[k + 1] - m_sampleTangent[k]) * f,
                     glm::normalize(q0 * (1.0f - f) + q1 * f), sAlong[k] + (sAlong[k + 1] - sAlong[k]) * f,
                     sAcross[k] + (sAcross[k + 1] - sAcross[k]) * f};
    };
    std::vector<glm::vec3> base(m_vertices.size()), across(m_vertices.size());
    for (size_t i = 0; i < m_vertices.size(); ++i) {
        const Vertex& v = m_vertices[i];
        Local l = local(v);
        base[i] = l.point + l.turn * (l.tangent * (v.along * l.along));
        across[i] = l.turn * (v.across * l.across);
        out.positions[i] = base[i] + across[i];
    }
    // One global correction of the across part makes the enclosed volume
    // exactly that of rest, whatever the mesh's shape around the curve.
    for (int iter = 0; iter < 3 && m_restVolume > 0; ++iter) {
        double vol = out.signedVolume();
        if (vol <= 0) break;
        double k = std::sqrt(m_restVolume / vol);
        if (std::abs(k - 1.0) < 1e-4) break;
        for (size_t i = 0; i < across.size(); ++i) {
            across[i] *= static_cast<float>(k);
            out.positions[i] = base[i] + across[i];
        }
    }
    out.computeNormals();
}

} // namespace dc::motion
