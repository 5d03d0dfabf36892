// Parsing one annotation file (TOML text) into an Annotation.
//
// Pure: takes the text and the file name, touches no file system. The file
// name gives the structure key (its stem: "annotations/psoas_major.toml" ->
// "psoas_major") and prefixes every message. Every problem comes back as a
// dc::Error with the file and the 1-based line it is on, so it prints as
// "FILE:LINE: message"; problems about the whole file use line 1.
//
// A file with any problem is rejected as a whole (no partial annotation), so
// what the viewer shows is always what the validator accepted.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "annotations/annotation.h"
#include "core/error.h"

namespace dc {

// Files larger than this are refused before parsing.
inline constexpr std::size_t kMaxAnnotationFileBytes = 1024 * 1024;

// Every problem found in one file, or the annotation when there is none.
struct AnnotationParse {
    std::optional<Annotation> annotation;  // set exactly when errors is empty
    std::vector<Error> errors;
};

// Checks size, UTF-8, TOML syntax, fields, types and values; reports all
// field problems it can find (a syntax error stops at the first).
AnnotationParse parseAnnotationFull(std::string_view text, const std::string& fileName);

// The same, returning only the first problem. Entry point for the fuzzer.
Result<Annotation> parseAnnotation(std::string_view text, const std::string& fileName);

// Tidies a text value: lines within a paragraph are joined with single
// spaces, blank lines separate paragraphs ("\n\n"), and lines starting with
// "- " stay list items on their own line. Leading/trailing space is removed.
std::string normalizeAnnotationText(std::string_view text);

} // namespace dc
