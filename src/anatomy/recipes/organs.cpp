// Shape recipes: organs.
#include "anatomy/recipe.h"

namespace dc {

void addOrganRecipes(std::vector<Recipe>& out) {
    (void)out;
}

} // namespace dc
