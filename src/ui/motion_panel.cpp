#include "ui/motion_panel.h"

#include <algorithm>
#include <cmath>

#include <imgui.h>

namespace dc::ui {

glm::vec3 lengthColour(float ratio) {
    // -20 % and shorter: deep blue; rest: pale; +5 % and longer: orange-red.
    const glm::vec3 shortC(0.15f, 0.35f, 0.85f), restC(0.85f, 0.82f, 0.78f), longC(0.95f, 0.40f, 0.10f);
    if (ratio < 1.0f) {
        float t = std::clamp((1.0f - ratio) / 0.20f, 0.0f, 1.0f);
        return restC + (shortC - restC) * t;
    }
    float t = std::clamp((ratio - 1.0f) / 0.05f, 0.0f, 1.0f);
    return restC + (longC - restC) * t;
}

MotionRequests motionPanel(const MotionPanelModel& m) {
    MotionRequests req;
    if (!m.clips || m.clips->empty()) {
        ImGui::TextWrapped("No movements found.");
        return req;
    }
    const char* preview = m.current ? m.current->title.c_str() : "Choose a movement...";
    if (ImGui::BeginCombo("##motion", preview)) {
        for (const auto& c : *m.clips)
            if (ImGui::Selectable(c.title.c_str(), m.current && m.current->name == c.name)) req.play = c.name;
        ImGui::EndCombo();
    }
    if (!m.current) return req;
    if (ImGui::Button(m.playing ? "Pause" : "Play")) req.togglePlay = true;
    ImGui::SameLine();
    if (ImGui::Button("Stop")) req.stop = true;
    ImGui::SameLine();
    if (m.loop) ImGui::Checkbox("Loop", m.loop);
    float t = static_cast<float>(m.time);
    ImGui::SetNextItemWidth(-1);
    if (ImGui::SliderFloat("##time", &t, 0.0f, static_cast<float>(m.current->duration), "%.1f s")) req.seek = t;
    if (m.speed) {
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
        ImGui::SliderFloat("Speed", m.speed, 0.25f, 2.0f, "%.2fx");
    }
    if (m.colourByLength) ImGui::Checkbox("Colour muscles by length", m.colourByLength);
    if (m.colourByLength && *m.colourByLength) {
        ImGui::TextColored(ImVec4(0.3f, 0.5f, 1.0f, 1), "shortened");
        ImGui::SameLine();
        ImGui::TextColored(ImVec4(0.85f, 0.82f, 0.78f, 1), "rest");
        ImGui::SameLine();
        ImGui::TextColored(ImVec4(1.0f, 0.5f, 0.2f, 1), "stretched");
    }
    if (!m.current->summary.empty()) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextDisabled("%s", m.current->summary.c_str());
        ImGui::PopTextWrapPos();
    }
    if (m.pose) {
        ImGui::Text("Hip flexion  left %+.0f°  right %+.0f°", static_cast<double>(m.pose->hipFlexion[0]),
                    static_cast<double>(m.pose->hipFlexion[1]));
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("Thigh against pelvis. A pelvis tilted back adds to how far the thigh\n"
                              "rises from standing: left %+.0f°, right %+.0f°.",
                              static_cast<double>(m.pose->hipFlexion[0] - m.pose->pelvicTilt),
                              static_cast<double>(m.pose->hipFlexion[1] - m.pose->pelvicTilt));
        ImGui::Text("Pelvic tilt %+.0f°   lumbar flexion %+.0f°", static_cast<double>(m.pose->pelvicTilt),
                    static_cast<double>(m.pose->lumbarFlexion));
    }
    if (m.selectedMuscle) {
        const auto& mu = *m.selectedMuscle;
        ImGui::Separator();
        ImGui::Text("%s", m.selectedName.c_str());
        float pct = (mu.ratio - 1.0f) * 100.0f;
        ImGui::Text("Length %.1f cm   %+.1f %% vs standing", static_cast<double>(mu.length * 100.0f),
                    static_cast<double>(pct));
        glm::vec3 c = lengthColour(mu.ratio);
        ImGui::TextColored(ImVec4(c.r, c.g, c.b, 1.0f), "%s", motion::lengthWord(mu.ratio));
    } else if (!m.selectedName.empty()) {
        ImGui::TextDisabled("Select a muscle that crosses the hip or low back to see its length.");
    }
    for (const auto& p : m.problems) ImGui::TextColored(ImVec4(1.0f, 0.8f, 0.4f, 1.0f), "%s", p.c_str());
    return req;
}

void motionCaption(const std::string& text, float bottomMargin) {
    if (text.empty()) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    float width = std::min(vp->WorkSize.x * 0.6f, ImGui::GetFontSize() * 40.0f);
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y - bottomMargin),
                            ImGuiCond_Always, ImVec2(0.5f, 1.0f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, vp->WorkSize.y * 0.3f));
    ImGui::SetNextWindowBgAlpha(0.75f);
    ImGui::Begin("##caption", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoInputs |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::End();
}

} // namespace dc::ui
