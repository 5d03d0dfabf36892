// The context figure: a low-detail translucent mannequin (chest, head,
// arms, lower legs, feet) that follows the rig, so a pose reads as sitting,
// kneeling or lying at a glance. It is not a structure: never picked,
// listed or labelled. Its parts are plain ellipsoids and capsules made here.
#pragma once

#include <vector>

#include "anatomy/mesh.h"
#include "motion/rig.h"

namespace dc::motion {

struct MannequinPart {
    const char* name;
    Bone bone;
    Mesh rest;
};

const std::vector<MannequinPart>& mannequinParts();
// Rigidly poses every part (positions and normals) into `out` (resized to match).
void poseMannequin(const RigPose& rig, std::vector<Mesh>& out);

// Closed triangle meshes (counter-clockwise from outside).
Mesh ellipsoidMesh(glm::vec3 centre, glm::vec3 radii, int slices = 24, int stacks = 16);
Mesh capsuleMesh(glm::vec3 a, glm::vec3 b, float ra, float rb, int slices = 20, int stacks = 8);

} // namespace dc::motion
