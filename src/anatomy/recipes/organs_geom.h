// Local shape helpers of the organ and vessel recipes (organs.cpp, vessels.cpp).
//
// - smoothPath(): a centripetal Catmull-Rom spline through waypoints,
//   resampled at a fixed arc-length step; per-waypoint values (radii) are
//   carried along by the waypoint parameter u.
// - TubeSpec / tubeShape(): a solid swept along such a dense path with an
//   elliptical section and an optional relief (haustra, taeniae) that scales
//   the radius by arc length and angle around the tube. The segments are
//   bucketed in a grid, so a 3 m intestine or a long femoral vessel costs about
//   as much per sample as a short tube.
// - tubePart(): one stretch of a tube cut flush at both ends, so the parts of
//   one continuous gut (caecum, ascending colon, ...) meet without a seam.
// - clearPath(): moves the points of a path away from neighbouring shapes
//   until a tube of the given radius keeps a gap to them (a colon that lies
//   *on* the psoas, a vessel along its border), smoothing the displacement.
// - carve(): a shape with its neighbours cut out and a thin gap left.
// - neighbourShape(): the shapes of the other recipe families (skeleton,
//   deep muscles, wall), built once; nullptr while an id has no recipe.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <glm/vec3.hpp>

#include "anatomy/sdf.h"

namespace dc::recipes::organgeom {

// A dense path: points every `step` metres, their waypoint parameter u
// (waypoint i at u = i) and arc length s from the start.
struct Path {
    std::vector<glm::vec3> p;
    std::vector<float> u;
    std::vector<float> s;
    size_t size() const { return p.size(); }
};
Path smoothPath(const std::vector<glm::vec3>& waypoints, float step);
// Recomputes s from p (after the points moved).
void updateArcLength(Path& path);
// A per-waypoint value at parameter u (linear between waypoints).
float atU(const std::vector<float>& perWaypoint, float u);
// A per-waypoint value resampled onto every point of the path.
std::vector<float> alongPath(const Path& path, const std::vector<float>& perWaypoint);

// Radius factor by arc length s (m) and angle theta around the tube (0 on the
// "front" direction, radians in [-pi, pi]). 1 = the plain elliptical section.
using Relief = std::function<float(float s, float theta)>;

struct TubeSpec {
    std::vector<glm::vec3> p;     // dense centre line (smoothPath)
    std::vector<float> s;         // arc length per point (empty: computed)
    std::vector<float> halfWidth; // semi-axis across the front direction
    std::vector<float> halfDepth; // semi-axis along it (empty: round)
    // Depth direction hint per point (or one for all), projected across the
    // tangent; empty: a rotation-minimising frame starting from +Z.
    std::vector<glm::vec3> front;
    Relief relief;          // empty: none
    float reliefMax = 1.0f; // largest factor the relief returns
    bool roundEnds = true;
};
sdf::Shape tubeShape(const TubeSpec& spec);

// Points [i0, i1] of the tube, cut flush (a plane across the path) where the
// stretch meets its neighbours; `overlap` extends each cut outwards so the
// parts overlap that much instead of merely touching.
sdf::Shape tubePart(const TubeSpec& spec, size_t i0, size_t i1, float overlap = 0.0003f);

// A smooth path through `waypoints` (every `step` m, u = waypoint parameter)
// that keeps radius(u) + gap clear of `obstacles`: its control points (every
// ctrlStep) are pushed out along the obstacles' gradients, the push shared
// with their neighbours so the path bends around what it meets. The first
// pinStart and last pinEnd metres stay where they are (joins); no point
// moves more than maxTravel.
Path clearedPath(const std::vector<glm::vec3>& waypoints, const std::vector<float>& radius,
                 const std::vector<sdf::Shape>& obstacles, float gap, float step, float pinStart = 0.0f,
                 float pinEnd = 0.0f, int iterations = 30, float ctrlStep = 0.008f, float maxTravel = 0.012f);
// The smallest signed distance of p to the obstacles (culled by bounds
// beyond `reach`; returns reach when none is closer).
float clearance(const std::vector<sdf::Shape>& obstacles, glm::vec3 p, float reach);

// `a` minus the obstacles grown by `gap` (sharp cut). The obstacles are
// evaluated only where `a` is within `reach` of its surface or inside it.
sdf::Shape carve(const sdf::Shape& a, const std::vector<sdf::Shape>& obstacles, float gap, float reach = 0.004f);

// Unit gradient by central differences.
glm::vec3 gradient(const sdf::Shape& s, glm::vec3 p, float h = 0.0004f);

// Shapes of the other recipe families by id (built once); nullptr if absent.
const sdf::Shape* neighbourShape(const std::string& id);
// The shapes among `ids` that exist; an id ending in "_*" gives both sides.
std::vector<sdf::Shape> neighbourShapes(const std::vector<std::string>& ids);

// A tube grown inside a confined space without touching itself (see
// organs_pack.cpp): a chain of beads from `start` to `end` along `initial`,
// grown toward `length` and kept inside `space` (positive = free, in metres
// of clearance; sampled on a 4 mm grid within [boxMin, boxMax]).
struct PackSpec {
    std::vector<glm::vec3> initial;
    glm::vec3 start, end;
    float length = 1.0f;
    std::function<float(float t)> radius; // by fraction of the length
    std::function<float(glm::vec3)> space;
    glm::vec3 boxMin, boxMax;
    float gap = 0.0015f;
    float spacing = 0.005f;
    float stiffness = 0.15f; // smoothing toward the neighbours per round
    int rounds = 2500;
    int settleRounds = 300;      // then, without growth, smoothed harder
    float settleStiffness = 0.4f;
};
struct PackResult {
    std::vector<glm::vec3> p; // bead centres, start to end
    std::vector<float> r;
    float length = 0.0f;
    float worst = 0.0f; // largest remaining violation (m)
    int stalled = 0;    // rounds in which growth waited
};
PackResult packTube(const PackSpec& spec);

// Smoothstep and a deterministic hash noise in [-1, 1].
float smoothstep(float e0, float e1, float x);
float hashNoise(int i);

} // namespace dc::recipes::organgeom
