// The checks behind `deepcore --validate-annotations [DIR]`.
//
// Beyond what the parser checks in each file on its own (syntax, fields,
// types, sizes, UTF-8), the validator compares the set of files with the
// atlas and the motions:
//   - every file names an atlas structure (its file stem is an atlas stem);
//   - every atlas stem has a file (else "DIR/<stem>.toml: missing annotation");
//   - related structures name atlas ids or stems, related motions known motions;
//   - layer and system agree with the atlas;
//   - the student detail has the sections its system needs (muscles: origin,
//     insertion, action, innervation, blood supply; nerves: roots, course,
//     what they supply; vessels: course and relations; organs: relations).
// An empty result means the directory is fit to ship.
#pragma once

#include <string>
#include <vector>

#include "anatomy/structure_info.h"
#include "annotations/annotation.h"
#include "core/error.h"

namespace dc {

// Loads `dir` and checks it; every problem is one Error (file, line, message),
// files in name order, then missing annotations in atlas order.
std::vector<Error> validateAnnotations(const std::string& dir, const std::vector<StructureInfo>& atlasStructures,
                                       const std::vector<std::string>& motionNames);

// The cross-checks alone, for annotations already loaded (the app uses this at
// start-up, with the loader's errors). `dir` is only used to name missing files.
std::vector<Error> crossCheckAnnotations(const std::vector<Annotation>& annotations, const std::string& dir,
                                         const std::vector<StructureInfo>& atlasStructures,
                                         const std::vector<std::string>& motionNames);

} // namespace dc
