#include "anatomy/structure_info.h"

#include "core/text.h"

namespace dc {

namespace {
constexpr std::array<std::string_view, kLayerCount> kLayerNames = {
    "Skin", "Abdominal wall & hip muscles", "Abdominal organs", "Retroperitoneum & vessels",
    "Deep muscles", "Nerves", "Skeleton"};
constexpr std::array<std::string_view, kSystemCount> kSystemNames = {
    "integumentary", "muscular", "digestive", "urinary", "vascular", "nervous", "skeletal", "other"};
constexpr std::array<std::string_view, kSystemCount> kSystemLabels = {
    "Integumentary", "Muscular", "Digestive", "Urinary", "Vascular", "Nervous", "Skeletal", "Other"};
} // namespace

std::string_view layerName(Layer layer) {
    int i = static_cast<int>(layer);
    return (i >= 0 && i < kLayerCount) ? kLayerNames[static_cast<size_t>(i)] : "?";
}

std::string_view systemName(System system) {
    int i = static_cast<int>(system);
    return (i >= 0 && i < kSystemCount) ? kSystemNames[static_cast<size_t>(i)] : "other";
}

std::string_view systemLabel(System system) {
    int i = static_cast<int>(system);
    return (i >= 0 && i < kSystemCount) ? kSystemLabels[static_cast<size_t>(i)] : "Other";
}

std::string_view sideName(Side side) {
    switch (side) {
    case Side::Left: return "left";
    case Side::Right: return "right";
    default: return "none";
    }
}

std::optional<System> systemFromName(std::string_view name) {
    for (int i = 0; i < kSystemCount; ++i)
        if (kSystemNames[static_cast<size_t>(i)] == name) return static_cast<System>(i);
    return std::nullopt;
}

std::optional<Side> sideFromName(std::string_view name) {
    if (name == "left") return Side::Left;
    if (name == "right") return Side::Right;
    if (name == "none" || name.empty()) return Side::None;
    return std::nullopt;
}

std::string stemOf(std::string_view id) {
    if (endsWith(id, "_left")) return std::string(id.substr(0, id.size() - 5));
    if (endsWith(id, "_right")) return std::string(id.substr(0, id.size() - 6));
    return std::string(id);
}

Side sideOfId(std::string_view id) {
    if (endsWith(id, "_left")) return Side::Left;
    if (endsWith(id, "_right")) return Side::Right;
    return Side::None;
}

} // namespace dc
