#include "scene/view_state.h"

#include <algorithm>

namespace dc {

ViewState::ViewState(const Atlas& atlas) {
    for (const auto& s : atlas.structures()) {
        m_layerOf.push_back(s.info.layer);
        m_systemOf.push_back(s.info.system);
    }
    m_mode.assign(atlas.size(), StructureMode::Shown);
    m_isIsolated.assign(atlas.size(), false);
    m_layerOn.fill(true);
    m_systemOn.fill(true);
    m_layerFade.fill(1.0f);
}

void ViewState::setPeel(int peel) { m_peel = std::clamp(peel, 0, kLayerCount - 1); }

void ViewState::setMode(StructureId id, StructureMode mode) {
    if (id < m_mode.size()) m_mode[id] = mode;
}

void ViewState::isolate(std::vector<StructureId> ids) {
    std::fill(m_isIsolated.begin(), m_isIsolated.end(), false);
    ids.erase(std::remove_if(ids.begin(), ids.end(), [&](StructureId i) { return i >= m_mode.size(); }), ids.end());
    for (StructureId i : ids) m_isIsolated[i] = true;
    m_isolated = std::move(ids);
}

void ViewState::showAll() {
    std::fill(m_mode.begin(), m_mode.end(), StructureMode::Shown);
    isolate({});
    m_layerOn.fill(true);
    m_systemOn.fill(true);
}

void ViewState::restore(const VisibilitySnapshot& s) {
    if (s.modes.size() != m_mode.size()) return;
    m_mode = s.modes;
    isolate(s.isolated);
    m_layerOn = s.layerOn;
    m_systemOn = s.systemOn;
}

float ViewState::targetLayerFade(size_t layer) const {
    return static_cast<int>(layer) < m_peel ? 0.0f : 1.0f;
}

void ViewState::update(float dt) {
    float step = dt / kFadeSeconds;
    for (size_t l = 0; l < m_layerFade.size(); ++l) {
        float t = targetLayerFade(l);
        float& f = m_layerFade[l];
        f = f < t ? std::min(t, f + step) : std::max(t, f - step);
    }
}

void ViewState::finishFades() {
    for (size_t l = 0; l < m_layerFade.size(); ++l) m_layerFade[l] = targetLayerFade(l);
}

bool ViewState::animating() const {
    for (size_t l = 0; l < m_layerFade.size(); ++l)
        if (m_layerFade[l] != targetLayerFade(l)) return true;
    return false;
}

Appearance ViewState::appearance(StructureId id) const {
    Appearance a;
    if (id >= m_mode.size()) return {0.0f, false, false};
    auto layer = static_cast<size_t>(m_layerOf[id]);
    if (!m_layerOn[layer] || !m_systemOn[static_cast<size_t>(m_systemOf[id])] || m_mode[id] == StructureMode::Hidden)
        return {0.0f, false, false};

    bool isolatedOut = !m_isolated.empty() && !m_isIsolated[id];
    if (m_mode[id] == StructureMode::Ghosted || isolatedOut) return {m_ghostOpacity, true, false};

    float fade = m_layerFade[layer];
    if (fade >= 1.0f) return a;
    // Peeled (or peeling) layer: fade from solid to ghost or to nothing.
    float floor = m_ghostPeeled ? m_ghostOpacity : 0.0f;
    a.opacity = floor + (1.0f - floor) * fade;
    a.ghost = true;
    a.pickable = false;
    if (a.opacity <= 0.001f) a.opacity = 0.0f;
    return a;
}

} // namespace dc
