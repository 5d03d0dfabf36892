// Shape recipes: skeleton.
#include "anatomy/recipe.h"

namespace dc {

void addSkeletonRecipes(std::vector<Recipe>& out) {
    (void)out;
}

} // namespace dc
