// Muscles as paths: origin, via points and insertion, each bound to a bone
// of the rig, for every muscle that crosses the hip or the lumbar spine.
// Points come from anatomy-landmarks.md (§4.2 psoas path and cross-section
// centroids, §4.3, and the OpenSim Rajagopal 2016 points fitted to our
// skeleton in §4.4). The psoas and iliacus bend over the pelvic brim near the
// iliopubic eminence and pass under the inguinal ligament through via points
// bound to the pelvis.
//
//   for (const MusclePath& m : builtInMusclePaths()) {
//       float len = pathLength(m, poseRig(pose));   // metres
//   }
#pragma once

#include <string>
#include <vector>

#include <glm/vec3.hpp>

#include "anatomy/atlas.h"
#include "motion/rig.h"

namespace dc::motion {

struct PathPoint {
    Bone bone;
    glm::vec3 rest; // atlas frame, rest pose
};

struct MusclePath {
    std::string id;                 // structure id, e.g. "psoas_major_left"
    std::vector<PathPoint> points;  // origin ... insertion
};

// Both sides of every path muscle.
const std::vector<MusclePath>& builtInMusclePaths();
const MusclePath* findMusclePath(const std::string& id);

// The mesh of the bone a path point is bound to ("femur_left", "l3_vertebra",
// "hip_bone_right"...), or "" for bones the atlas has no mesh for (shins).
std::string boneStructureFor(Bone b, float x);

// Copies of the paths with each origin and insertion moved onto the nearest
// vertex of its bone's mesh in `atlas` (when the atlas has that bone), so
// attachments sit on bone and move with it.
std::vector<MusclePath> attachToBones(const std::vector<MusclePath>& paths, const Atlas& atlas);

std::vector<glm::vec3> posedPoints(const MusclePath& m, const RigPose& rig);
float pathLength(const std::vector<glm::vec3>& points);
inline float pathLength(const MusclePath& m, const RigPose& rig) { return pathLength(posedPoints(m, rig)); }

} // namespace dc::motion
