#include "scene/views.h"

#include <array>
#include <glm/gtc/constants.hpp>

namespace dc {

namespace {
constexpr std::array<std::string_view, 6> kNames = {"anterior", "posterior", "left", "right", "superior", "inferior"};
constexpr float kNearPole = 1.5533f; // 89 degrees: keeps the up vector defined
} // namespace

std::string_view viewName(View v) { return kNames[static_cast<size_t>(v)]; }

std::optional<View> viewFromName(std::string_view name) {
    for (size_t i = 0; i < kNames.size(); ++i)
        if (kNames[i] == name) return static_cast<View>(i);
    return std::nullopt;
}

void viewAngles(View v, float& yaw, float& pitch) {
    const float pi = glm::pi<float>();
    pitch = 0.0f;
    switch (v) {
    case View::Anterior: yaw = 0.0f; break;
    case View::Posterior: yaw = pi; break;
    case View::Left: yaw = 0.5f * pi; break;   // camera on +X, the subject's left
    case View::Right: yaw = -0.5f * pi; break;
    case View::Superior: yaw = pi; pitch = kNearPole; break;   // anterior at the top of the image
    case View::Inferior: yaw = 0.0f; pitch = -kNearPole; break;
    }
}

} // namespace dc
