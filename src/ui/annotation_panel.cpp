#include <imgui.h>

#include "annotations/search.h"
#include "ui/panels.h"

namespace dc::ui {

namespace {

void sectionList(const std::vector<Annotation::Section>& sections, bool open) {
    for (const auto& s : sections) {
        if (s.text.empty()) continue;
        if (ImGui::CollapsingHeader(s.title.c_str(), open ? ImGuiTreeNodeFlags_DefaultOpen : 0)) {
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextUnformatted(s.text.c_str());
            ImGui::PopTextWrapPos();
        }
    }
}

std::vector<StructureId> idsFor(const Atlas& atlas, const std::string& stemOrId) {
    std::vector<StructureId> out;
    if (auto id = atlas.find(stemOrId)) out.push_back(*id);
    for (const char* side : {"_left", "_right"})
        if (auto id = atlas.find(stemOrId + side)) out.push_back(*id);
    return out;
}

} // namespace

void annotationPanel(UiModel& m, StructureId id, UiRequests& req) {
    const Structure& s = m.atlas->at(id);
    const Annotation* a = m.annotations ? m.annotations->forStructure(s.info.id) : nullptr;
    if (!a) {
        ImGui::TextDisabled("No notes for this structure.");
        return;
    }
    if (!a->otherNames.empty()) {
        std::string names;
        for (const auto& n : a->otherNames) names += (names.empty() ? "" : ", ") + n;
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextDisabled("Also: %s", names.c_str());
        ImGui::PopTextWrapPos();
    }
    if (m.studentMode) {
        int mode = *m.studentMode ? 1 : 0;
        ImGui::RadioButton("Patient", &mode, 0);
        ImGui::SameLine();
        ImGui::RadioButton("Student", &mode, 1);
        *m.studentMode = mode == 1;
    }
    ImGui::Separator();
    bool student = m.studentMode && *m.studentMode;
    ImGui::PushTextWrapPos(0.0f);
    if (!student) ImGui::TextUnformatted(a->patientSummary.c_str());
    ImGui::PopTextWrapPos();
    if (student) sectionList(a->studentDetail, true);
    sectionList(a->clinical, false);

    if (!a->relatedStructures.empty() && ImGui::CollapsingHeader("Related structures")) {
        for (const auto& r : a->relatedStructures) {
            auto ids = idsFor(*m.atlas, r);
            if (ids.empty()) continue;
            const Annotation* ra = m.annotations->forStructure(r);
            std::string label = (ra ? ra->name : m.atlas->at(ids[0]).info.name) + "##rel" + r;
            if (ImGui::SmallButton(label.c_str())) req.selectAndFrame = ids;
        }
    }
    if (!a->relatedMotions.empty() && ImGui::CollapsingHeader("Related movements")) {
        for (const auto& mo : a->relatedMotions) {
            std::string label = mo + "##mot";
            for (auto& c : label)
                if (c == '_') c = ' ';
            if (ImGui::SmallButton(label.c_str())) req.playMotion = mo;
        }
    }
    if (student && !a->sources.empty() && ImGui::CollapsingHeader("Sources")) {
        ImGui::PushTextWrapPos(0.0f);
        for (const auto& src : a->sources) ImGui::BulletText("%s", src.c_str());
        ImGui::PopTextWrapPos();
    }
}

void searchBox(UiModel& m, UiRequests& req) {
    if (!m.searchText || !m.annotations) return;
    char buf[128] = {};
    m.searchText->copy(buf, sizeof(buf) - 1);
    ImGui::SetNextItemWidth(-1);
    if (ImGui::InputTextWithHint("##search", "Search: psoas, hip flexor, back pain...", buf, sizeof(buf)))
        *m.searchText = buf;
    if (m.searchText->empty()) return;
    std::vector<StructureInfo> infos;
    infos.reserve(m.atlas->size());
    for (const auto& s : m.atlas->structures()) infos.push_back(s.info);
    auto hits = searchStructures(*m.annotations, infos, *m.searchText, 8);
    if (hits.empty()) ImGui::TextDisabled("No structure matches.");
    for (const auto& h : hits) {
        std::string label = h.name + "##hit" + h.stem;
        if (ImGui::Selectable(label.c_str())) {
            for (const auto& id : h.ids)
                if (auto sid = m.atlas->find(id)) req.selectAndFrame.push_back(*sid);
        }
        if (h.field != SearchField::Name && ImGui::IsItemHovered())
            ImGui::SetTooltip("matched %s: %s", std::string(searchFieldName(h.field)).c_str(), h.matched.c_str());
    }
}

} // namespace dc::ui
