// Local shape helpers of the wall and skin recipes (wall.cpp, skin.cpp).
//
// - Loft: a solid swept along +Y whose horizontal sections are super-ellipses
//   (separate half-widths to each side and half-depths to the front and back),
//   interpolated smoothly between tabulated rows. The torso and thighs of the
//   skin are lofts; so is the reference surface of the abdominal wall.
// - WallFrame: a loft used as a curved 2-D chart. A point maps to (s, y, d):
//   s the arc length around the section from the front midline (negative on
//   the right), y its height, d its signed distance from the loft surface
//   (positive outward). Sheet muscles of the flank are masks in (s, y) with
//   offsets in d, so the layers stack without interpenetrating.
// - strap(): a swept tube like sdf::tube whose "width" direction is given per
//   waypoint, for flat muscles that wind around the thigh.
// - ribbon(): a flat band (rounded-rectangle section) along a path.
// - carve(): subtracts a neighbour (bone) grown by a clearance, evaluating it
//   only near its bounds and near the carved shape's surface.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

#include "anatomy/sdf.h"

namespace dc::recipes::wallgeom {

// One tabulated section of a loft, in metres.
struct Section {
    float y;
    float xc, zc;      // centre of the section
    float lat, med;    // half-widths toward +x and -x
    float front, back; // half-depths toward +z and -z
    float n;           // super-ellipse exponent (2 = ellipse, larger = squarer)
};

class Loft {
public:
    explicit Loft(std::vector<Section> rows); // rows in any order of y
    Section at(float y) const;                // smooth interpolation, clamped at the ends
    static float radius(const Section& s, float theta); // theta = atan2(dx, dz)
    float field(const glm::vec3& p) const;    // rho - R(theta): radial excess
    float distance(const glm::vec3& p) const; // field / |grad field|, signed, + outside
    float yMin() const { return m_rows.front().y; }
    float yMax() const { return m_rows.back().y; }
    // A point of the section at height y, direction theta, pushed `off` outward
    // along the ray from the section centre.
    glm::vec3 pointAt(float theta, float y, float off) const;

private:
    std::vector<Section> m_rows;
};

// The loft as a solid between two heights (flat ends, rounded by `round`).
sdf::Shape loftShape(std::shared_ptr<const Loft> loft, float yLo, float yHi, float round, Bounds bounds);

// Arc-length chart on a symmetric loft (xc = 0, lat = med).
class WallFrame {
public:
    WallFrame(std::shared_ptr<const Loft> loft, float yLo, float yHi);
    const Loft& loft() const { return *m_loft; }
    float arc(float theta, float y) const; // s from the front midline, odd in theta
    float thetaOf(const glm::vec3& p) const;
    glm::vec2 chart(const glm::vec3& p) const { return {arc(thetaOf(p), p.y), p.y}; }
    float sOf(const glm::vec3& p) const { return chart(p).x; }
    // The 3-D point at arc length s, height y, `off` outward of the surface.
    glm::vec3 point(float s, float y, float off) const;

private:
    std::shared_ptr<const Loft> m_loft;
    float m_y0, m_dy;
    int m_ny;
    static constexpr int kNt = 720; // theta steps over [0, pi]
    std::vector<float> m_s;         // m_ny x (kNt + 1)
};

// Signed distance to a closed polygon (IQ's formula), negative inside.
float polygonDistance(const std::vector<glm::vec2>& poly, glm::vec2 p);
// A closed polygon through control points, smoothed by a closed Catmull-Rom spline.
std::vector<glm::vec2> smoothClosed(const std::vector<glm::vec2>& ctrl, int samplesPerSpan = 6);

// A sheet on a WallFrame: inside `mask` (s, y) and between the offsets
// span(s, y) = {inner, outer} from the frame's surface; edges rounded.
struct SheetSpec {
    std::shared_ptr<const WallFrame> frame;
    std::vector<glm::vec2> mask;
    std::function<glm::vec2(float s, float y)> span;
    float rounding = 0.001f;
    float maxOffset = 0.03f; // largest outer offset (for the bounds)
    float minOffset = 0.0f;  // smallest (most inward) offset
};
sdf::Shape sheet(const SheetSpec& spec);

// A tube through waypoints with an elliptical section whose width axis lies
// along sides[i] (projected off the tangent) at each waypoint.
struct StrapSpec {
    std::vector<glm::vec3> points;
    std::vector<float> widths;
    std::vector<float> depths;
    std::vector<glm::vec3> sides;
    int samplesPerSegment = 6;
};
sdf::Shape strap(const StrapSpec& spec);
// A flat band through the same kind of waypoints: a rounded-rectangle
// section (half-width `widths`, half-thickness `depths`, edges rounded by the
// half-thickness) whose frame turns smoothly along the path, for tendinous
// sheets and straps (iliotibial tract, sartorius).
sdf::Shape ribbon(const StrapSpec& spec);

// a minus (b grown by `clearance`), b evaluated only near its bounds.
sdf::Shape carve(const sdf::Shape& a, const sdf::Shape& b, float clearance);

// The shape of a skeleton recipe (e.g. "hip_bone_left"), from
// addSkeletonRecipes, or an invalid shape when the skeleton has no such id.
// Built once. Muscles are carved by the bones they lie on with it, so they
// follow the skeleton as it changes.
sdf::Shape neighbourShape(const std::string& id);

// The body solid under the skin's outer surface (skin.cpp); used to check
// that every structure lies inside it.
sdf::Shape skinBodyShape();

} // namespace dc::recipes::wallgeom
