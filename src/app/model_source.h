// Where the model and the annotations come from: the --model/--annotations
// flags, else the built-in files beside the binary (installed) or in the
// build and source trees (development).
#pragma once

#include <string>

#include "anatomy/atlas.h"
#include "core/error.h"

namespace dc::app {

std::string executableDir();
std::string builtInModelPath();
std::string defaultAnnotationsDir();

// Loads --model, or the built-in model when `path` is empty. Warnings (e.g.
// missing metadata) are logged.
Result<Atlas> loadModel(const std::string& path);

} // namespace dc::app
