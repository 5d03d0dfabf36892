// Shape recipes: nerves.
#include "anatomy/recipe.h"

namespace dc {

void addNerveRecipes(std::vector<Recipe>& out) {
    (void)out;
}

} // namespace dc
