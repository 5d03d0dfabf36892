#include "ui/panels.h"

#include <filesystem>

#include <imgui.h>

namespace dc::ui {

namespace {

const char* kPeelLabels[kLayerCount] = {"Nothing peeled", "Skin removed", "Wall removed", "Organs removed",
                                        "Vessels & kidneys removed", "Deep muscles removed", "Nerves removed"};

void layerPanel(UiModel& m, UiRequests& req) {
    ViewState& v = *m.view;
    ImGui::TextUnformatted("Peel");
    int peel = v.peel();
    ImGui::SetNextItemWidth(-1);
    if (ImGui::SliderInt("##peel", &peel, 0, kLayerCount - 1, kPeelLabels[peel])) v.setPeel(peel);
    bool ghost = v.ghostPeeled();
    if (ImGui::Checkbox("Show peeled layers as x-ray", &ghost)) v.setGhostPeeled(ghost);
    if (v.ghostPeeled()) {
        float a = v.ghostOpacity();
        ImGui::SetNextItemWidth(-1);
        if (ImGui::SliderFloat("##ghostopacity", &a, 0.05f, 0.6f, "x-ray strength %.2f")) v.setGhostOpacity(a);
    }
    ImGui::Separator();
    if (ImGui::CollapsingHeader("Layers", ImGuiTreeNodeFlags_DefaultOpen)) {
        for (int l = 0; l < kLayerCount; ++l) {
            bool on = v.layerEnabled(static_cast<Layer>(l));
            std::string label = std::to_string(l) + "  " + std::string(layerName(static_cast<Layer>(l)));
            if (ImGui::Checkbox(label.c_str(), &on)) v.setLayerEnabled(static_cast<Layer>(l), on);
        }
    }
    if (ImGui::CollapsingHeader("Systems")) {
        for (int s = 0; s < kSystemCount; ++s) {
            bool on = v.systemEnabled(static_cast<System>(s));
            if (ImGui::Checkbox(std::string(systemLabel(static_cast<System>(s))).c_str(), &on))
                v.setSystemEnabled(static_cast<System>(s), on);
        }
    }
    if (ImGui::CollapsingHeader("View", ImGuiTreeNodeFlags_DefaultOpen)) {
        const View views[] = {View::Anterior, View::Posterior, View::Left, View::Right, View::Superior, View::Inferior};
        const char* names[] = {"Front", "Back", "Left", "Right", "Top", "Bottom"};
        for (int i = 0; i < 6; ++i) {
            if (i % 3) ImGui::SameLine();
            if (ImGui::Button(names[i], ImVec2(ImGui::GetFontSize() * 4.2f, 0))) req.view = views[i];
        }
        if (m.fibres) ImGui::Checkbox("Muscle fibres", m.fibres);
        if (m.labels) {
            ImGui::SameLine();
            ImGui::Checkbox("Labels", m.labels);
        }
        if (ImGui::Button("Show everything")) {
            v.showAll();
            req.undoable = true;
        }
        if (m.canUndo) {
            ImGui::SameLine();
            if (ImGui::Button("Undo")) req.undo = true;
        }
    }
}

void selectionPanel(UiModel& m, UiRequests& req) {
    ViewState& v = *m.view;
    auto sel = v.selected();
    if (!sel) {
        ImGui::TextWrapped("Click a structure to select it. Drag to turn the model, right-drag or Shift-drag to move it, "
                           "scroll or pinch to zoom.");
        return;
    }
    const Structure& s = m.atlas->at(*sel);
    ImGui::PushFont(ImGui::GetIO().Fonts->Fonts.Size > 1 ? ImGui::GetIO().Fonts->Fonts[1] : ImGui::GetFont());
    ImGui::TextUnformatted(s.info.name.c_str());
    ImGui::PopFont();
    ImGui::TextDisabled("%s  |  %s", std::string(layerName(s.info.layer)).c_str(),
                        std::string(systemLabel(s.info.system)).c_str());
    if (ImGui::Button("Frame")) req.frameSelection = true;
    ImGui::SameLine();
    if (ImGui::Button("Hide")) {
        v.setMode(*sel, StructureMode::Hidden);
        v.select(std::nullopt);
        req.undoable = true;
        return;
    }
    ImGui::SameLine();
    if (ImGui::Button("X-ray")) {
        v.setMode(*sel, StructureMode::Ghosted);
        req.undoable = true;
    }
    ImGui::SameLine();
    if (ImGui::Button("Isolate")) {
        v.isolate({*sel});
        req.undoable = true;
    }
    annotationPanel(m, *sel, req);
}

} // namespace

void applyStyle(float scale) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    const char* font = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    std::error_code ec;
    if (std::filesystem::exists(font, ec)) {
        io.Fonts->AddFontFromFileTTF(font, 15.0f * scale);
        io.Fonts->AddFontFromFileTTF(font, 20.0f * scale); // headings
    } else {
        ImFontConfig cfg;
        cfg.SizePixels = 13.0f * scale;
        io.Fonts->AddFontDefault(&cfg);
    }
    ImGuiStyle style;
    ImGui::StyleColorsDark(&style);
    style.WindowRounding = 6.0f;
    style.FrameRounding = 4.0f;
    style.GrabRounding = 4.0f;
    style.WindowBorderSize = 0.0f;
    style.Colors[ImGuiCol_WindowBg].w = 0.86f;
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

UiRequests drawPanels(UiModel& m) {
    UiRequests req;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    float pad = ImGui::GetFontSize() * 0.6f;
    // The panel takes at most a third of a narrow window, so the model stays visible.
    float width = std::min(ImGui::GetFontSize() * 19.0f, vp->WorkSize.x * 0.34f);
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + pad, vp->WorkPos.y + pad), ImGuiCond_Always);
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, vp->WorkSize.y - 2 * pad));
    ImGui::Begin("Deepcore", nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse);
    searchBox(m, req);
    ImGui::Separator();
    layerPanel(m, req);
    if (m.motion && ImGui::CollapsingHeader("Movement", ImGuiTreeNodeFlags_DefaultOpen)) req.motion = motionPanel(*m.motion);
    ImGui::End();

    float selWidth = std::min(ImGui::GetFontSize() * 24.0f, vp->WorkSize.x * 0.34f);
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x - selWidth - pad, vp->WorkPos.y + pad), ImGuiCond_Always);
    ImGui::SetNextWindowSizeConstraints(ImVec2(selWidth, 0), ImVec2(selWidth, vp->WorkSize.y - 2 * pad));
    ImGui::Begin("Structure", nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse);
    selectionPanel(m, req);
    ImGui::End();
    req.freeLeft = vp->WorkPos.x + width + 2 * pad;
    req.freeRight = vp->WorkPos.x + vp->WorkSize.x - selWidth - 2 * pad;

    if (!m.notices.empty()) {
        ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + pad, vp->WorkPos.y + vp->WorkSize.y - pad), ImGuiCond_Always,
                                ImVec2(0, 1));
        ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(vp->WorkSize.x * 0.6f, vp->WorkSize.y * 0.3f));
        ImGui::Begin("Notices", nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_AlwaysAutoResize);
        for (const auto& n : m.notices) ImGui::TextColored(ImVec4(1.0f, 0.8f, 0.4f, 1.0f), "%s", n.c_str());
        ImGui::End();
    }

    // Status line, bottom right.
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x - pad, vp->WorkPos.y + vp->WorkSize.y - pad),
                            ImGuiCond_Always, ImVec2(1, 1));
    ImGui::SetNextWindowBgAlpha(0.35f);
    ImGui::Begin("##status", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoInputs |
                     ImGuiWindowFlags_NoSavedSettings);
    ImGui::Text("%.0f fps  |  %zu structures", static_cast<double>(m.fps), m.atlas->size());
    ImGui::End();
    return req;
}

} // namespace dc::ui
