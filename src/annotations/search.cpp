#include "annotations/search.h"

#include <algorithm>
#include <map>

namespace dc {

namespace {

bool isWordByte(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

// A word folded for matching: lower case, one trailing plural 's' dropped.
std::string foldWord(std::string w) {
    for (char& c : w)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's') w.pop_back();
    return w;
}

std::vector<std::string> words(std::string_view text) {
    std::vector<std::string> out;
    size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && !isWordByte(static_cast<unsigned char>(text[i]))) ++i;
        size_t start = i;
        while (i < text.size() && isWordByte(static_cast<unsigned char>(text[i]))) ++i;
        if (i > start) out.push_back(foldWord(std::string(text.substr(start, i - start))));
    }
    return out;
}

// Does text word `w` match query word `q`? The last query word may be a prefix.
bool wordMatches(const std::string& w, const std::string& q, bool isLast) {
    if (w == q) return true;
    return isLast && w.size() > q.size() && w.compare(0, q.size(), q) == 0;
}

// How the query words sit in a word list.
struct Fit {
    bool equal = false;      // same words, same order, same count
    bool prefix = false;     // the query words start the list
    bool allWords = false;   // every query word occurs somewhere
    int phraseCount = 0;     // times the query occurs as a contiguous phrase
    int wordsHit = 0;        // distinct query words that occur
};

Fit fit(const std::vector<std::string>& text, const std::vector<std::string>& q) {
    Fit f;
    const size_t n = q.size();
    if (n == 0) return f;
    auto phraseAt = [&](size_t pos) {
        if (pos + n > text.size()) return false;
        for (size_t k = 0; k < n; ++k)
            if (!wordMatches(text[pos + k], q[k], k + 1 == n)) return false;
        return true;
    };
    f.prefix = phraseAt(0);
    f.equal = f.prefix && text.size() == n && text.back() == q.back();
    for (size_t pos = 0; pos + n <= text.size(); ++pos)
        if (phraseAt(pos)) ++f.phraseCount;
    for (size_t k = 0; k < n; ++k) {
        bool hit = false;
        for (const auto& w : text) hit = hit || wordMatches(w, q[k], k + 1 == n);
        if (hit) ++f.wordsHit;
    }
    f.allWords = f.wordsHit == static_cast<int>(n);
    return f;
}

struct Best {
    int score = 0;
    SearchField field = SearchField::Name;
    std::string matched;
    void offer(int s, SearchField fieldIn, const std::string& what) {
        if (s > score) {
            score = s;
            field = fieldIn;
            matched = what;
        }
    }
};

void scoreName(Best& best, const std::string& name, const std::vector<std::string>& q) {
    Fit f = fit(words(name), q);
    if (f.equal) best.offer(1000, SearchField::Name, name);
    else if (f.prefix) best.offer(900, SearchField::Name, name);
    else if (f.allWords) best.offer(600, SearchField::Name, name);
}

void scoreSynonym(Best& best, const std::string& synonym, SearchField field, const std::vector<std::string>& q) {
    Fit f = fit(words(synonym), q);
    if (f.equal) best.offer(800, field, synonym);
    else if (f.prefix) best.offer(700, field, synonym);
    else if (f.phraseCount > 0) best.offer(550, field, synonym);
    else if (f.allWords) best.offer(500, field, synonym);
}

// Phrase hits and word hits in a block of text, accumulated over its sections.
struct TextScore {
    int phrases = 0;
    int wordsHit = 0;
    std::string firstPhraseIn;  // title of the first section with a phrase hit
};

void scoreText(TextScore& t, const std::string& title, const std::string& text, const std::vector<std::string>& q) {
    Fit f = fit(words(text), q);
    if (f.phraseCount > 0 && t.firstPhraseIn.empty()) t.firstPhraseIn = title;
    t.phrases += f.phraseCount;
    t.wordsHit = std::max(t.wordsHit, f.wordsHit);
}

std::string atlasBaseName(const StructureInfo& s) {
    std::string n = s.name;
    for (const char* suffix : {" (left)", " (right)"}) {
        std::string sfx(suffix);
        if (n.size() > sfx.size() && n.compare(n.size() - sfx.size(), sfx.size(), sfx) == 0)
            return n.substr(0, n.size() - sfx.size());
    }
    return n;
}

Best scoreAnnotation(const Annotation& a, const std::vector<std::string>& q) {
    Best best;
    scoreName(best, a.name, q);
    for (const auto& n : a.otherNames) scoreSynonym(best, n, SearchField::OtherName, q);
    for (const auto& k : a.keywords) scoreSynonym(best, k, SearchField::Keyword, q);

    TextScore patient;  // summary and clinical notes: what patients and therapists ask about
    scoreText(patient, "Summary", a.patientSummary, q);
    for (const auto& s : a.clinical) scoreText(patient, s.title, s.text, q);
    // Among synonym matches, the notes that discuss the query most rank first.
    if (best.score > 0 && best.score < 900) best.score += std::min(patient.phrases, 49);
    if (best.score > 0) return best;
    TextScore student;
    for (const auto& s : a.studentDetail) scoreText(student, s.title, s.text, q);

    const int cap = 99;
    if (patient.phrases > 0) {
        bool inSummary = patient.firstPhraseIn == "Summary";
        best.offer(300 + std::min(patient.phrases, cap), inSummary ? SearchField::Summary : SearchField::Clinical,
                   patient.firstPhraseIn);
    }
    if (student.phrases > 0)
        best.offer(200 + std::min(student.phrases, cap), SearchField::Student, student.firstPhraseIn);
    const int n = static_cast<int>(q.size());
    if (best.score == 0 && std::max(patient.wordsHit, student.wordsHit) == n) {
        // Every word occurs, though not together and maybe not in one section.
        bool fromPatient = patient.wordsHit == n;
        best.offer(100 + n, fromPatient ? SearchField::Clinical : SearchField::Student, "");
    }
    return best;
}

} // namespace

std::string_view searchFieldName(SearchField field) {
    switch (field) {
    case SearchField::Name: return "name";
    case SearchField::OtherName: return "other name";
    case SearchField::Keyword: return "keyword";
    case SearchField::Summary: return "summary";
    case SearchField::Clinical: return "clinical notes";
    case SearchField::Student: return "student detail";
    }
    return "?";
}

std::vector<SearchHit> searchStructures(const AnnotationIndex& index, const std::vector<StructureInfo>& atlas,
                                        std::string_view query, std::size_t maxHits) {
    const std::vector<std::string> q = words(query);
    if (q.empty() || maxHits == 0) return {};

    // Atlas stems in atlas order with their ids.
    std::vector<std::string> stems;
    std::map<std::string, std::vector<const StructureInfo*>> idsOf;
    for (const auto& s : atlas) {
        std::string stem = stemOf(s.id);
        auto& list = idsOf[stem];
        if (list.empty()) stems.push_back(stem);
        list.push_back(&s);
    }

    std::vector<SearchHit> hits;
    for (const std::string& stem : stems) {
        auto& structures = idsOf[stem];
        std::stable_sort(structures.begin(), structures.end(), [](const StructureInfo* a, const StructureInfo* b) {
            return static_cast<int>(a->side) < static_cast<int>(b->side);  // none, left, right
        });
        const Annotation* a = index.forStructure(stem);
        std::string name = a ? a->name : atlasBaseName(*structures.front());
        Best best;
        if (a) best = scoreAnnotation(*a, q);
        else scoreName(best, name, q);
        if (best.score == 0) continue;
        SearchHit hit;
        hit.stem = stem;
        for (const auto* s : structures) hit.ids.push_back(s->id);
        hit.name = name;
        hit.score = best.score;
        hit.field = best.field;
        hit.matched = best.matched;
        hits.push_back(std::move(hit));
    }
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit& x, const SearchHit& y) {
        if (x.score != y.score) return x.score > y.score;
        if (x.name.size() != y.name.size()) return x.name.size() < y.name.size();
        return x.name < y.name;
    });
    if (hits.size() > maxHits) hits.resize(maxHits);
    return hits;
}

} // namespace dc
