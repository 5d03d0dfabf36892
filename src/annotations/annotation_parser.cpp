#include "annotations/annotation_parser.h"

#include <filesystem>

#include <toml++/toml.h>

#include "anatomy/structure_info.h"
#include "annotations/annotation_schema.h"
#include "core/text.h"

namespace dc {

namespace {

int lineOfNode(const toml::node& node) {
    int line = static_cast<int>(node.source().begin.line);
    return line > 0 ? line : 1;
}

std::string_view tomlTypeName(const toml::node& node) {
    switch (node.type()) {
    case toml::node_type::string: return "a string";
    case toml::node_type::integer: return "an integer";
    case toml::node_type::floating_point: return "a number";
    case toml::node_type::boolean: return "true/false";
    case toml::node_type::array: return "a list";
    case toml::node_type::table: return "a table";
    case toml::node_type::date:
    case toml::node_type::time:
    case toml::node_type::date_time: return "a date or time";
    default: return "nothing";
    }
}

std::string joinKeys(const std::vector<SectionSpec>& specs) {
    std::string s;
    for (const auto& spec : specs) {
        if (!s.empty()) s += ", ";
        s += spec.key;
    }
    return s;
}

std::string joinFieldKeys() {
    std::string s;
    for (const auto& f : annotationFields()) {
        if (!s.empty()) s += ", ";
        s += f.key;
    }
    return s;
}

std::string knownSystems() {
    std::string s;
    for (int i = 0; i < kSystemCount; ++i) {
        if (!s.empty()) s += ", ";
        s += systemName(static_cast<System>(i));
    }
    return s;
}

// The 1-based line holding the first byte that is not valid UTF-8 (0 if none).
int firstInvalidUtf8Line(std::string_view text) {
    int line = 1;
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        if (!isValidUtf8(text.substr(start, end - start))) return line;
        ++line;
        start = end + 1;
    }
    return 0;
}

// Collects problems for one file.
class Reader {
public:
    Reader(std::string file, std::vector<Error>& errors) : m_file(std::move(file)), m_errors(errors) {}

    void error(int line, std::string message) { m_errors.push_back(makeError(m_file, line, std::move(message))); }

    // A non-empty string value; `what` names it in messages.
    bool readString(const toml::node& node, const std::string& what, std::string& out) {
        const auto* s = node.as_string();
        if (!s) {
            error(lineOfNode(node), what + " must be a string, not " + std::string(tomlTypeName(node)));
            return false;
        }
        out = trim(s->get());
        if (out.empty()) {
            error(lineOfNode(node), what + " is empty");
            return false;
        }
        return true;
    }

    // A list of non-empty strings; records each element's line as what[i].
    bool readStringArray(const toml::node& node, const std::string& what, std::vector<std::string>& out,
                         Annotation& a) {
        const auto* arr = node.as_array();
        if (!arr) {
            error(lineOfNode(node),
                  what + " must be a list of strings, like [\"a\", \"b\"], not " + std::string(tomlTypeName(node)));
            return false;
        }
        bool ok = true;
        for (size_t i = 0; i < arr->size(); ++i) {
            const toml::node& el = *arr->get(i);
            std::string value;
            std::string elWhat = what + "[" + std::to_string(i) + "]";
            if (!readString(el, elWhat, value)) {
                ok = false;
                continue;
            }
            a.lines[elWhat] = lineOfNode(el);
            out.push_back(std::move(value));
        }
        return ok;
    }

    // A [student] or [clinical] table into sections in schema order.
    void readSections(const toml::table& table, const std::string& tableName, const std::vector<SectionSpec>& specs,
                      std::vector<Annotation::Section>& out) {
        for (auto&& [key, node] : table) {
            const std::string k(key.str());
            bool known = false;
            for (const auto& spec : specs) known = known || spec.key == k;
            if (!known) {
                int line = key.source().begin.line > 0 ? static_cast<int>(key.source().begin.line) : lineOfNode(node);
                error(line, "unknown key '" + k + "' in [" + tableName + "]; expected one of: " + joinKeys(specs));
            }
        }
        for (const auto& spec : specs) {
            const toml::node* node = table.get(spec.key);
            if (!node) continue;
            const std::string what = "'" + std::string(spec.key) + "' in [" + tableName + "]";
            Annotation::Section section{std::string(spec.key), std::string(spec.title), {}, lineOfNode(*node)};
            if (node->is_array()) {
                Annotation scratch;
                std::vector<std::string> items;
                if (!readStringArray(*node, what, items, scratch)) continue;
                if (items.empty()) {
                    error(lineOfNode(*node), what + " is an empty list");
                    continue;
                }
                for (const auto& item : items) {
                    if (!section.text.empty()) section.text += "\n";
                    section.text += "- " + normalizeAnnotationText(item);
                }
            } else {
                std::string text;
                if (!node->is_string()) {
                    error(lineOfNode(*node), what + " must be a string or a list of strings, not " +
                                                 std::string(tomlTypeName(*node)));
                    continue;
                }
                if (!readString(*node, what, text)) continue;
                section.text = normalizeAnnotationText(text);
            }
            out.push_back(std::move(section));
        }
    }

private:
    std::string m_file;
    std::vector<Error>& m_errors;
};

void readFields(const toml::table& root, Annotation& a, Reader& r) {
    // Unknown top-level keys: usually a typo, or a key written after a [table]
    // header that was meant to be top level.
    for (auto&& [key, node] : root) {
        const std::string k(key.str());
        bool known = false;
        for (const auto& f : annotationFields()) known = known || f.key == k;
        if (!known) {
            int line = key.source().begin.line > 0 ? static_cast<int>(key.source().begin.line) : lineOfNode(node);
            r.error(line, "unknown field '" + k + "'; expected one of: " + joinFieldKeys());
        }
    }

    for (const auto& spec : annotationFields()) {
        const std::string key(spec.key);
        const toml::node* node = root.get(spec.key);
        if (!node) {
            if (spec.required) r.error(1, "missing required field '" + key + "'");
            continue;
        }
        a.lines[key] = lineOfNode(*node);
        const std::string what = "field '" + key + "'";
        switch (spec.type) {
        case FieldType::String: {
            std::string value;
            if (!r.readString(*node, what, value)) break;
            if (key == "name") a.name = value;
            else if (key == "system") {
                if (!systemFromName(value)) {
                    r.error(lineOfNode(*node), "unknown system '" + value + "'; expected one of: " + knownSystems());
                    break;
                }
                a.system = value;
            } else if (key == "summary") a.patientSummary = normalizeAnnotationText(value);
            break;
        }
        case FieldType::Integer: {
            const auto* i = node->as_integer();
            if (!i) {
                r.error(lineOfNode(*node), what + " must be an integer, not " + std::string(tomlTypeName(*node)));
                break;
            }
            int64_t v = i->get();
            if (v < 0 || v >= kLayerCount) {
                r.error(lineOfNode(*node), what + " must be between 0 and " + std::to_string(kLayerCount - 1) +
                                               ", not " + std::to_string(v));
                break;
            }
            a.layer = static_cast<int>(v);
            break;
        }
        case FieldType::StringArray: {
            std::vector<std::string>* out = nullptr;
            if (key == "other_names") out = &a.otherNames;
            else if (key == "keywords") out = &a.keywords;
            else if (key == "related_structures") out = &a.relatedStructures;
            else if (key == "related_motions") out = &a.relatedMotions;
            else out = &a.sources;
            r.readStringArray(*node, key, *out, a);
            if (key == "sources" && node->is_array() && node->as_array()->empty())
                r.error(lineOfNode(*node), "field 'sources' is empty; give at least one reference");
            break;
        }
        case FieldType::Table: {
            const auto* t = node->as_table();
            if (!t) {
                r.error(lineOfNode(*node), what + " must be a table ([" + key + "]), not " +
                                               std::string(tomlTypeName(*node)));
                break;
            }
            if (key == "student") {
                r.readSections(*t, key, studentSections(), a.studentDetail);
                if (t->empty()) r.error(lineOfNode(*node), "[student] has no entries");
            } else {
                r.readSections(*t, key, clinicalSections(), a.clinical);
            }
            break;
        }
        }
    }
}

} // namespace

std::string normalizeAnnotationText(std::string_view text) {
    std::string out;
    bool paragraphBreak = false;  // a blank line since the last text
    for (const std::string& raw : split(text, '\n')) {
        std::string line = trim(raw);
        if (line.empty()) {
            paragraphBreak = !out.empty();
            continue;
        }
        if (!out.empty()) {
            if (paragraphBreak) out += "\n\n";
            else if (startsWith(line, "- ")) out += "\n";
            else out += " ";
        }
        out += line;
        paragraphBreak = false;
    }
    return out;
}

AnnotationParse parseAnnotationFull(std::string_view text, const std::string& fileName) {
    AnnotationParse result;
    Reader r(fileName, result.errors);

    if (text.size() > kMaxAnnotationFileBytes) {
        r.error(1, "file is too large (" + std::to_string(text.size()) + " bytes; the limit is 1 MB)");
        return result;
    }
    if (int bad = firstInvalidUtf8Line(text)) {
        r.error(bad, "file is not valid UTF-8 text (save it as UTF-8)");
        return result;
    }
    if (trim(text).empty()) {
        r.error(1, "file is empty");
        return result;
    }

    toml::table root;
    try {
        root = toml::parse(text, fileName);
    } catch (const toml::parse_error& e) {
        int line = static_cast<int>(e.source().begin.line);
        r.error(line > 0 ? line : 1, "TOML syntax error: " + std::string(e.description()));
        return result;
    }

    Annotation a;
    a.file = fileName;
    a.key = std::filesystem::path(fileName).stem().string();
    readFields(root, a, r);
    if (result.errors.empty()) result.annotation = std::move(a);
    return result;
}

Result<Annotation> parseAnnotation(std::string_view text, const std::string& fileName) {
    AnnotationParse p = parseAnnotationFull(text, fileName);
    if (!p.errors.empty()) return p.errors.front();
    return std::move(*p.annotation);
}

} // namespace dc
