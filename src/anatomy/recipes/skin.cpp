// Shape recipes: skin.
#include "anatomy/recipe.h"

namespace dc {

void addSkinRecipes(std::vector<Recipe>& out) {
    (void)out;
}

} // namespace dc
