#include "motion/rig.h"

#include <glm/gtc/matrix_transform.hpp>
#include <glm/trigonometric.hpp>

namespace dc::motion {

namespace {

// Disc centres below each lumbar bone (rest), anatomy-landmarks.md §2.1.
struct Segment {
    Bone bone;
    glm::vec3 pivot;
    float range; // flexion + extension range of the segment, §7.1 (T12-L1 est.)
};
constexpr Segment kSegments[] = {
    {Bone::L5, {0.0f, 0.122f, -0.024f}, 17.0f}, {Bone::L4, {0.0f, 0.158f, -0.010f}, 16.0f},
    {Bone::L3, {0.0f, 0.196f, -0.005f}, 15.0f}, {Bone::L2, {0.0f, 0.233f, -0.007f}, 14.0f},
    {Bone::L1, {0.0f, 0.270f, -0.013f}, 12.0f}, {Bone::T12, {0.0f, 0.303f, -0.021f}, 10.0f},
};

float totalRange() {
    float t = 0.0f;
    for (const auto& s : kSegments) t += s.range;
    return t;
}

glm::mat4 rotateAbout(glm::vec3 pivot, float degrees, glm::vec3 axis) {
    glm::mat4 m = glm::translate(glm::mat4(1.0f), pivot);
    m = glm::rotate(m, glm::radians(degrees), axis);
    return glm::translate(m, -pivot);
}

} // namespace

std::string_view boneName(Bone b) {
    switch (b) {
    case Bone::Pelvis: return "pelvis";
    case Bone::L5: return "l5";
    case Bone::L4: return "l4";
    case Bone::L3: return "l3";
    case Bone::L2: return "l2";
    case Bone::L1: return "l1";
    case Bone::T12: return "t12";
    case Bone::FemurLeft: return "femur_left";
    case Bone::FemurRight: return "femur_right";
    case Bone::ShinLeft: return "shin_left";
    case Bone::ShinRight: return "shin_right";
    default: return "?";
    }
}

float lumbarShare(Bone b) {
    for (const auto& s : kSegments)
        if (s.bone == b) return s.range / totalRange();
    return 0.0f;
}

RigPose poseRig(const Pose& p) {
    RigPose rp;
    // Root: the body's placement, then the pelvis tilting about the hip axis
    // (anterior tilt about +X: the top of the pelvis goes forward).
    glm::mat4 root = glm::translate(glm::mat4(1.0f), p.bodyOffset) *
                     glm::rotate(glm::mat4(1.0f), glm::radians(p.bodyPitch), glm::vec3(1, 0, 0));
    glm::mat4 pelvis = root * rotateAbout(glm::vec3(0.0f), p.pelvicTilt, {1, 0, 0});
    rp.world[static_cast<int>(Bone::Pelvis)] = pelvis;

    // Lumbar chain: flexion (forward bending) about +X at each disc.
    glm::mat4 chain = pelvis;
    for (const auto& s : kSegments) {
        chain = chain * rotateAbout(s.pivot, p.lumbarFlexion * s.range / totalRange(), {1, 0, 0});
        rp.world[static_cast<int>(s.bone)] = chain;
    }

    for (int side : {Left, Right}) {
        float sx = side == Left ? 1.0f : -1.0f;
        glm::vec3 hip = kHipCentreLeft * glm::vec3(sx, 1, 1);
        glm::vec3 knee = kKneeCentreLeft * glm::vec3(sx, 1, 1);
        // Hip: flexion about -X, abduction about +Z (left) / -Z (right),
        // external rotation about +Y (left) / -Y (right), applied in that
        // order from the pelvis outwards.
        glm::mat4 femur = pelvis * rotateAbout(hip, p.hipFlexion[side], {-1, 0, 0}) *
                          rotateAbout(hip, p.hipAbduction[side], {0, 0, sx}) *
                          rotateAbout(hip, p.hipRotation[side], {0, sx, 0});
        // Knee flexion about +X: the shin swings back.
        glm::mat4 shin = femur * rotateAbout(knee, p.kneeFlexion[side], {1, 0, 0});
        rp.world[static_cast<int>(side == Left ? Bone::FemurLeft : Bone::FemurRight)] = femur;
        rp.world[static_cast<int>(side == Left ? Bone::ShinLeft : Bone::ShinRight)] = shin;
    }
    return rp;
}

Bone boneForPoint(glm::vec3 p) {
    bool left = p.x >= 0.0f;
    float ax = std::abs(p.x);
    // The groin fold runs from the pubic tubercle down and out to the
    // gluteal fold behind; the inner thighs start below the crotch.
    bool thigh = ax > 0.02f && (p.y < -0.045f - 0.3f * std::max(0.0f, 0.07f - ax) ||
                                (p.y < 0.035f && ax > 0.1f && p.z > -0.02f && p.y < 0.03f - (0.16f - ax)));
    if (p.y < -0.43f && ax > 0.02f) return left ? Bone::ShinLeft : Bone::ShinRight;
    if (thigh) return left ? Bone::FemurLeft : Bone::FemurRight;
    if (p.y >= 0.311f) return Bone::T12;
    if (p.y >= 0.278f) return Bone::L1;
    if (p.y >= 0.242f) return Bone::L2;
    if (p.y >= 0.205f) return Bone::L3;
    if (p.y >= 0.167f) return Bone::L4;
    if (p.y >= 0.130f && p.z < 0.02f && ax < 0.06f) return Bone::L5;
    return Bone::Pelvis;
}

} // namespace dc::motion
