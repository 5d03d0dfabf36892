#include "app/content.h"

#include <cstdio>
#include <filesystem>

#include <spdlog/spdlog.h>

#include "annotations/annotation_validator.h"
#include "annotations/known_motions.h"
#include "app/model_source.h"

namespace dc::app {

namespace fs = std::filesystem;

namespace {
std::vector<StructureInfo> infosOf(const Atlas& atlas) {
    std::vector<StructureInfo> out;
    for (const auto& s : atlas.structures()) out.push_back(s.info);
    return out;
}
} // namespace

Content loadContent(const std::string& dir, const Atlas& atlas) {
    Content c;
    c.dir = dir;
    AnnotationLoad load = loadAnnotations(dir);
    for (const auto& e : load.errors) c.problems.push_back(e.toString());
    // Cross-checks report problems but keep the annotations: a missing link
    // should not hide a structure's notes.
    for (const auto& e : crossCheckAnnotations(load.annotations, dir, infosOf(atlas), knownMotionNames()))
        c.problems.push_back(e.toString());
    c.annotations = AnnotationIndex(std::move(load.annotations));
    for (const auto& p : c.problems) spdlog::warn("{}", p);
    spdlog::info("{} annotations from {}", c.annotations.size(), dir);
    return c;
}

int runValidateAnnotations(const Options& o, const Atlas& atlas) {
    std::string dir = o.annotations.empty() ? defaultAnnotationsDir() : o.annotations;
    auto errors = validateAnnotations(dir, infosOf(atlas), knownMotionNames());
    for (const auto& e : errors) std::printf("%s\n", e.toString().c_str());
    if (errors.empty()) std::fprintf(stderr, "deepcore: %s: all annotation files are valid\n", dir.c_str());
    return errors.empty() ? 0 : 1;
}

} // namespace dc::app
