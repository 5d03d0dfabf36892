// Shape recipes: vessels.
#include "anatomy/recipe.h"

namespace dc {

void addVesselRecipes(std::vector<Recipe>& out) {
    (void)out;
}

} // namespace dc
