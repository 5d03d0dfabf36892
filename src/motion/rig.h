// The rig: rigid bones posed from joint angles. The pelvis is the root; the
// lumbar spine (L5 up to T12) bends at the disc centres with flexion shared
// out by the segments' ranges (anatomy-landmarks.md §7.1); femurs turn about
// the hip joint centres, shins about the knee centres. Every transform maps a
// rest-pose point (atlas frame) to its posed world position.
//
//   RigPose rp = poseRig(pose);
//   glm::vec3 p = rp.apply(Bone::FemurLeft, restPoint);
#pragma once

#include <array>
#include <string_view>

#include <glm/mat4x4.hpp>
#include <glm/vec3.hpp>

#include "motion/pose.h"

namespace dc::motion {

enum class Bone : int { Pelvis = 0, L5, L4, L3, L2, L1, T12, FemurLeft, FemurRight, ShinLeft, ShinRight, Count };
constexpr int kBoneCount = static_cast<int>(Bone::Count);

std::string_view boneName(Bone b);

// Joint centres of the rest pose (left side for paired joints).
inline constexpr glm::vec3 kHipCentreLeft{0.080f, 0.0f, 0.0f};
inline constexpr glm::vec3 kKneeCentreLeft{0.077f, -0.422f, -0.008f};

struct RigPose {
    std::array<glm::mat4, kBoneCount> world{}; // rest -> posed, per bone
    glm::vec3 apply(Bone b, glm::vec3 restPoint) const {
        return glm::vec3(world[static_cast<int>(b)] * glm::vec4(restPoint, 1.0f));
    }
    glm::vec3 rotate(Bone b, glm::vec3 restVector) const {
        return glm::vec3(world[static_cast<int>(b)] * glm::vec4(restVector, 0.0f));
    }
};

RigPose poseRig(const Pose& pose);

// The bone a rest-pose point most belongs to, for binding structures:
// below the groin fold it is a femur (or shin below the knee), above the
// pelvis a lumbar vertebra by height, else the pelvis.
Bone boneForPoint(glm::vec3 restPoint);

// Share of lumbar flexion taken by the segment below each lumbar bone
// (L5-S1 for L5, ..., T12-L1 for T12); they sum to 1.
float lumbarShare(Bone b);

} // namespace dc::motion
