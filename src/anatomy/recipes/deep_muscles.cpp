// Shape recipes: deep muscles.
#include "anatomy/recipe.h"

namespace dc {

void addDeepMuscleRecipes(std::vector<Recipe>& out) {
    (void)out;
}

} // namespace dc
