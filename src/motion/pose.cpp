#include "motion/pose.h"

namespace dc::motion {

const std::vector<std::string>& poseChannelNames() {
    static const std::vector<std::string> names = {
        "pelvic_tilt",         "lumbar_flexion",       "hip_flexion_left",   "hip_flexion_right",
        "hip_abduction_left",  "hip_abduction_right",  "hip_rotation_left",  "hip_rotation_right",
        "knee_flexion_left",   "knee_flexion_right",   "body_pitch",         "body_offset_y",
        "body_offset_z"};
    return names;
}

float* poseChannel(Pose& p, std::string_view n) {
    if (n == "pelvic_tilt") return &p.pelvicTilt;
    if (n == "lumbar_flexion") return &p.lumbarFlexion;
    if (n == "hip_flexion_left") return &p.hipFlexion[Left];
    if (n == "hip_flexion_right") return &p.hipFlexion[Right];
    if (n == "hip_abduction_left") return &p.hipAbduction[Left];
    if (n == "hip_abduction_right") return &p.hipAbduction[Right];
    if (n == "hip_rotation_left") return &p.hipRotation[Left];
    if (n == "hip_rotation_right") return &p.hipRotation[Right];
    if (n == "knee_flexion_left") return &p.kneeFlexion[Left];
    if (n == "knee_flexion_right") return &p.kneeFlexion[Right];
    if (n == "body_pitch") return &p.bodyPitch;
    if (n == "body_offset_y") return &p.bodyOffset.y;
    if (n == "body_offset_z") return &p.bodyOffset.z;
    return nullptr;
}

const float* poseChannel(const Pose& p, std::string_view n) { return poseChannel(const_cast<Pose&>(p), n); }

Pose blend(const Pose& a, const Pose& b, float t) {
    Pose out = a;
    for (const auto& n : poseChannelNames()) *poseChannel(out, n) = *poseChannel(a, n) + (*poseChannel(b, n) - *poseChannel(a, n)) * t;
    return out;
}

} // namespace dc::motion
