// Local shape helpers of the skeleton recipes (skeleton.cpp).
//
// - Frame: an oriented frame (x lateral, u "up" along the bone's axis,
//   a "anterior") to place parts of a vertebra in its own tilted frame.
// - kidneySlab(): a solid between two planes whose sections are a kidney
//   (an ellipse with a posterior notch), waisted between the planes: the
//   vertebral bodies and the intervertebral discs (which then fill exactly
//   the wedge between two endplates).
// - sweep(): a solid swept along a Catmull-Rom spline whose section is a
//   super-ellipse with its own half-width and front/back half-thicknesses
//   per waypoint: processes, laminae, ribs, rami, the sacrum, the femoral
//   shaft. Exponent 2 gives an ellipse, larger values a squarer section.
// - plate(): a curved bony plate: a 2-D outline in the plane of a frame, a
//   mid-surface and a half-thickness interpolated (thin-plate spline) through
//   control points: the iliac wing.
// - foldX(): a left half (plus midline parts) made symmetric.
#pragma once

#include <vector>

#include <glm/mat3x3.hpp>
#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

#include "anatomy/sdf.h"

namespace dc::recipes::skeletongeom {

constexpr float kPi = 3.14159265358979f;
inline float rad(float deg) { return deg * kPi / 180.0f; }

struct Frame {
    glm::vec3 o{0.0f};
    glm::vec3 x{1, 0, 0}, u{0, 1, 0}, a{0, 0, 1}; // orthonormal
    glm::vec3 at(float lx, float lu, float la) const { return o + x * lx + u * lu + a * la; }
    glm::vec3 dir(float lx, float lu, float la) const { return x * lx + u * lu + a * la; }
    glm::vec3 local(const glm::vec3& p) const;
    glm::mat3 axes() const { return glm::mat3(x, u, a); }
};
// A frame at (0, y, z) tilted in the sagittal plane: `tiltDeg` is the lean of
// u from vertical, top forward positive (the reference's convention).
Frame sagittalFrame(float y, float z, float tiltDeg);

// A plane: points with dot(p - point, normal) > 0 are outside.
struct Plane {
    glm::vec3 point, normal;
};

// Kidney-sectioned slab between two planes (top: outside above, bottom:
// outside below), sections in frame f: ellipse of half-width w/2 and
// half-depth d/2 (interpolated from top to bottom), the back notched by
// `notch` metres, sides waisted by the fraction `waist` at mid-height,
// edges rounded by `round` (a negative waist bulges the sides: discs).
// Bounds from `reach` around f.o.
struct SlabSpec {
    Frame f;
    float wTop, dTop, wBottom, dBottom;
    Plane top, bottom;
    float notch = 0.003f;
    float waist = 0.08f;
    float round = 0.0015f;
    float reach = 0.04f;
};
sdf::Shape kidneySlab(const SlabSpec& s);

// One waypoint of a sweep: half-width along the side direction, half-thickness
// towards +v (front: cross(tangent, side)) and -v (back), super-ellipse
// exponent (>= 2).
struct Station {
    glm::vec3 p;
    float w, tFront, tBack;
    float n = 2.0f;
};
sdf::Shape sweep(const std::vector<Station>& st, glm::vec3 side, int samplesPerSegment = 6);
// Same, with the side direction given per waypoint (twisting sections).
sdf::Shape sweep(const std::vector<Station>& st, const std::vector<glm::vec3>& sides, int samplesPerSegment = 6);

// Curved plate. Control points are in world coordinates on the mid-surface,
// each with the half-thickness there; `outline` (world points, projected on
// the frame's (x, u) plane, closed, smoothed) bounds it. The frame's `a` is
// the plate normal.
struct PlatePoint {
    glm::vec3 p;
    float halfThickness;
};
struct PlateSpec {
    Frame f;
    std::vector<PlatePoint> control;
    std::vector<glm::vec3> outline;
    float minHalfThickness = 0.0015f;
    float rimRound = 0.004f;
};
sdf::Shape plate(const PlateSpec& s);

// The shape folded across the sagittal plane: evaluated at (|x|, y, z), so
// a left half (plus midline parts) gives a symmetric whole.
sdf::Shape foldX(const sdf::Shape& leftHalf);

// Oriented ellipsoid given by its centre and three (not necessarily unit)
// semi-axis vectors, which must be orthogonal.
sdf::Shape ellipsoidAxes(glm::vec3 c, glm::vec3 ax, glm::vec3 ay, glm::vec3 az);

} // namespace dc::recipes::skeletongeom
