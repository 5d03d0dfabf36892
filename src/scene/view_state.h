// ViewState: what the user has asked to see — peel depth, layer and system
// toggles, per-structure hide/ghost/isolate, selection and hover — and the
// fades that animate between them. Pure logic: advanced with update(dt),
// queried with appearance(id), unit-tested without a window.
//
//   ViewState v(atlas.size(), layersOf(atlas), systemsOf(atlas));
//   v.setPeel(4);           // layers 0..3 fade out
//   v.update(dt);           // animate
//   Appearance a = v.appearance(id);  // alpha, ghosted, pickable
#pragma once

#include <array>
#include <optional>
#include <vector>

#include "anatomy/atlas.h"

namespace dc {

enum class StructureMode : int { Shown = 0, Hidden, Ghosted };

struct Appearance {
    float opacity = 1.0f;  // 0 = not drawn; 1 = fully solid
    bool ghost = false;    // drawn in the x-ray style (translucent, rim-lit)
    bool pickable = true;  // can be hovered/selected
};

class ViewState {
public:
    ViewState() = default;
    explicit ViewState(const Atlas& atlas);

    // Peel: layers 0..peel-1 are removed (or ghosted when ghostPeeled()).
    void setPeel(int peel);
    int peel() const { return m_peel; }
    void setGhostPeeled(bool on) { m_ghostPeeled = on; }
    bool ghostPeeled() const { return m_ghostPeeled; }
    void setGhostOpacity(float a) { m_ghostOpacity = a; }
    float ghostOpacity() const { return m_ghostOpacity; }

    void setLayerEnabled(Layer l, bool on) { m_layerOn[static_cast<size_t>(l)] = on; }
    bool layerEnabled(Layer l) const { return m_layerOn[static_cast<size_t>(l)]; }
    void setSystemEnabled(System s, bool on) { m_systemOn[static_cast<size_t>(s)] = on; }
    bool systemEnabled(System s) const { return m_systemOn[static_cast<size_t>(s)]; }

    void setMode(StructureId id, StructureMode mode);
    StructureMode mode(StructureId id) const { return m_mode[id]; }
    // Isolation shows only these structures (others ghosted); empty ends it.
    void isolate(std::vector<StructureId> ids);
    const std::vector<StructureId>& isolated() const { return m_isolated; }
    // Back to everything shown: modes, isolation, layer and system toggles.
    void showAll();

    // What undo restores: per-structure modes, isolation, layer and system toggles.
    struct VisibilitySnapshot {
        std::vector<StructureMode> modes;
        std::vector<StructureId> isolated;
        std::array<bool, kLayerCount> layerOn{};
        std::array<bool, kSystemCount> systemOn{};
        bool operator==(const VisibilitySnapshot& o) const {
            return modes == o.modes && isolated == o.isolated && layerOn == o.layerOn && systemOn == o.systemOn;
        }
    };
    VisibilitySnapshot snapshot() const { return {m_mode, m_isolated, m_layerOn, m_systemOn}; }
    void restore(const VisibilitySnapshot& s);

    void select(std::optional<StructureId> id) { m_selected = id; }
    std::optional<StructureId> selected() const { return m_selected; }
    void hover(std::optional<StructureId> id) { m_hovered = id; }
    std::optional<StructureId> hovered() const { return m_hovered; }

    // Advances fades; `instant` jumps to the targets (headless output).
    void update(float dt);
    void finishFades();
    bool animating() const;

    Appearance appearance(StructureId id) const;
    // The layer opacity now (1 shown, 0 peeled), fading over kFadeSeconds.
    float layerOpacity(Layer l) const { return m_layerFade[static_cast<size_t>(l)]; }

    size_t size() const { return m_mode.size(); }
    static constexpr float kFadeSeconds = 0.35f;

private:
    float targetLayerFade(size_t layer) const;

    std::vector<Layer> m_layerOf;
    std::vector<System> m_systemOf;
    std::vector<StructureMode> m_mode;
    std::vector<StructureId> m_isolated;
    std::vector<bool> m_isIsolated;
    std::array<bool, kLayerCount> m_layerOn{};
    std::array<bool, kSystemCount> m_systemOn{};
    std::array<float, kLayerCount> m_layerFade{};
    int m_peel = 0;
    bool m_ghostPeeled = false;
    float m_ghostOpacity = 0.18f;
    std::optional<StructureId> m_selected, m_hovered;
};

} // namespace dc
