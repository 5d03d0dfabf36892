// PathSweep: how a path muscle's mesh follows its path. The path (origin, via
// points, insertion) is rounded at each via point into a smooth centre curve;
// every vertex is bound to its nearest point on that curve (an arc-length
// coordinate) and its offset from it. Posed, the offset is carried to the
// same material point on the posed curve, turned with the curve and scaled
// across it so the volume stays that of rest (shorter is thicker).
//
// The muscle slides over its via points as it shortens or lengthens, the way
// a muscle runs over a pulley (the iliopsoas over the pelvic brim): the
// length change is shared evenly along the part of the muscle that is free
// to slide, instead of being forced onto the one segment whose ends came
// together (which crushed it fourfold and folded it in deep hip flexion).
// Only the part attached along the lumbar spine (the psoas from T12 to L5)
// follows its vertebrae segment by segment.
//
// Pure logic: no GL.
//
//   PathSweep sweep(restMesh, path);
//   sweep.apply(poseRig(pose), posedMesh);   // positions and normals
#pragma once

#include <vector>

#include <glm/gtc/quaternion.hpp>
#include <glm/vec3.hpp>

#include "anatomy/mesh.h"
#include "motion/muscle_paths.h"
#include "motion/rig.h"

namespace dc::motion {

// A path rounded at its via points and resampled: points, unit tangents and
// arc length from the origin; `jointArc` is where each path point falls.
struct CentreCurve {
    std::vector<glm::vec3> point, tangent;
    std::vector<float> arc;
    std::vector<float> jointArc;
    float length() const { return arc.empty() ? 0.0f : arc.back(); }
};

CentreCurve roundedCurve(const std::vector<glm::vec3>& pathPoints);
// The curve's point and tangent at arc length u (straight on beyond the ends).
void curveAt(const CentreCurve& c, float u, glm::vec3& point, glm::vec3& tangent);

class PathSweep {
public:
    PathSweep(const Mesh& rest, const MusclePath& path);
    // Writes posed positions and normals (out must have rest's triangles).
    void apply(const RigPose& rig, Mesh& out) const;

private:
    struct Vertex {
        uint32_t sample; // rest sample below it along the curve
        float frac;      // and the fraction to the next
        float along;     // offset along the rest tangent (beyond the ends)
        glm::vec3 across;
    };
    Vertex bind(glm::vec3 v) const;
    const Mesh& m_rest;
    const MusclePath& m_path;
    CentreCurve m_curve;
    size_t m_slideFrom = 0;      // path point where sliding starts
    std::vector<float> m_sampleU; // arc coordinate of each sample
    std::vector<glm::vec3> m_sampleTangent;
    std::vector<Vertex> m_vertices;
    double m_restVolume = 0.0;
};

} // namespace dc::motion
