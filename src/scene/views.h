// Preset views and their camera angles.
#pragma once

#include <optional>
#include <string_view>

namespace dc {

enum class View { Anterior, Posterior, Left, Right, Superior, Inferior };

std::string_view viewName(View v);
std::optional<View> viewFromName(std::string_view name);
// Camera yaw and pitch (radians) that show the subject from that side.
void viewAngles(View v, float& yaw, float& pitch);

} // namespace dc
