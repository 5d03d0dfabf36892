// Shape recipes: how each structure of the built-in model is made.
//
// A Recipe pairs a catalogue id with a signed-distance Shape (see sdf.h) and
// the meshing resolution. Muscles also give their fibre path: the mesher
// stores, per vertex, the direction of the nearest span of that path so the
// shader can draw striations and the motion system can tell which way a
// muscle shortens. tools/atlasgen meshes every recipe into lower_torso.glb.
//
// Making the model more faithful is a change of recipes only (the files under
// src/anatomy/recipes/); the plumbing stays as it is.
#pragma once

#include <string>
#include <vector>

#include <glm/vec3.hpp>

#include "anatomy/sdf.h"

namespace dc {

struct Recipe {
    std::string id;                      // catalogue id, e.g. "psoas_major_left"
    sdf::Shape shape;                    // negative inside
    float voxelSize = 0.0015f;           // metres; smaller for fine structures
    std::vector<glm::vec3> fibrePath;    // muscles: origin -> insertion; else empty
    float simplifyError = 0.0004f;       // metres the simplifier may move the surface
};

// Every recipe of the built-in model, one per catalogue id.
std::vector<Recipe> builtInRecipes();

// The groups, one file each under src/anatomy/recipes/.
void addSkeletonRecipes(std::vector<Recipe>& out);
void addDeepMuscleRecipes(std::vector<Recipe>& out);
void addWallRecipes(std::vector<Recipe>& out);
void addNerveRecipes(std::vector<Recipe>& out);
void addVesselRecipes(std::vector<Recipe>& out);
void addOrganRecipes(std::vector<Recipe>& out);
void addSkinRecipes(std::vector<Recipe>& out);

} // namespace dc
