// What one structure is: its id, display name, depth layer, body system, side
// and atlas colour. Layers and systems are declared once here; everything else
// (UI, draw lists, the .glb extras, tests) takes them from this header.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include <glm/vec3.hpp>

namespace dc {

// Depth layers, outermost first. `peel = N` removes layers 0..N-1.
enum class Layer : int {
    Skin = 0,
    Wall = 1,
    Organs = 2,
    Retroperitoneum = 3,
    DeepMuscles = 4,
    Nerves = 5,
    Skeleton = 6,
};
inline constexpr int kLayerCount = 7;

enum class System : int {
    Integumentary = 0,
    Muscular,
    Digestive,
    Urinary,
    Vascular,
    Nervous,
    Skeletal,
    Other,
};
inline constexpr int kSystemCount = 8;

enum class Side : int { None = 0, Left, Right };

struct StructureInfo {
    std::string id;      // snake_case, "_left"/"_right" for paired structures
    std::string name;    // display name, e.g. "Psoas major (left)"
    Layer layer = Layer::Skin;
    System system = System::Other;
    Side side = Side::None;
    glm::vec3 colour{0.8f, 0.8f, 0.8f}; // linear RGB, 0..1
};

std::string_view layerName(Layer layer);        // "Skin", "Abdominal wall", ...
std::string_view systemName(System system);     // "integumentary", "muscular", ...
std::string_view systemLabel(System system);    // "Integumentary", "Muscular", ...
std::string_view sideName(Side side);           // "none", "left", "right"
std::optional<System> systemFromName(std::string_view name);
std::optional<Side> sideFromName(std::string_view name);

// The id without its side suffix: "psoas_major_left" -> "psoas_major".
// Annotations for paired structures are keyed by this stem.
std::string stemOf(std::string_view id);
// The side an id names by its suffix.
Side sideOfId(std::string_view id);

} // namespace dc
