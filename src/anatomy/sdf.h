// Signed-distance shapes: the vocabulary of the shape recipes.
//
// A Shape is a function from a point (metres, atlas frame) to the signed
// distance to its surface (negative inside), plus conservative bounds. Recipes
// combine primitives with smooth unions and subtractions; tools/atlasgen meshes
// the result. The functions are distance *bounds* for ellipsoids and smooth
// blends, which is all the mesher needs.
//
//   Shape body = ellipsoid({0, .2f, 0}, {.02f, .013f, .017f});
//   Shape bone = smoothUnion(body, capsule(a, b, .004f), .003f);
#pragma once

#include <functional>
#include <memory>
#include <vector>

#include <glm/mat3x3.hpp>
#include <glm/vec3.hpp>

#include "anatomy/mesh.h"

namespace dc::sdf {

class Shape {
public:
    using Fn = std::function<float(const glm::vec3&)>;
    Shape() = default;
    Shape(Fn fn, Bounds bounds) : m_fn(std::make_shared<Fn>(std::move(fn))), m_bounds(bounds) {}

    float operator()(const glm::vec3& p) const { return (*m_fn)(p); }
    const Bounds& bounds() const { return m_bounds; }
    bool valid() const { return static_cast<bool>(m_fn); }

private:
    std::shared_ptr<Fn> m_fn;
    Bounds m_bounds;
};

// Primitives.
Shape sphere(glm::vec3 centre, float radius);
// Ellipsoid with semi-axes `radii` along the columns of `axes` (orthonormal).
Shape ellipsoid(glm::vec3 centre, glm::vec3 radii, glm::mat3 axes = glm::mat3(1.0f));
Shape capsule(glm::vec3 a, glm::vec3 b, float radius);
// A cone with rounded ends: radius ra at a, rb at b.
Shape roundCone(glm::vec3 a, glm::vec3 b, float ra, float rb);
// Box with half-extents `half` along `axes`, edges rounded by `rounding`.
Shape roundBox(glm::vec3 centre, glm::vec3 half, float rounding, glm::mat3 axes = glm::mat3(1.0f));
// A torus around `axis` (unit) through `centre`.
Shape torus(glm::vec3 centre, glm::vec3 axis, float majorRadius, float minorRadius);
// A half-space: points with dot(p - point, normal) > 0 are outside.
Shape halfSpace(glm::vec3 point, glm::vec3 normal);

// A tube through waypoints (smoothed by a Catmull-Rom spline) with an
// elliptical cross-section: `widths[i]` is the semi-axis across the path in the
// plane that contains `side` (a hint vector), `depths[i]` the other semi-axis.
struct TubeSpec {
    std::vector<glm::vec3> points;
    std::vector<float> widths;
    std::vector<float> depths;        // empty: round tube (depth = width)
    glm::vec3 side{1.0f, 0.0f, 0.0f}; // where "width" points, roughly
    int samplesPerSegment = 8;
};
Shape tube(const TubeSpec& spec);

// Combinations. k is the blend radius in metres (0 = sharp).
Shape unite(const Shape& a, const Shape& b);
Shape smoothUnion(const Shape& a, const Shape& b, float k);
Shape smoothUnion(const std::vector<Shape>& shapes, float k);
Shape subtract(const Shape& a, const Shape& b, float k = 0.0f); // a minus b
Shape intersect(const Shape& a, const Shape& b, float k = 0.0f);
// Grows (r > 0) or shrinks the shape.
Shape offset(const Shape& a, float r);
// Mirror a shape across the sagittal plane (x -> -x).
Shape mirrorX(const Shape& a);
// A hollow shell of the given thickness around the surface of `a`.
Shape shell(const Shape& a, float thickness);

// Catmull-Rom spline through points, `samplesPerSegment` samples per span.
std::vector<glm::vec3> catmullRom(const std::vector<glm::vec3>& points, int samplesPerSegment);
// Linear resampling of a per-waypoint value onto the spline samples.
std::vector<float> resampleAlong(const std::vector<float>& values, size_t sampleCount);

// Basis helpers for oriented primitives.
glm::mat3 basisFromAxis(glm::vec3 axis, glm::vec3 hint = {1, 0, 0}); // column 2 = axis
glm::mat3 rotationX(float radians);
glm::mat3 rotationY(float radians);
glm::mat3 rotationZ(float radians);

} // namespace dc::sdf
