// Mesher: turns a Recipe's signed-distance shape into a closed triangle mesh.
//
// The shape is sampled in a narrow band on a sparse OpenVDB grid (blocks far
// from the surface are skipped by their centre distance), meshed with
// openvdb::tools::volumeToMesh, then simplified and cache-ordered with
// meshoptimizer. Normals come from the distance gradient, so they are smooth
// across the whole surface.
#pragma once

#include "anatomy/mesh.h"
#include "anatomy/recipe.h"

namespace dc::atlasgen {

struct MeshStats {
    size_t samples = 0;
    size_t trianglesBeforeSimplify = 0;
    size_t nearContacts = 0; // muscles: close triangle pairs relaxing could not part
    size_t foldedLeft = 0;   // triangles facing into the surface that no edge flip fixed
};

Mesh meshRecipe(const Recipe& recipe, MeshStats* stats = nullptr);

} // namespace dc::atlasgen
