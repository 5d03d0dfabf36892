// The search box: finds structures by name, other names, keywords and text.
//
// Matching is case-insensitive (ASCII) on whole words, with a simple plural
// fold ("flexors" matches "flexor") and the query's last word also matching
// as a prefix, so results appear while typing ("pso" finds the psoas).
// Every word of a multi-word query must match ("hip flexor", "back pain").
//
// One hit per structure stem; `ids` lists the atlas ids with that stem (both
// sides of a paired structure, left first), so the caller can select either
// or both. Only structures present in the atlas are returned.
//
// Ranking, best first (higher score):
//   name equal to the query                                  1000
//   name starts with the query                                900
//   other name / keyword equal to the query                   800
//   other name / keyword starts with the query                700
//   the query as a phrase inside an other name / keyword       550
//   every query word among the words of the name              600
//   every query word among the words of one other name/kw     500
//     (synonym matches add the query's phrase count in the summary and
//      clinical notes, at most 49, so the notes that discuss it most lead)
//   the query as a phrase in the summary / clinical notes     300 + occurrences
//   the query as a phrase in the student detail               200 + occurrences
//   every query word somewhere in the text                    100 + words hit
// Ties go to the shorter name, then alphabetical order.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "anatomy/structure_info.h"
#include "annotations/annotation_loader.h"

namespace dc {

enum class SearchField { Name, OtherName, Keyword, Summary, Clinical, Student };

// "name", "other name", "keyword", "summary", "clinical notes", "student detail".
std::string_view searchFieldName(SearchField field);

struct SearchHit {
    std::string stem;              // annotation key / structure stem
    std::vector<std::string> ids;  // atlas ids with this stem
    std::string name;              // display name (annotation name, else atlas name)
    int score = 0;
    SearchField field = SearchField::Name;  // what matched best
    std::string matched;           // the name, other name or section title that matched
};

// Structures whose annotation (or, without one, atlas name) matches `query`;
// at most maxHits, best first. An empty or blank query returns nothing.
std::vector<SearchHit> searchStructures(const AnnotationIndex& index, const std::vector<StructureInfo>& atlas,
                                        std::string_view query, std::size_t maxHits);

} // namespace dc
