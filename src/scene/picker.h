// Picker: which structure a ray (the pointer, a tap) hits first. CPU ray
// casting against the meshes, one bounding-volume hierarchy per structure,
// built the first time a ray reaches that structure's box and refitted (not
// rebuilt) when a pose has moved its vertices. The caller says
// which structures may be hit (hidden and peeled ones are skipped). Pure
// logic: no GL, no SDL.
//
//   Picker picker(atlas);
//   Ray r = rayThroughPixel(view, projection, {mx, my}, {w, h});
//   if (auto hit = picker.cast(r, [&](StructureId id) { return state.appearance(id).pickable; }))
//       select(hit->id);
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include <glm/mat4x4.hpp>
#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

#include "anatomy/atlas.h"

namespace dc {

struct Ray {
    glm::vec3 origin{0.0f};
    glm::vec3 dir{0.0f, 0.0f, -1.0f}; // unit length
};

struct PickHit {
    StructureId id = 0;
    float distance = 0.0f; // along the ray, metres
    glm::vec3 point{0.0f};
};

// The ray from the eye through a pixel (origin top-left, y down).
Ray rayThroughPixel(const glm::mat4& view, const glm::mat4& projection, glm::vec2 pixel, glm::vec2 viewport);

// Distance along the ray to the box, or nullopt when it misses.
std::optional<float> rayBoxDistance(const Ray& ray, const Bounds& box);

class Picker {
public:
    explicit Picker(const Atlas& atlas);
    ~Picker();
    Picker(const Picker&) = delete;
    Picker& operator=(const Picker&) = delete;

    std::optional<PickHit> cast(const Ray& ray, const std::function<bool(StructureId)>& pickable) const;
    // The meshes moved (a pose): refit each hierarchy when next needed.
    void invalidate();
    void invalidate(StructureId id);

private:
    struct Bvh;
    const Bvh& bvhFor(StructureId id) const;
    const Atlas& m_atlas;
    mutable std::vector<std::unique_ptr<Bvh>> m_bvh;
};

} // namespace dc
