#include "scene/orbit_camera.h"

#include <algorithm>
#include <cmath>

#include <glm/geometric.hpp>
#include <glm/gtc/constants.hpp>
#include <glm/gtc/matrix_transform.hpp>

namespace dc {

namespace {
constexpr float kMaxPitch = 1.5533f;

float wrapAngle(float a) {
    const float twoPi = glm::two_pi<float>();
    a = std::fmod(a + glm::pi<float>(), twoPi);
    if (a < 0) a += twoPi;
    return a - glm::pi<float>();
}

glm::vec3 direction(float yaw, float pitch) {
    return {std::cos(pitch) * std::sin(yaw), std::sin(pitch), std::cos(pitch) * std::cos(yaw)};
}
} // namespace

void OrbitCamera::frame(const Bounds& bounds) {
    m_bounds = bounds;
    m_radius = std::max(0.5f * glm::length(bounds.size()), 1e-3f);
    m_goal.target = bounds.centre();
    m_goal.distance = m_radius / std::sin(0.5f * m_fovY) * 0.92f;
    m_pose = m_goal;
}

void OrbitCamera::setView(View view, bool instant) {
    float yaw, pitch;
    viewAngles(view, yaw, pitch);
    m_goal.yaw = yaw;
    m_goal.pitch = pitch;
    m_goal.target = m_bounds.centre();
    m_goal.distance = m_radius / std::sin(0.5f * m_fovY) * 0.92f;
    // Take the short way round.
    m_pose.yaw = m_goal.yaw + wrapAngle(m_pose.yaw - m_goal.yaw);
    if (instant) finish();
}

void OrbitCamera::focus(const Bounds& box, bool instant) {
    float r = std::max(0.5f * glm::length(box.size()), 0.01f);
    m_goal.target = box.centre();
    m_goal.distance = r / std::sin(0.5f * m_fovY) * 1.3f;
    clampGoal();
    if (instant) finish();
}

void OrbitCamera::orbit(float dx, float dy) {
    m_goal.yaw -= dx;
    m_goal.pitch = std::clamp(m_goal.pitch + dy, -kMaxPitch, kMaxPitch);
}

void OrbitCamera::pan(float dxFraction, float dyFraction) {
    float h = 2.0f * m_goal.distance * std::tan(0.5f * m_fovY);
    glm::vec3 f = -direction(m_goal.yaw, m_goal.pitch);
    glm::vec3 right = glm::normalize(glm::cross(f, glm::vec3(0, 1, 0)));
    glm::vec3 up = glm::cross(right, f);
    m_goal.target += (-dxFraction * right + dyFraction * up) * h;
    clampGoal();
}

void OrbitCamera::zoom(float factor) {
    if (factor <= 0.0f) return;
    m_goal.distance /= factor;
    clampGoal();
}

void OrbitCamera::clampGoal() {
    m_goal.distance = std::clamp(m_goal.distance, m_radius * 0.08f, m_radius * 8.0f);
    // Keep the target near the model so it can never be lost.
    glm::vec3 c = m_bounds.centre();
    glm::vec3 off = m_goal.target - c;
    float len = glm::length(off);
    if (len > m_radius * 1.5f) m_goal.target = c + off / len * (m_radius * 1.5f);
}

void OrbitCamera::update(float dt) {
    // Critically damped-looking ease: about 90% of the way in 0.35 s.
    float k = 1.0f - std::exp(-dt * 6.5f);
    m_pose.target += (m_goal.target - m_pose.target) * k;
    m_pose.yaw += (m_goal.yaw - m_pose.yaw) * k;
    m_pose.pitch += (m_goal.pitch - m_pose.pitch) * k;
    m_pose.distance += (m_goal.distance - m_pose.distance) * k;
    if (!moving()) finish();
}

bool OrbitCamera::moving() const {
    return glm::length(m_pose.target - m_goal.target) > 1e-5f || std::abs(m_pose.yaw - m_goal.yaw) > 1e-4f ||
           std::abs(m_pose.pitch - m_goal.pitch) > 1e-4f || std::abs(m_pose.distance - m_goal.distance) > 1e-5f;
}

glm::vec3 OrbitCamera::eye() const { return m_pose.target + direction(m_pose.yaw, m_pose.pitch) * m_pose.distance; }

glm::vec3 OrbitCamera::forward() const { return -direction(m_pose.yaw, m_pose.pitch); }

glm::mat4 OrbitCamera::view() const { return glm::lookAt(eye(), m_pose.target, glm::vec3(0, 1, 0)); }

float OrbitCamera::nearPlane() const { return std::max(0.005f, m_pose.distance - m_radius * 2.0f); }
float OrbitCamera::farPlane() const { return m_pose.distance + m_radius * 2.5f; }

glm::mat4 OrbitCamera::projection(float aspect) const {
    float fov = m_fovY;
    // Narrow windows: widen the vertical field so the model still fits across.
    if (aspect < 1.0f) fov = 2.0f * std::atan(std::tan(0.5f * m_fovY) / aspect);
    return glm::perspective(fov, aspect, nearPlane(), farPlane());
}

} // namespace dc
