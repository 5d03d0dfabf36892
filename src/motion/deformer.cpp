#include "motion/deformer.h"

#include <algorithm>
#include <cmath>

#include <glm/geometric.hpp>
#include <glm/gtc/quaternion.hpp>
#include <glm/gtx/quaternion.hpp>

namespace dc::motion {

namespace {

bool startsWith(const std::string& s, const char* p) { return s.rfind(p, 0) == 0; }
bool isLeft(const std::string& id) { return id.size() > 5 && id.compare(id.size() - 5, 5, "_left") == 0; }

float smoothstep(float e0, float e1, float x) {
    float t = std::clamp((x - e0) / (e1 - e0), 0.0f, 1.0f);
    return t * t * (3.0f - 2.0f * t);
}

glm::dualquat toDualQuat(const glm::mat4& m) {
    glm::quat q = glm::quat_cast(glm::mat3(m));
    return glm::dualquat(q, glm::vec3(m[3]));
}

// Lumbar bones by the height of their body centres (anatomy-landmarks §2.1).
struct Level {
    Bone bone;
    float y;
};
constexpr Level kLevels[] = {{Bone::Pelvis, 0.105f}, {Bone::L5, 0.139f}, {Bone::L4, 0.177f}, {Bone::L3, 0.215f},
                             {Bone::L2, 0.252f},     {Bone::L1, 0.287f}, {Bone::T12, 0.319f}};

} // namespace

SkinWeights skinWeightsFor(glm::vec3 p) {
    SkinWeights w;
    bool left = p.x >= 0.0f;
    float ax = std::abs(p.x);
    // Thigh: below the groin, away from the midline; the shin below the knee.
    float thigh = smoothstep(0.025f, -0.07f, p.y) * smoothstep(0.012f, 0.045f, ax);
    float shin = thigh * smoothstep(-0.395f, -0.445f, p.y);
    thigh -= shin;
    // Trunk: pelvis, then the lumbar bones by height.
    float trunk = 1.0f - thigh - shin;
    Bone a = Bone::Pelvis, b = Bone::Pelvis;
    float fb = 0.0f;
    if (p.y >= kLevels[6].y) {
        a = b = Bone::T12;
    } else {
        for (int i = 0; i + 1 < 7; ++i)
            if (p.y < kLevels[i + 1].y) {
                a = kLevels[i].bone;
                b = kLevels[i + 1].bone;
                fb = smoothstep(kLevels[i].y, kLevels[i + 1].y, std::max(p.y, kLevels[0].y));
                break;
            }
    }
    w.bone[0] = a;
    w.weight[0] = trunk * (1.0f - fb);
    w.bone[1] = b;
    w.weight[1] = trunk * fb;
    w.bone[2] = left ? (shin > thigh ? Bone::ShinLeft : Bone::FemurLeft) : (shin > thigh ? Bone::ShinRight : Bone::FemurRight);
    w.weight[2] = thigh + shin;
    return w;
}

BindKind bindKindFor(const std::string& id) {
    if (findMusclePath(id)) return BindKind::Path;
    static const char* rigid[] = {"t12_vertebra", "l1_vertebra", "l2_vertebra", "l3_vertebra", "l4_vertebra",
                                  "l5_vertebra",  "sacrum",      "coccyx",      "hip_bone",    "femur",
                                  "rib_11",       "rib_12"};
    for (const char* r : rigid)
        if (startsWith(id, r)) return BindKind::Rigid;
    return BindKind::Skinned;
}

Bone rigidBoneFor(const std::string& id) {
    if (startsWith(id, "t12_vertebra") || startsWith(id, "rib_")) return Bone::T12;
    if (startsWith(id, "l1_vertebra")) return Bone::L1;
    if (startsWith(id, "l2_vertebra")) return Bone::L2;
    if (startsWith(id, "l3_vertebra")) return Bone::L3;
    if (startsWith(id, "l4_vertebra")) return Bone::L4;
    if (startsWith(id, "l5_vertebra")) return Bone::L5;
    if (startsWith(id, "femur")) return isLeft(id) ? Bone::FemurLeft : Bone::FemurRight;
    return Bone::Pelvis;
}

Deformer::Deformer(const Atlas& rest, std::vector<MusclePath> paths)
    : m_rest(rest), m_paths(std::move(paths)), m_bind(rest.size()) {
    for (StructureId id = 0; id < rest.size(); ++id) {
        const Structure& s = rest.at(id);
        Binding& b = m_bind[id];
        b.kind = bindKindFor(s.info.id);
        const auto& pos = s.mesh.positions;
        glm::dvec3 sum(0.0);
        for (const auto& p : pos) sum += glm::dvec3(p);
        if (!pos.empty()) b.restMean = glm::vec3(sum / static_cast<double>(pos.size()));
        if (b.kind == BindKind::Rigid) {
            b.bone = rigidBoneFor(s.info.id);
        } else if (b.kind == BindKind::Path) {
            for (const auto& m : m_paths)
                if (m.id == s.info.id) b.path = &m;
            if (!b.path) {
                b.kind = BindKind::Skinned;
                b.skin.reserve(pos.size());
                for (const auto& v : pos) b.skin.push_back(skinWeightsFor(v));
                continue;
            }
            b.sweep = std::make_unique<PathSweep>(s.mesh, *b.path);
        } else {
            b.skin.reserve(pos.size());
            for (const auto& v : pos) b.skin.push_back(skinWeightsFor(v));
        }
    }
}

std::array<glm::dualquat, kBoneCount> boneDualQuats(const RigPose& rig) {
    std::array<glm::dualquat, kBoneCount> dq;
    for (int i = 0; i < kBoneCount; ++i) dq[i] = toDualQuat(rig.world[i]);
    return dq;
}

void Deformer::skinAttributes(StructureId id, std::vector<glm::vec3>& bones, std::vector<glm::vec3>& weights) const {
    bones.clear();
    weights.clear();
    if (!gpuSkinnable(id)) return;
    const Binding& b = m_bind[id];
    size_t n = m_rest.at(id).mesh.positions.size();
    bones.reserve(n);
    weights.reserve(n);
    if (b.kind == BindKind::Rigid) {
        float bone = static_cast<float>(static_cast<int>(b.bone));
        bones.assign(n, glm::vec3(bone));
        weights.assign(n, glm::vec3(1.0f, 0.0f, 0.0f));
        return;
    }
    for (const SkinWeights& w : b.skin) {
        bones.emplace_back(static_cast<float>(static_cast<int>(w.bone[0])), static_cast<float>(static_cast<int>(w.bone[1])),
                           static_cast<float>(static_cast<int>(w.bone[2])));
        weights.emplace_back(w.weight[0], w.weight[1], w.weight[2]);
    }
}

glm::vec3 Deformer::posedCentroid(const RigPose& rig, StructureId id) const {
    const Binding& b = m_bind[id];
    glm::vec3 c = m_rest.at(id).centroid;
    if (b.kind == BindKind::Rigid) return rig.apply(b.bone, c);
    SkinWeights w = skinWeightsFor(c);
    glm::vec3 out(0.0f);
    for (int k = 0; k < 3; ++k) out += rig.apply(w.bone[k], c) * w.weight[k];
    return out;
}

void Deformer::apply(const RigPose& rig, Atlas& posed, const std::function<bool(StructureId)>& wanted) const {
    const std::array<glm::dualquat, kBoneCount> dq = boneDualQuats(rig);

    for (StructureId id = 0; id < m_rest.size() && id < posed.size(); ++id) {
        if (wanted && !wanted(id)) continue;
        const Mesh& rest = m_rest.at(id).mesh;
        Mesh& out = posed.at(id).mesh;
        const Binding& b = m_bind[id];
        out.positions.resize(rest.positions.size());
        out.normals.resize(rest.normals.size());
        if (b.kind == BindKind::Rigid) {
            const glm::mat4& m = rig.world[static_cast<int>(b.bone)];
            glm::mat3 r(m);
            for (size_t i = 0; i < rest.positions.size(); ++i) {
                out.positions[i] = glm::vec3(m * glm::vec4(rest.positions[i], 1.0f));
                if (i < rest.normals.size()) out.normals[i] = r * rest.normals[i];
            }
        } else if (b.kind == BindKind::Skinned) {
            for (size_t i = 0; i < rest.positions.size(); ++i) {
                const SkinWeights& w = b.skin[i];
                if (w.weight[1] <= 0.0f && w.weight[2] <= 0.0f) { // one bone: its rigid transform
                    const glm::mat4& m = rig.world[static_cast<int>(w.bone[0])];
                    out.positions[i] = glm::vec3(m * glm::vec4(rest.positions[i], 1.0f));
                    if (i < rest.normals.size()) out.normals[i] = glm::mat3(m) * rest.normals[i];
                    continue;
                }
                glm::dualquat sum = dq[static_cast<int>(w.bone[0])] * w.weight[0];
                for (int k = 1; k < 3; ++k) {
                    if (w.weight[k] <= 0.0f) continue;
                    glm::dualquat d = dq[static_cast<int>(w.bone[k])];
                    if (glm::dot(sum.real, d.real) < 0.0f) d = d * -1.0f; // shortest path
                    sum = sum + d * w.weight[k];
                }
                sum = glm::normalize(sum);
                out.positions[i] = sum * rest.positions[i];
                if (i < rest.normals.size()) out.normals[i] = glm::rotate(sum.real, rest.normals[i]);
            }
        } else {
            b.sweep->apply(rig, out);
        }
        posed.at(id).bounds = out.bounds();
        // The centroid (depth sorting, labels): exact for a rigid bone; else
        // the rest centroid moved by the mean displacement of the vertices,
        // which needs no pass over the triangles.
        if (b.kind == BindKind::Rigid) {
            posed.at(id).centroid = rig.apply(b.bone, m_rest.at(id).centroid);
        } else if (!out.positions.empty()) {
            glm::dvec3 sum(0.0);
            for (const auto& p : out.positions) sum += glm::dvec3(p);
            posed.at(id).centroid =
                m_rest.at(id).centroid + glm::vec3(sum / static_cast<double>(out.positions.size())) - b.restMean;
        }
    }
}

} // namespace dc::motion
