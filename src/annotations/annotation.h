// Annotation: the text content for one structure, as read from one file under
// annotations/ (docs/annotations.md describes the file format).
//
// One annotation per structure *stem*: paired structures share one file, keyed
// by the id without its side ("psoas_major" covers psoas_major_left and
// psoas_major_right). The viewer shows the name and patient summary first,
// then the student detail and clinical notes as titled sections, then the
// related structures and motions as links.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace dc {

struct Annotation {
    // One titled block of text ("Origin", "Where pain is felt", ...). `key` is
    // the TOML key it came from ("origin", "pain"), `title` its display title.
    struct Section {
        std::string key;
        std::string title;
        std::string text;   // plain text; list values are joined as "- item" lines
        int line = 0;       // source line of the key
    };

    std::string key;   // structure stem, taken from the file name ("psoas_major")
    std::string file;  // the path the annotation was read from (for messages)

    std::string name;                     // display name without side
    std::vector<std::string> otherNames;  // Latin and common names, shown and searched
    std::vector<std::string> keywords;    // searched, not shown ("hip flexor", "back pain")
    int layer = 0;                        // depth layer 0..6 (must agree with the atlas)
    std::string system;                   // dc::systemName() spelling, e.g. "muscular"

    std::string patientSummary;           // plain language, for patients
    std::vector<Section> studentDetail;   // in schema order (annotation_schema.h)
    std::vector<Section> clinical;        // in schema order; may be empty

    std::vector<std::string> relatedStructures;  // stems or full ids
    std::vector<std::string> relatedMotions;     // motion names ("hip_flexion")
    std::vector<std::string> sources;            // references, one string each

    // Source line of each field for messages: "layer", "system",
    // "related_structures[0]", "related_motions[2]", "student", "clinical" ...
    // Fields that are absent have no entry.
    std::map<std::string, int> lines;

    // The line of `field`, or 1 when it is unknown.
    int lineOf(const std::string& field) const {
        auto it = lines.find(field);
        return it == lines.end() ? 1 : it->second;
    }
    // The section with this key in studentDetail or clinical, or nullptr.
    const Section* section(const std::string& sectionKey) const {
        for (const auto& s : studentDetail)
            if (s.key == sectionKey) return &s;
        for (const auto& s : clinical)
            if (s.key == sectionKey) return &s;
        return nullptr;
    }
};

} // namespace dc
