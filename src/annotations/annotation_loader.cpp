#include "annotations/annotation_loader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "anatomy/structure_info.h"
#include "annotations/annotation_parser.h"

namespace fs = std::filesystem;

namespace dc {

std::vector<std::string> annotationFilesIn(const std::string& dir) {
    std::vector<std::string> files;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code typeEc;
        if (!it->is_regular_file(typeEc)) continue;
        if (it->path().extension() == ".toml") files.push_back(it->path().string());
    }
    std::sort(files.begin(), files.end());
    return files;
}

AnnotationLoad loadAnnotations(const std::string& dir) {
    AnnotationLoad load;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
        load.errors.push_back(makeError(dir, 0, "annotation directory not found"));
        return load;
    }
    for (const std::string& path : annotationFilesIn(dir)) {
        std::error_code sizeEc;
        auto size = fs::file_size(path, sizeEc);
        if (!sizeEc && size > kMaxAnnotationFileBytes) {
            load.errors.push_back(makeError(path, 1, "file is too large (" + std::to_string(size) +
                                                         " bytes; the limit is 1 MB)"));
            continue;
        }
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            load.errors.push_back(makeError(path, 0, "cannot open file"));
            continue;
        }
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        AnnotationParse parsed = parseAnnotationFull(text, path);
        if (parsed.annotation) load.annotations.push_back(std::move(*parsed.annotation));
        for (auto& e : parsed.errors) load.errors.push_back(std::move(e));
    }
    std::sort(load.annotations.begin(), load.annotations.end(),
              [](const Annotation& a, const Annotation& b) { return a.key < b.key; });
    return load;
}

AnnotationIndex::AnnotationIndex(std::vector<Annotation> annotations) : m_annotations(std::move(annotations)) {
    for (size_t i = 0; i < m_annotations.size(); ++i) m_byKey.emplace(m_annotations[i].key, i);
}

const Annotation* AnnotationIndex::forStructure(std::string_view id) const {
    auto it = m_byKey.find(std::string(id));
    if (it == m_byKey.end()) it = m_byKey.find(stemOf(id));
    return it == m_byKey.end() ? nullptr : &m_annotations[it->second];
}

} // namespace dc
