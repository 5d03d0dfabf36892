#include "anatomy/recipe.h"

namespace dc {

std::vector<Recipe> builtInRecipes() {
    std::vector<Recipe> out;
    addSkeletonRecipes(out);
    addDeepMuscleRecipes(out);
    addWallRecipes(out);
    addNerveRecipes(out);
    addVesselRecipes(out);
    addOrganRecipes(out);
    addSkinRecipes(out);
    return out;
}

} // namespace dc
