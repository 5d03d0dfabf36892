// The product's editable content beside the model: annotation files (and the
// motion names they may refer to). Broken files are reported and skipped.
#pragma once

#include <string>
#include <vector>

#include "anatomy/atlas.h"
#include "annotations/annotation_loader.h"
#include "app/options.h"

namespace dc::app {

struct Content {
    std::string dir;
    AnnotationIndex annotations;
    std::vector<std::string> problems; // "FILE:LINE: message", for the log and the notice
};


Content loadContent(const std::string& dir, const Atlas& atlas);

// --validate-annotations: prints FILE:LINE: message lines; exit 0 or 1.
int runValidateAnnotations(const Options& o, const Atlas& atlas);

} // namespace dc::app
