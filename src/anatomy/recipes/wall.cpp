// Shape recipes: wall.
#include "anatomy/recipe.h"

namespace dc {

void addWallRecipes(std::vector<Recipe>& out) {
    (void)out;
}

} // namespace dc
