// Writes an Atlas as binary glTF 2.0 (.glb): one node per structure, named by
// its id, with layer, system, side, name and colour in the node's extras and a
// material whose base colour is the atlas colour (so any glTF viewer shows the
// plate colours). Muscle fibre directions travel as the TANGENT attribute.
#pragma once

#include <string>

#include "anatomy/atlas.h"
#include "core/error.h"

namespace dc {

// Returns an empty string on success, else a message naming the path.
std::string writeGlb(const Atlas& atlas, const std::string& path);

} // namespace dc
