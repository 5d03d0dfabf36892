#include "ui/label_overlay.h"

#include <algorithm>

#include <imgui.h>

namespace dc::ui {

namespace {
std::optional<glm::vec2> project(const glm::mat4& vp, glm::vec3 p, glm::vec2 viewport) {
    glm::vec4 c = vp * glm::vec4(p, 1.0f);
    if (c.w <= 1e-6f) return std::nullopt;
    glm::vec3 ndc = glm::vec3(c) / c.w;
    return glm::vec2((ndc.x * 0.5f + 0.5f) * viewport.x, (0.5f - ndc.y * 0.5f) * viewport.y);
}
} // namespace

LabelAnchors findLabelAnchors(const Atlas& atlas, const ViewState& view, const Picker& picker, glm::vec3 eye,
                              size_t neighbours) {
    return visibleLabelAnchors(picker, atlas, view, eye, neighbours);
}

std::vector<PlacedLabel> layoutLabelsOnScreen(const Atlas& atlas, const ViewState& view, const LabelAnchors& anchors,
                                              const LabelFrame& f) {
    float modelLeft = 1e9f, modelRight = -1e9f;
    // The model's screen extent from the corners of the visible structures' boxes.
    for (StructureId id = 0; id < atlas.size(); ++id) {
        if (view.appearance(id).opacity <= 0.0f) continue;
        const Bounds& b = atlas.at(id).bounds;
        for (int k = 0; k < 8; ++k) {
            glm::vec3 c((k & 1) ? b.max.x : b.min.x, (k & 2) ? b.max.y : b.min.y, (k & 4) ? b.max.z : b.min.z);
            if (auto s = project(f.viewProjection, c, f.viewport)) {
                modelLeft = std::min(modelLeft, s->x);
                modelRight = std::max(modelRight, s->x);
            }
        }
    }
    if (modelLeft > modelRight) return {};
    std::vector<LabelCandidate> cands;
    float pad = ImGui::GetStyle().FramePadding.x;
    for (size_t i = 0; i < anchors.size(); ++i) {
        auto [id, point] = anchors[i];
        auto s = project(f.viewProjection, point, f.viewport);
        if (!s || s->x < f.area.min.x || s->y < f.area.min.y || s->x > f.area.max.x || s->y > f.area.max.y) continue;
        bool isSelection = view.selected() && *view.selected() == id;
        const std::string& name = atlas.at(id).info.name;
        ImVec2 ts = ImGui::CalcTextSize(name.c_str());
        cands.push_back({id, name, *s, {ts.x + 2 * pad, ts.y + pad}, isSelection ? 1e6f : float(anchors.size() - i)});
    }
    return layoutLabels(std::move(cands), f.area, std::max(modelLeft, f.area.min.x),
                        std::min(modelRight, f.area.max.x));
}

void drawLabels(const std::vector<PlacedLabel>& labels, std::optional<StructureId> selected) {
    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    float pad = ImGui::GetStyle().FramePadding.x;
    for (const auto& l : labels) {
        bool sel = selected && *selected == l.id;
        ImU32 line = sel ? IM_COL32(255, 214, 90, 255) : IM_COL32(235, 235, 235, 210);
        ImU32 bg = sel ? IM_COL32(60, 48, 12, 230) : IM_COL32(20, 22, 28, 200);
        ImVec2 a(l.anchor.x, l.anchor.y), e(l.leaderEnd.x, l.leaderEnd.y);
        dl->AddLine(a, e, IM_COL32(0, 0, 0, 160), 3.0f);
        dl->AddLine(a, e, line, 1.5f);
        dl->AddCircleFilled(a, 3.0f, line);
        ImVec2 tl(l.topLeft.x, l.topLeft.y), br(l.topLeft.x + l.size.x, l.topLeft.y + l.size.y);
        dl->AddRectFilled(tl, br, bg, 3.0f);
        dl->AddRect(tl, br, line, 3.0f);
        dl->AddText(ImVec2(tl.x + pad, tl.y + pad * 0.5f), IM_COL32(245, 245, 245, 255), l.text.c_str());
    }
}

} // namespace dc::ui
