// Loading every annotation file of a directory, and looking annotations up.
//
// loadAnnotations() reads each *.toml file directly in `dir` (sorted by name,
// sub-directories ignored). A file with a problem is reported in `errors` and
// skipped; the others load. The app logs the errors and runs on.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "annotations/annotation.h"
#include "core/error.h"

namespace dc {

struct AnnotationLoad {
    std::vector<Annotation> annotations;  // the files that parsed, sorted by key
    std::vector<Error> errors;            // "FILE:LINE: message" for every problem
};

// A missing or unreadable directory is one error with the directory as file.
AnnotationLoad loadAnnotations(const std::string& dir);

// The annotation files a directory holds (full paths, sorted).
std::vector<std::string> annotationFilesIn(const std::string& dir);

// Annotations by structure stem.
class AnnotationIndex {
public:
    AnnotationIndex() = default;
    explicit AnnotationIndex(std::vector<Annotation> annotations);

    // The annotation for a structure id: "psoas_major_left", "psoas_major" and
    // "kidney_right" all work (the side suffix is stripped). nullptr if none.
    const Annotation* forStructure(std::string_view id) const;

    const std::vector<Annotation>& all() const { return m_annotations; }
    size_t size() const { return m_annotations.size(); }
    bool empty() const { return m_annotations.empty(); }

private:
    std::vector<Annotation> m_annotations;
    std::unordered_map<std::string, size_t> m_byKey;
};

} // namespace dc
