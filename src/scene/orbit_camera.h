// OrbitCamera: turntable camera around a target point, fed plain input
// (orbit/pan/zoom deltas) and advanced by update(dt), which eases the current
// pose toward the goal so preset views and "frame this" fly smoothly.
// Math only (glm); tested without a window.
//
//   OrbitCamera cam;  cam.frame(atlas.bounds());  cam.setView(View::Left);
//   cam.orbit(dx, dy); cam.update(dt);  glm::mat4 vp = cam.projection(aspect) * cam.view();
#pragma once

#include <glm/mat4x4.hpp>
#include <glm/vec3.hpp>

#include "anatomy/mesh.h"
#include "scene/views.h"

namespace dc {

struct CameraPose {
    glm::vec3 target{0.0f};
    float yaw = 0.0f;      // radians about +Y; 0 = camera on +Z (anterior)
    float pitch = 0.0f;    // radians; + = above
    float distance = 1.0f; // metres from target
};

class OrbitCamera {
public:
    // Fits the bounds in view and sets the zoom limits from their size.
    void frame(const Bounds& bounds);
    // Flies to a preset view of the framed bounds.
    void setView(View view, bool instant = false);
    // Flies to frame one box (e.g. a selected structure), keeping direction.
    void focus(const Bounds& box, bool instant = false);

    void orbit(float dxRadians, float dyRadians);
    void pan(float dxFraction, float dyFraction); // fractions of the view height
    void zoom(float factor);                      // > 1 moves closer

    void update(float dt);
    void finish() { m_pose = m_goal; }
    bool moving() const;

    glm::mat4 view() const;
    glm::mat4 projection(float aspect) const;
    glm::vec3 eye() const;
    glm::vec3 forward() const;
    const CameraPose& pose() const { return m_pose; }
    const CameraPose& goal() const { return m_goal; }
    float fovY() const { return m_fovY; }
    float nearPlane() const;
    float farPlane() const;

private:
    void clampGoal();
    CameraPose m_pose, m_goal;
    Bounds m_bounds;
    float m_radius = 0.5f;
    float m_fovY = 0.6f; // radians (about 34 degrees)
};

} // namespace dc
