// The motion names of the product (DESIGN.md): what annotation files may link
// to in related_motions and what --motion accepts.
#pragma once

#include <string>
#include <vector>

namespace dc {

inline const std::vector<std::string>& knownMotionNames() {
    static const std::vector<std::string> names = {
        "hip_flexion", "marching", "curl_up",     "sitting",      "anterior_pelvic_tilt",
        "lunge_stretch", "bridge", "boat_pose",   "frog_stretch", "constructive_rest"};
    return names;
}

} // namespace dc
