#include "motion/mannequin.h"

#include <algorithm>
#include <cmath>

#include <glm/geometric.hpp>

namespace dc::motion {

namespace {
constexpr float kPi = 3.14159265f;

// A closed surface of revolution around the axis a->b: `profile` gives, for
// u in [0, 1] from pole to pole, the point's (axial offset, radius).
template <typename Profile>
Mesh revolve(glm::vec3 a, glm::vec3 b, int slices, int stacks, Profile profile) {
    glm::vec3 axis = glm::normalize(b - a);
    glm::vec3 ref = std::abs(axis.y) < 0.9f ? glm::vec3(0, 1, 0) : glm::vec3(1, 0, 0);
    glm::vec3 u = glm::normalize(glm::cross(axis, ref)), v = glm::cross(axis, u);
    Mesh m;
    m.positions.push_back(a + axis * profile(0.0f).x);
    for (int i = 1; i < stacks; ++i) {
        glm::vec2 pr = profile(static_cast<float>(i) / stacks);
        for (int j = 0; j < slices; ++j) {
            float ang = 2.0f * kPi * j / slices;
            m.positions.push_back(a + axis * pr.x + (u * std::cos(ang) + v * std::sin(ang)) * pr.y);
        }
    }
    m.positions.push_back(a + axis * profile(1.0f).x);
    auto ring = [&](int i, int j) { return static_cast<uint32_t>(1 + (i - 1) * slices + (j % slices)); };
    uint32_t last = static_cast<uint32_t>(m.positions.size() - 1);
    for (int j = 0; j < slices; ++j) m.indices.insert(m.indices.end(), {0u, ring(1, j + 1), ring(1, j)});
    for (int i = 1; i + 1 < stacks; ++i)
        for (int j = 0; j < slices; ++j) {
            m.indices.insert(m.indices.end(), {ring(i, j), ring(i, j + 1), ring(i + 1, j)});
            m.indices.insert(m.indices.end(), {ring(i, j + 1), ring(i + 1, j + 1), ring(i + 1, j)});
        }
    for (int j = 0; j < slices; ++j) m.indices.insert(m.indices.end(), {last, ring(stacks - 1, j), ring(stacks - 1, j + 1)});
    if (m.signedVolume() < 0)
        for (size_t i = 0; i + 2 < m.indices.size(); i += 3) std::swap(m.indices[i + 1], m.indices[i + 2]);
    m.computeNormals();
    return m;
}
} // namespace

Mesh ellipsoidMesh(glm::vec3 c, glm::vec3 r, int slices, int stacks) {
    Mesh m = revolve(c - glm::vec3(0, r.y, 0), c + glm::vec3(0, r.y, 0), slices, stacks, [&](float t) {
        float th = kPi * t;
        return glm::vec2(r.y * (1.0f - std::cos(th)), std::sin(th));
    });
    // Unit radius across: scale x and z to the ellipsoid.
    for (auto& p : m.positions) {
        p.x = c.x + (p.x - c.x) * r.x;
        p.z = c.z + (p.z - c.z) * r.z;
    }
    m.computeNormals();
    return m;
}

Mesh capsuleMesh(glm::vec3 a, glm::vec3 b, float ra, float rb, int slices, int stacks) {
    float len = glm::length(b - a);
    glm::vec3 axis = (b - a) / len;
    int half = stacks;
    return revolve(a - axis * ra, b + axis * rb, slices, 2 * half + 2, [&](float t) {
        // First cap, straight part, second cap.
        float n = static_cast<float>(2 * half + 2);
        float k = t * n;
        if (k <= half) {
            float th = 0.5f * kPi * k / half;
            return glm::vec2(ra * (1.0f - std::cos(th)), ra * std::sin(th));
        }
        if (k >= half + 2) {
            float th = 0.5f * kPi * (k - half - 2) / half;
            return glm::vec2(ra + len + rb * std::sin(th), rb * std::cos(th));
        }
        float f = k - half - 0.0f; // 0..2 across the straight part
        f = std::clamp(f / 2.0f, 0.0f, 1.0f);
        return glm::vec2(ra + len * f, ra + (rb - ra) * f);
    });
}

const std::vector<MannequinPart>& mannequinParts() {
    static const std::vector<MannequinPart> parts = [] {
        std::vector<MannequinPart> p;
        // Chest and shoulders above the model's top (T12 up), neck and head.
        p.push_back({"chest", Bone::T12, ellipsoidMesh({0.0f, 0.47f, -0.01f}, {0.155f, 0.19f, 0.105f})});
        p.push_back({"neck", Bone::T12, capsuleMesh({0.0f, 0.64f, -0.03f}, {0.0f, 0.71f, -0.01f}, 0.05f, 0.045f)});
        p.push_back({"head", Bone::T12, ellipsoidMesh({0.0f, 0.80f, 0.01f}, {0.075f, 0.11f, 0.095f})});
        for (float s : {1.0f, -1.0f}) {
            // Arms hanging at the sides.
            p.push_back({"upper_arm", Bone::T12, capsuleMesh({0.19f * s, 0.60f, -0.03f}, {0.22f * s, 0.33f, -0.04f}, 0.045f, 0.037f)});
            p.push_back({"forearm", Bone::T12, capsuleMesh({0.22f * s, 0.33f, -0.04f}, {0.235f * s, 0.10f, 0.0f}, 0.035f, 0.026f)});
            p.push_back({"hand", Bone::T12, ellipsoidMesh({0.24f * s, 0.03f, 0.01f}, {0.022f, 0.07f, 0.04f})});
            // Lower legs and feet below the model's cut at the knee.
            Bone shin = s > 0 ? Bone::ShinLeft : Bone::ShinRight;
            p.push_back({"shin", shin, capsuleMesh({0.077f * s, -0.46f, -0.01f}, {0.072f * s, -0.85f, -0.03f}, 0.05f, 0.032f)});
            p.push_back({"foot", shin, ellipsoidMesh({0.075f * s, -0.89f, 0.03f}, {0.04f, 0.03f, 0.115f})});
        }
        return p;
    }();
    return parts;
}

void poseMannequin(const RigPose& rig, std::vector<Mesh>& out) {
    const auto& parts = mannequinParts();
    out.resize(parts.size());
    for (size_t i = 0; i < parts.size(); ++i) {
        const glm::mat4& m = rig.world[static_cast<int>(parts[i].bone)];
        glm::mat3 r(m);
        out[i].indices = parts[i].rest.indices;
        out[i].positions.resize(parts[i].rest.positions.size());
        out[i].normals.resize(parts[i].rest.normals.size());
        for (size_t k = 0; k < out[i].positions.size(); ++k) {
            out[i].positions[k] = glm::vec3(m * glm::vec4(parts[i].rest.positions[k], 1.0f));
            out[i].normals[k] = r * parts[i].rest.normals[k];
        }
    }
}

} // namespace dc::motion
