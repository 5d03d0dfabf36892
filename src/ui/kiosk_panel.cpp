#include "ui/kiosk_panel.h"

#include <algorithm>

#include <imgui.h>

#include "ui/panels.h"

namespace dc::ui {

const std::vector<Story>& kioskStories() {
    static const std::vector<Story> stories = {
        {"Low back", "quadratus_lumborum_left", 4, View::Anterior},
        {"Hip flexors", "psoas_major_left", 4, View::Anterior},
        {"Groin", "ilioinguinal_nerve_left", 4, View::Anterior},
        {"Front of the thigh", "femoral_nerve_left", 4, View::Anterior},
        {"Sciatic nerve", "sciatic_nerve_left", 4, View::Posterior},
        {"Spine and pelvis", "l4_vertebra", 6, View::Anterior},
    };
    return stories;
}

void applyKioskStyle(float scale) {
    // Large type and generous padding: every button is at least 48 px tall at 1080p.
    applyStyle(scale * 1.5f);
    ImGuiStyle& s = ImGui::GetStyle();
    s.FramePadding = ImVec2(14.0f * scale, 12.0f * scale);
    s.ItemSpacing = ImVec2(10.0f * scale, 10.0f * scale);
    s.GrabMinSize = 40.0f * scale;
    s.ScrollbarSize = 28.0f * scale;
    s.TouchExtraPadding = ImVec2(4.0f * scale, 4.0f * scale);
}

KioskRequests drawKioskPanels(const KioskPanelModel& m) {
    KioskRequests req;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    float pad = ImGui::GetFontSize() * 0.5f;
    float width = std::min(ImGui::GetFontSize() * 13.0f, vp->WorkSize.x * 0.3f);
    float buttonH = std::max(48.0f, ImGui::GetFrameHeight());
    ImGuiWindowFlags fixed = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                             ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoTitleBar;

    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + pad, vp->WorkPos.y + pad), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(width, vp->WorkSize.y - 2 * pad), ImGuiCond_Always);
    ImGui::Begin("##kiosk-left", nullptr, fixed);
    ImGui::TextWrapped("Touch a topic, or touch the body to learn about it.");
    for (const auto& s : kioskStories())
        if (ImGui::Button(s.label, ImVec2(-1, buttonH))) req.story = s;
    ImGui::Separator();
    ImGui::TextUnformatted("Look deeper");
    int peel = m.view->peel();
    ImGui::SetNextItemWidth(-1);
    if (ImGui::SliderInt("##peel", &peel, 0, 6, "")) m.view->setPeel(peel);
    static const char* layerNames[] = {"Skin", "Belly wall", "Organs", "Behind the organs", "Deep muscles",
                                       "Nerves", "Bones"};
    ImGui::TextDisabled("Showing from: %s", layerNames[std::clamp(peel, 0, 6)]);
    ImGui::Separator();
    ImGui::TextUnformatted("Movements");
    if (m.clips)
        for (const auto& c : *m.clips) {
            bool on = m.current && m.current->name == c.name;
            if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
            if (ImGui::Button(c.title.c_str(), ImVec2(-1, buttonH))) {
                if (on) req.stopMotion = true;
                else req.playMotion = c.name;
            }
            if (on) ImGui::PopStyleColor();
        }
    ImGui::Separator();
    if (ImGui::Button("Start again", ImVec2(-1, buttonH))) req.home = true;
    ImGui::End();

    if (auto sel = m.view->selected()) {
        float rw = std::min(ImGui::GetFontSize() * 16.0f, vp->WorkSize.x * 0.3f);
        ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x - rw - pad, vp->WorkPos.y + pad), ImGuiCond_Always);
        ImGui::SetNextWindowSizeConstraints(ImVec2(rw, 0), ImVec2(rw, vp->WorkSize.y - 2 * pad));
        ImGui::Begin("##kiosk-right", nullptr, fixed | ImGuiWindowFlags_AlwaysAutoResize);
        const Annotation* a = m.annotations ? m.annotations->forStructure(m.atlas->at(*sel).info.id) : nullptr;
        ImGui::TextWrapped("%s", a ? a->name.c_str() : m.atlas->at(*sel).info.name.c_str());
        ImGui::Separator();
        if (a) {
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextUnformatted(a->patientSummary.c_str());
            ImGui::PopTextWrapPos();
        }
        if (ImGui::Button("Close", ImVec2(-1, buttonH))) m.view->select(std::nullopt);
        ImGui::End();
    }
    return req;
}

void drawAttractOverlay(const std::string& title, const std::string& caption) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    float width = std::min(vp->WorkSize.x * 0.8f, ImGui::GetFontSize() * 36.0f);
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.95f),
                            ImGuiCond_Always, ImVec2(0.5f, 1.0f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, vp->WorkSize.y * 0.4f));
    ImGui::SetNextWindowBgAlpha(0.8f);
    ImGui::Begin("##attract", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoInputs |
                     ImGuiWindowFlags_NoSavedSettings);
    if (!title.empty()) ImGui::TextDisabled("%s", title.c_str());
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(caption.c_str());
    ImGui::PopTextWrapPos();
    ImGui::Separator();
    ImGui::TextColored(ImVec4(1.0f, 0.85f, 0.4f, 1.0f), "Touch the screen to explore");
    ImGui::End();
}

} // namespace dc::ui
