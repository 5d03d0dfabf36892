// Local shape helpers of the deep-muscle and nerve recipes (deep_muscles.cpp,
// nerves.cpp).
//
// - sweep(): a solid swept along a Catmull-Rom spline with a per-waypoint
//   elliptical (or squarer, super-elliptic) section and per-waypoint "side"
//   direction, so a belly can twist into its tendon. Segments far from the
//   query point are skipped, which keeps long, finely meshed nerves cheap.
// - carve(): a shape with its neighbours (bones, another muscle) cut out and a
//   thin gap left, the neighbours evaluated only near the shape's surface: a
//   muscle then lies *against* the bone (medial psoas on the vertebral bodies,
//   iliacus in the iliac fossa) without entering it.
// - snapToSurface(): moves a point along the distance gradient until it sits
//   at a given distance from a shape's surface (a nerve laid on a muscle).
// - skeletonShape() / deepMuscleShape(): the left-side shapes of the skeleton
//   and deep-muscle recipes (built once), so muscles fit the bones and nerves
//   the muscles; nullptr while an id does not exist yet.
#pragma once

#include <string>
#include <vector>

#include <glm/vec3.hpp>

#include "anatomy/sdf.h"

namespace dc::recipes::deepgeom {

// One waypoint of a sweep: centre, half-width along the side direction,
// half-depth across it (front = cross(tangent, side) is +depth).
struct Station {
    glm::vec3 p;
    float w, d;
};

struct SweepSpec {
    std::vector<Station> stations;
    std::vector<glm::vec3> sides; // one per station, or a single one for all
    float exponent = 2.0f;        // section: 2 = ellipse, larger = squarer
    int samplesPerSegment = 8;
    bool roundEnds = true;
};
sdf::Shape sweep(const SweepSpec& spec);

// Convenience: a sweep with one side direction for the whole path.
sdf::Shape sweep(const std::vector<Station>& st, glm::vec3 side, float exponent = 2.0f, int samplesPerSegment = 8);

// `a` minus the union of `cutters` grown by `gap`, blended by `k`. The cutters
// are evaluated only where `a` is within gap + k + `reach` of its surface.
sdf::Shape carve(const sdf::Shape& a, const std::vector<sdf::Shape>& cutters, float gap, float k,
                 float reach = 0.003f);

// Smooth maximum / minimum with blend radius k (polynomial, as sdf.cpp).
float smax(float a, float b, float k);
float smin(float a, float b, float k);
float smoothstep(float e0, float e1, float x);

// Unit gradient of a shape by central differences.
glm::vec3 gradient(const sdf::Shape& s, glm::vec3 p, float h = 0.0003f);
// p moved along the gradient until s(p) == offset (a few Newton steps).
glm::vec3 snapToSurface(const sdf::Shape& s, glm::vec3 p, float offset);

// Left-side shapes of the other recipe families, built once. nullptr if the id
// has no recipe yet.
const sdf::Shape* skeletonShape(const std::string& id);
const sdf::Shape* deepMuscleShape(const std::string& id);
const sdf::Shape* wallShape(const std::string& id);
// The shapes among `ids` that exist.
std::vector<sdf::Shape> skeletonShapes(const std::vector<std::string>& ids);

} // namespace dc::recipes::deepgeom
