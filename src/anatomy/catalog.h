// The built-in model's structure table (DESIGN.md "Structure ids"): every id
// with its name, layer, system and atlas colour. The generator builds exactly
// these; the loader uses the table to fill in metadata a foreign model lacks.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "anatomy/structure_info.h"

namespace dc {

// All structures of the built-in model, paired ones expanded to _left/_right.
const std::vector<StructureInfo>& builtInCatalog();

// The catalogue entry for an id, if it is one of the built-in ones.
std::optional<StructureInfo> catalogEntry(std::string_view id);

} // namespace dc
