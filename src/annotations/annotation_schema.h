// The annotation file schema in one place: which top-level fields exist and
// which are required, and the keys allowed in the [student] and [clinical]
// tables with their display titles, in display order. The parser, the
// validator and docs/annotations.md all follow this table.
#pragma once

#include <string_view>
#include <vector>

namespace dc {

enum class FieldType { String, Integer, StringArray, Table };

struct FieldSpec {
    std::string_view key;
    FieldType type;
    bool required;
};

struct SectionSpec {
    std::string_view key;    // TOML key inside [student] or [clinical]
    std::string_view title;  // heading shown in the viewer
};

// Top-level fields, in the order the documentation lists them.
const std::vector<FieldSpec>& annotationFields();
// Keys allowed in [student], in display order.
const std::vector<SectionSpec>& studentSections();
// Keys allowed in [clinical], in display order.
const std::vector<SectionSpec>& clinicalSections();

// "string", "integer", "list of strings", "table".
std::string_view fieldTypeName(FieldType type);

// Student sections the validator requires for a structure of `system`
// ("muscular", "nervous", ...). Each inner list is one alternative: the
// annotation must contain every key of at least one alternative. Empty when
// the system has no extra requirement.
std::vector<std::vector<std::string_view>> requiredStudentSections(std::string_view system);

} // namespace dc
