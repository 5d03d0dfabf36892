// Pose: the joint angles of the rig, in degrees, with DESIGN.md's names and
// signs (anatomy-landmarks.md §1): hip flexion positive (extension negative),
// abduction positive, external rotation positive, knee flexion positive,
// lumbar flexion relative to the standing lordosis (+20 removes 20° of it),
// pelvic tilt anterior positive. The body's orientation in the world (lying
// supine, kneeling) is a separate root rotation and offset, so the joint
// angles always mean the same thing.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <glm/vec3.hpp>

namespace dc::motion {

enum Side : int { Left = 0, Right = 1 };

struct Pose {
    float pelvicTilt = 0.0f;
    float lumbarFlexion = 0.0f;
    std::array<float, 2> hipFlexion{0.0f, 0.0f};
    std::array<float, 2> hipAbduction{0.0f, 0.0f};
    std::array<float, 2> hipRotation{0.0f, 0.0f};
    std::array<float, 2> kneeFlexion{0.0f, 0.0f};
    // Whole-body placement: rotation about +X (degrees; -90 lies the body on
    // its back, face up) and an offset (metres) applied after it.
    float bodyPitch = 0.0f;
    glm::vec3 bodyOffset{0.0f};
};

// The names a motion file and the muscle report use for each value.
const std::vector<std::string>& poseChannelNames();
// A pointer to the named value, or nullptr for an unknown name.
float* poseChannel(Pose& p, std::string_view name);
const float* poseChannel(const Pose& p, std::string_view name);

// Channel-wise linear blend (t = 0 gives a, 1 gives b).
Pose blend(const Pose& a, const Pose& b, float t);

} // namespace dc::motion
