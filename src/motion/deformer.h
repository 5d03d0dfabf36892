// Deformer: poses the whole model. Each structure is bound once, at rest:
//   - bones move rigidly with their rig bone (vertebrae, pelvis, femurs, ribs);
//   - muscles that cross the hip or lumbar spine (motion/muscle_paths.h)
//     follow their path (motion/path_sweep.h): every vertex is tied to a
//     point along the rounded rest path and an offset from it; posed, the
//     muscle slides over its via points, the offset turns with the path and
//     shrinks or swells across it so the volume stays that of rest (shorter
//     is thicker);
//   - everything else (skin, wall, organs, vessels, nerves, discs) is skinned
//     to nearby bones with smooth weights and dual-quaternion blending, which
//     keeps volume at the groin and the lumbar curve.
// Pure logic: CPU meshes in, CPU meshes out.
//
//   Deformer d(restAtlas);
//   d.apply(poseRig(pose), posedAtlas, [&](StructureId id) { return visible(id); });
#pragma once

#include <array>
#include <functional>
#include <memory>
#include <vector>

#include <glm/gtx/dual_quaternion.hpp>

#include "anatomy/atlas.h"
#include "motion/muscle_paths.h"
#include "motion/path_sweep.h"
#include "motion/rig.h"

namespace dc::motion {

enum class BindKind { Rigid, Path, Skinned };

struct SkinWeights {
    Bone bone[3]{Bone::Pelvis, Bone::Pelvis, Bone::Pelvis};
    float weight[3]{1.0f, 0.0f, 0.0f};
};

// Smooth skin weights for a rest-pose point (see deformer.cpp for the rules).
SkinWeights skinWeightsFor(glm::vec3 restPoint);

// How a structure is bound, from its id (Path when it has a muscle path).
BindKind bindKindFor(const std::string& id);
// The bone a rigid structure follows.
Bone rigidBoneFor(const std::string& id);

// The bones' rest-to-posed transforms as unit dual quaternions (the GPU
// skins with these; Deformer::apply blends the same ones).
std::array<glm::dualquat, kBoneCount> boneDualQuats(const RigPose& rig);

class Deformer {
public:
    // Binds every structure of `rest`; path muscles use `paths` (normally
    // attachToBones(builtInMusclePaths(), rest)).
    Deformer(const Atlas& rest, std::vector<MusclePath> paths);
    explicit Deformer(const Atlas& rest) : Deformer(rest, attachToBones(builtInMusclePaths(), rest)) {}

    // Writes posed positions and normals into `posed` (a copy of the rest
    // atlas) for the structures `wanted` accepts (all when empty).
    void apply(const RigPose& rig, Atlas& posed, const std::function<bool(StructureId)>& wanted = {}) const;

    BindKind kind(StructureId id) const { return m_bind[id].kind; }
    // Rigid and skinned structures can be posed on the GPU from the bones'
    // dual quaternions alone; path muscles cannot.
    bool gpuSkinnable(StructureId id) const { return id < m_bind.size() && m_bind[id].kind != BindKind::Path; }
    // Per vertex of a GPU-skinnable structure: three bone indices (as
    // floats, for a vertex attribute) and their weights (a rigid structure:
    // its bone, weight 1). Empty for path muscles.
    void skinAttributes(StructureId id, std::vector<glm::vec3>& bones, std::vector<glm::vec3>& weights) const;
    // A cheap posed centroid (the rest one moved with the skin weights
    // there) for a structure posed on the GPU only: depth sorting. Its box
    // and mesh stay those of its last CPU pose, which the picker reads.
    glm::vec3 posedCentroid(const RigPose& rig, StructureId id) const;
    const MusclePath* path(StructureId id) const { return m_bind[id].path; }
    const std::vector<MusclePath>& paths() const { return m_paths; }

private:
    struct Binding {
        BindKind kind = BindKind::Skinned;
        Bone bone = Bone::Pelvis;
        const MusclePath* path = nullptr;
        std::unique_ptr<PathSweep> sweep; // path muscles (it holds on to the path in m_paths)
        std::vector<SkinWeights> skin;
        glm::vec3 restMean{0.0f}; // mean rest vertex
    };
    const Atlas& m_rest;
    std::vector<MusclePath> m_paths;
    std::vector<Binding> m_bind;
};

} // namespace dc::motion
