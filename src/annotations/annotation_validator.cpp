#include "annotations/annotation_validator.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "annotations/annotation_loader.h"
#include "annotations/annotation_schema.h"

namespace dc {

namespace {

std::string joinNames(const std::vector<std::string>& names) {
    std::string s;
    for (const auto& n : names) {
        if (!s.empty()) s += ", ";
        s += n;
    }
    return s;
}

std::string joinViews(const std::vector<std::string_view>& names) {
    std::string s;
    for (const auto& n : names) {
        if (!s.empty()) s += ", ";
        s += n;
    }
    return s;
}

void checkStudentSections(const Annotation& a, std::vector<Error>& errors) {
    auto alternatives = requiredStudentSections(a.system);
    if (alternatives.empty()) return;
    for (const auto& alt : alternatives) {
        bool all = true;
        for (auto key : alt) all = all && a.section(std::string(key)) != nullptr;
        if (all) return;
    }
    std::vector<std::string_view> missing;
    for (auto key : alternatives.front())
        if (!a.section(std::string(key))) missing.push_back(key);
    std::string message = "[student] of a " + a.system + " structure needs: " + joinViews(missing);
    if (alternatives.size() > 1) message += " (or: " + joinViews(alternatives[1]) + ")";
    errors.push_back(makeError(a.file, a.lineOf("student"), message));
}

struct AtlasStems {
    std::vector<std::string> stems;                      // atlas order
    std::map<std::string, const StructureInfo*> byStem;  // first id with that stem
    std::set<std::string> ids;

    explicit AtlasStems(const std::vector<StructureInfo>& atlas) {
        for (const auto& s : atlas) {
            ids.insert(s.id);
            std::string stem = stemOf(s.id);
            if (byStem.emplace(stem, &s).second) stems.push_back(stem);
        }
    }
};

// Each file names an atlas stem; each atlas stem has a file. `files` maps a
// file's key (stem of its name) to its path; broken files count as present.
void checkCoverage(const std::map<std::string, std::string>& files, const std::string& dir, const AtlasStems& atlas,
                   std::vector<Error>& errors) {
    for (const auto& [key, path] : files)
        if (!atlas.byStem.count(key))
            errors.push_back(makeError(path, 1, "unknown structure id '" + key +
                                                    "': the file name must be an atlas structure id without its "
                                                    "side (like psoas_major.toml)"));
    for (const std::string& stem : atlas.stems)
        if (!files.count(stem))
            errors.push_back(makeError((std::filesystem::path(dir) / (stem + ".toml")).string(), 0,
                                       "missing annotation"));
}

// Layer, system, links and required sections of one parsed annotation.
void checkContent(const Annotation& a, const AtlasStems& atlas, const std::set<std::string>& motions,
                  const std::vector<std::string>& motionNames, std::vector<Error>& errors) {
    auto it = atlas.byStem.find(a.key);
    if (it != atlas.byStem.end()) {
        const StructureInfo& s = *it->second;
        if (a.layer != static_cast<int>(s.layer))
            errors.push_back(makeError(a.file, a.lineOf("layer"),
                                       "layer " + std::to_string(a.layer) + " disagrees with the atlas, where " +
                                           a.key + " is in layer " + std::to_string(static_cast<int>(s.layer)) +
                                           " (" + std::string(layerName(s.layer)) + ")"));
        if (a.system != systemName(s.system))
            errors.push_back(makeError(a.file, a.lineOf("system"),
                                       "system '" + a.system + "' disagrees with the atlas, where " + a.key +
                                           " is '" + std::string(systemName(s.system)) + "'"));
    }
    for (size_t i = 0; i < a.relatedStructures.size(); ++i) {
        const std::string& r = a.relatedStructures[i];
        if (atlas.ids.count(r) || atlas.byStem.count(r)) continue;
        errors.push_back(makeError(a.file, a.lineOf("related_structures[" + std::to_string(i) + "]"),
                                   "unknown related structure '" + r + "'"));
    }
    for (size_t i = 0; i < a.relatedMotions.size(); ++i) {
        const std::string& m = a.relatedMotions[i];
        if (motions.count(m)) continue;
        errors.push_back(makeError(a.file, a.lineOf("related_motions[" + std::to_string(i) + "]"),
                                   "unknown motion '" + m + "'; known motions: " + joinNames(motionNames)));
    }
    checkStudentSections(a, errors);
}

} // namespace

std::vector<Error> crossCheckAnnotations(const std::vector<Annotation>& annotations, const std::string& dir,
                                         const std::vector<StructureInfo>& atlasStructures,
                                         const std::vector<std::string>& motionNames) {
    std::vector<Error> errors;
    const AtlasStems atlas(atlasStructures);
    const std::set<std::string> motions(motionNames.begin(), motionNames.end());
    std::map<std::string, std::string> files;
    for (const Annotation& a : annotations) files.emplace(a.key, a.file);
    checkCoverage(files, dir, atlas, errors);
    for (const Annotation& a : annotations) checkContent(a, atlas, motions, motionNames, errors);
    return errors;
}

std::vector<Error> validateAnnotations(const std::string& dir, const std::vector<StructureInfo>& atlasStructures,
                                       const std::vector<std::string>& motionNames) {
    AnnotationLoad load = loadAnnotations(dir);
    std::vector<Error> errors = std::move(load.errors);
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) return errors;

    const AtlasStems atlas(atlasStructures);
    const std::set<std::string> motions(motionNames.begin(), motionNames.end());
    std::map<std::string, std::string> files;  // every *.toml, parsed or not
    for (const std::string& path : annotationFilesIn(dir))
        files.emplace(std::filesystem::path(path).stem().string(), path);
    checkCoverage(files, dir, atlas, errors);
    for (const Annotation& a : load.annotations) checkContent(a, atlas, motions, motionNames, errors);
    // Files first (by name, then line), missing annotations (line 0) after, in atlas order.
    std::stable_sort(errors.begin(), errors.end(), [](const Error& x, const Error& y) {
        if ((x.line == 0) != (y.line == 0)) return y.line == 0;
        if (x.line == 0) return false;
        if (x.file != y.file) return x.file < y.file;
        return x.line < y.line;
    });
    return errors;
}

} // namespace dc
