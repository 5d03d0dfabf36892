#include "annotations/annotation_schema.h"

namespace dc {

const std::vector<FieldSpec>& annotationFields() {
    static const std::vector<FieldSpec> fields = {
        {"name", FieldType::String, true},
        {"other_names", FieldType::StringArray, true},
        {"keywords", FieldType::StringArray, false},
        {"layer", FieldType::Integer, true},
        {"system", FieldType::String, true},
        {"summary", FieldType::String, true},
        {"related_structures", FieldType::StringArray, true},
        {"related_motions", FieldType::StringArray, false},
        {"sources", FieldType::StringArray, true},
        {"student", FieldType::Table, true},
        {"clinical", FieldType::Table, false},
    };
    return fields;
}

const std::vector<SectionSpec>& studentSections() {
    static const std::vector<SectionSpec> sections = {
        {"structure", "Structure"},
        {"origin", "Origin"},
        {"insertion", "Insertion"},
        {"action", "Action"},
        {"innervation", "Nerve supply"},
        {"blood_supply", "Blood supply"},
        {"roots", "Roots"},
        {"course", "Course"},
        {"supplies", "What it supplies"},
        {"relations", "Relations"},
        {"features", "Features"},
        {"attachments", "Attachments"},
        {"articulations", "Joints"},
        {"function", "Function"},
        {"surface_anatomy", "Surface anatomy"},
        {"variations", "Variations"},
    };
    return sections;
}

const std::vector<SectionSpec>& clinicalSections() {
    static const std::vector<SectionSpec> sections = {
        {"notes", "Clinical notes"},
        {"pain", "Where pain is felt"},
        {"causes", "Common causes"},
        {"signs", "Signs and tests"},
        {"imbalance", "What an imbalance does"},
        {"helps", "What helps"},
        {"therapist", "How a therapist works here"},
        {"myths", "Myths and facts"},
    };
    return sections;
}

std::string_view fieldTypeName(FieldType type) {
    switch (type) {
    case FieldType::String: return "string";
    case FieldType::Integer: return "integer";
    case FieldType::StringArray: return "list of strings";
    case FieldType::Table: return "table";
    }
    return "?";
}

std::vector<std::vector<std::string_view>> requiredStudentSections(std::string_view system) {
    if (system == "muscular")  // a muscle, or a ligament described by its attachments
        return {{"origin", "insertion", "action", "innervation", "blood_supply"}, {"attachments"}};
    if (system == "nervous") return {{"roots", "course", "supplies"}};
    if (system == "vascular") return {{"course", "relations"}};
    if (system == "digestive" || system == "urinary") return {{"relations"}};
    return {};
}

} // namespace dc
