// Shared by the recipe files: the key landmarks every group builds against
// (so the groups agree on where the bones are) and small helpers.
//
// Figures from ../shared/reference/anatomy-landmarks.md, left side (x > 0);
// metres, +Y superior, +Z anterior, origin midway between the hip centres.
#pragma once

#include <algorithm>
#include <array>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <glm/common.hpp>
#include <glm/geometric.hpp>
#include <glm/vec3.hpp>

#include "anatomy/recipe.h"
#include "anatomy/sdf.h"

namespace dc::recipes {

// Pelvis and femur (left).
inline constexpr glm::vec3 kHipCentre{0.080f, 0.0f, 0.0f};
inline constexpr float kFemoralHeadRadius = 0.0235f;
inline constexpr glm::vec3 kAsis{0.120f, 0.080f, 0.057f};
inline constexpr glm::vec3 kAiis{0.097f, 0.041f, 0.033f};
inline constexpr glm::vec3 kIliacTubercle{0.137f, 0.116f, 0.035f};
inline constexpr glm::vec3 kCrestTop{0.080f, 0.163f, -0.025f};
inline constexpr glm::vec3 kPsis{0.043f, 0.110f, -0.084f};
inline constexpr glm::vec3 kSacroiliacFront{0.050f, 0.115f, -0.025f};
inline constexpr glm::vec3 kIliopubicEminence{0.065f, 0.010f, 0.030f};
inline constexpr glm::vec3 kPubicTubercle{0.027f, 0.0f, 0.057f};
inline constexpr glm::vec3 kSymphysisTop{0.0f, -0.005f, 0.057f};
inline constexpr glm::vec3 kSymphysisCentre{0.0f, -0.022f, 0.043f};
inline constexpr glm::vec3 kObturatorForamen{0.050f, -0.035f, 0.020f};
inline constexpr glm::vec3 kIschialSpine{0.050f, -0.015f, -0.035f};
inline constexpr glm::vec3 kIschialTuberosity{0.050f, -0.058f, -0.028f};
inline constexpr glm::vec3 kGreaterTrochanterTip{0.127f, 0.003f, -0.023f};
inline constexpr glm::vec3 kGreaterTrochanterLateral{0.146f, -0.035f, -0.010f};
inline constexpr glm::vec3 kLesserTrochanter{0.089f, -0.054f, -0.024f};
inline constexpr glm::vec3 kKneeCentre{0.077f, -0.422f, -0.008f};
inline constexpr glm::vec3 kNeckAxis{0.667f, -0.731f, -0.142f}; // head -> trochanters

// Vertebral bodies T12..L5 (index 0 = T12): centre (y, z), tilt (degrees,
// top forward positive), mean height, upper endplate width x depth (m).
struct VertebraFigures {
    const char* id;
    float y, z, tiltDeg, height, width, depth;
    glm::vec3 transverseTip; // left
    float spinousY, spinousZ;
};
inline const std::array<VertebraFigures, 6>& vertebrae() {
    static const std::array<VertebraFigures, 6> v = {{
        {"t12_vertebra", 0.319f, -0.024f, -10.0f, 0.024f, 0.038f, 0.031f, {0.026f, 0.317f, -0.060f}, 0.300f, -0.091f},
        {"l1_vertebra", 0.287f, -0.017f, -14.0f, 0.026f, 0.041f, 0.033f, {0.035f, 0.283f, -0.053f}, 0.263f, -0.083f},
        {"l2_vertebra", 0.252f, -0.010f, -10.0f, 0.027f, 0.043f, 0.034f, {0.039f, 0.251f, -0.046f}, 0.233f, -0.077f},
        {"l3_vertebra", 0.215f, -0.006f, -2.0f, 0.027f, 0.045f, 0.035f, {0.044f, 0.219f, -0.042f}, 0.205f, -0.075f},
        {"l4_vertebra", 0.177f, -0.007f, 8.0f, 0.027f, 0.048f, 0.036f, {0.042f, 0.187f, -0.042f}, 0.172f, -0.077f},
        {"l5_vertebra", 0.139f, -0.016f, 23.0f, 0.027f, 0.050f, 0.035f, {0.045f, 0.158f, -0.047f}, 0.153f, -0.085f},
    }};
    return v;
}

// Discs T12-L1 .. L5-S1: centre (y, z), tilt, anterior and posterior height.
struct DiscFigures {
    const char* id;
    float y, z, tiltDeg, anterior, posterior;
};
inline const std::array<DiscFigures, 6>& discs() {
    static const std::array<DiscFigures, 6> d = {{
        {"disc_t12_l1", 0.303f, -0.021f, -12.0f, 0.008f, 0.006f},
        {"disc_l1_l2", 0.270f, -0.013f, -12.0f, 0.010f, 0.007f},
        {"disc_l2_l3", 0.233f, -0.007f, -6.0f, 0.011f, 0.007f},
        {"disc_l3_l4", 0.196f, -0.005f, 3.0f, 0.0125f, 0.008f},
        {"disc_l4_l5", 0.158f, -0.010f, 15.0f, 0.014f, 0.008f},
        {"disc_l5_s1", 0.122f, -0.024f, 32.0f, 0.015f, 0.007f},
    }};
    return d;
}

inline constexpr glm::vec3 kS1EndplateCentre{0.0f, 0.117f, -0.027f};
inline constexpr glm::vec3 kPromontory{0.0f, 0.105f, -0.012f};
inline constexpr glm::vec3 kSacralApex{0.0f, 0.025f, -0.075f};
inline constexpr glm::vec3 kCoccyxTip{0.0f, 0.0f, -0.060f};

inline glm::vec3 mirrored(glm::vec3 p) { return {-p.x, p.y, p.z}; }
inline std::vector<glm::vec3> mirrored(std::vector<glm::vec3> ps) {
    for (auto& p : ps) p.x = -p.x;
    return ps;
}

// Adds `stem_left` (the shape as given, built on the left side) and
// `stem_right` (its mirror image).
inline void addPaired(std::vector<Recipe>& out, const std::string& stem, const sdf::Shape& left,
                      float voxelSize, const std::vector<glm::vec3>& fibreLeft = {},
                      float simplifyError = 0.0004f) {
    out.push_back({stem + "_left", left, voxelSize, fibreLeft, simplifyError});
    out.push_back({stem + "_right", sdf::mirrorX(left), voxelSize, mirrored(fibreLeft), simplifyError});
}

// `a` with everything closer than `gap` to the neighbours taken away, so the
// organ rests against them without passing into them. Carving only ever
// moves the surface inwards, so points well outside `a` skip the work.
inline sdf::Shape carve(const sdf::Shape& a, std::vector<sdf::Shape> neighbours, float gap = 0.0025f) {
    auto list = std::make_shared<std::vector<sdf::Shape>>(std::move(neighbours));
    return sdf::Shape(
        [a, list, gap](const glm::vec3& p) {
            float d = a(p);
            if (d > 0.01f) return d;
            for (const auto& n : *list) {
                const Bounds& b = n.bounds();
                glm::vec3 q = glm::max(glm::max(b.min - p, p - b.max), glm::vec3(0.0f));
                if (glm::length(q) > gap + 0.01f) continue;
                d = std::max(d, gap - n(p));
            }
            return d;
        },
        a.bounds());
}

} // namespace dc::recipes
