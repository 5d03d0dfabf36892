#include "platform/input.h"

#include <algorithm>
#include <cmath>

#include <SDL.h>
#include <glm/geometric.hpp>

namespace dc::platform {

namespace {
constexpr float kOrbitPerPixel = 0.008f;
constexpr float kWheelZoom = 1.12f;
constexpr int kDragThreshold = 4;        // points before a press becomes a drag
constexpr unsigned kDoubleTapMs = 350;
} // namespace

const std::vector<KeyBinding>& keyBindings() {
    static const std::vector<KeyBinding> table = {
        {SDLK_PAGEUP, 0, Action::PeelLess, "Page Up: restore the next outer layer"},
        {SDLK_PAGEDOWN, 0, Action::PeelMore, "Page Down: peel away the next layer"},
        {SDLK_LEFTBRACKET, 0, Action::PeelLess, "[: restore a layer"},
        {SDLK_RIGHTBRACKET, 0, Action::PeelMore, "]: peel a layer"},
        {SDLK_1, 0, Action::ViewAnterior, "1: anterior view"},
        {SDLK_2, 0, Action::ViewPosterior, "2: posterior view"},
        {SDLK_3, 0, Action::ViewLeft, "3: left view"},
        {SDLK_4, 0, Action::ViewRight, "4: right view"},
        {SDLK_5, 0, Action::ViewSuperior, "5: superior view"},
        {SDLK_6, 0, Action::ViewInferior, "6: inferior view"},
        {SDLK_F11, 0, Action::ToggleFullscreen, "F11: full screen"},
        {SDLK_g, 0, Action::ToggleGhost, "G: ghost peeled layers"},
        {SDLK_l, 0, Action::ToggleLabels, "L: labels"},
        {SDLK_ESCAPE, 0, Action::ClearSelection, "Esc: clear the selection"},
        {SDLK_f, 0, Action::FrameSelection, "F: frame the selection"},
        {SDLK_z, KMOD_CTRL, Action::Undo, "Ctrl+Z: undo"},
        {SDLK_q, KMOD_CTRL, Action::Quit, "Ctrl+Q: quit"},
    };
    return table;
}

void InputTranslator::handle(const SDL_Event& e, bool uiWantsMouse, bool uiWantsKeyboard, glm::ivec2 windowSize,
                             float pixelRatio) {
    auto toPixels = [&](int x, int y) {
        return glm::ivec2(static_cast<int>(std::lround(x * pixelRatio)), static_cast<int>(std::lround(y * pixelRatio)));
    };
    switch (e.type) {
    case SDL_QUIT: m_frame.quitRequested = true; break;
    case SDL_KEYDOWN: {
        m_frame.anyInput = true;
        if (uiWantsKeyboard) break;
        int mods = SDL_GetModState();
        for (const auto& b : keyBindings()) {
            if (b.key != e.key.keysym.sym) continue;
            if (b.modifiers && !(mods & b.modifiers)) continue;
            if (!b.modifiers && (mods & (KMOD_CTRL | KMOD_ALT))) continue;
            m_frame.actions.push_back(b.action);
            break;
        }
        break;
    }
    case SDL_MOUSEBUTTONDOWN:
        m_frame.anyInput = true;
        if (e.button.which == SDL_TOUCH_MOUSEID || uiWantsMouse) break;
        if (e.button.button == SDL_BUTTON_LEFT) m_leftDown = true;
        if (e.button.button == SDL_BUTTON_RIGHT) m_rightDown = true;
        if (e.button.button == SDL_BUTTON_MIDDLE) m_middleDown = true;
        m_downPos = {e.button.x, e.button.y};
        m_dragged = false;
        if (e.button.button == SDL_BUTTON_LEFT && e.button.clicks == 2)
            m_frame.doubleClick = toPixels(e.button.x, e.button.y);
        break;
    case SDL_MOUSEBUTTONUP:
        m_frame.anyInput = true;
        if (e.button.which == SDL_TOUCH_MOUSEID) break;
        if (e.button.button == SDL_BUTTON_LEFT) {
            if (m_leftDown && !m_dragged && !uiWantsMouse && e.button.clicks == 1)
                m_frame.click = toPixels(e.button.x, e.button.y);
            m_leftDown = false;
        }
        if (e.button.button == SDL_BUTTON_RIGHT) m_rightDown = false;
        if (e.button.button == SDL_BUTTON_MIDDLE) m_middleDown = false;
        break;
    case SDL_MOUSEMOTION: {
        m_frame.anyInput = true;
        if (e.motion.which == SDL_TOUCH_MOUSEID) break;
        m_frame.pointer = uiWantsMouse ? std::nullopt : std::optional<glm::ivec2>(toPixels(e.motion.x, e.motion.y));
        m_frame.pointerMoved = true;
        if (std::abs(e.motion.x - m_downPos.x) + std::abs(e.motion.y - m_downPos.y) > kDragThreshold) m_dragged = true;
        if (!m_dragged) break;
        bool panMod = (SDL_GetModState() & KMOD_SHIFT) != 0;
        if ((m_leftDown && !panMod) && !uiWantsMouse)
            m_frame.orbit += glm::vec2(e.motion.xrel, e.motion.yrel) * kOrbitPerPixel;
        else if ((m_rightDown || m_middleDown || (m_leftDown && panMod)) && windowSize.y > 0)
            m_frame.pan += glm::vec2(e.motion.xrel, e.motion.yrel) / static_cast<float>(windowSize.y);
        break;
    }
    case SDL_MOUSEWHEEL:
        m_frame.anyInput = true;
        if (uiWantsMouse || e.wheel.which == SDL_TOUCH_MOUSEID) break;
        m_frame.zoom *= std::pow(kWheelZoom, e.wheel.preciseY != 0.0f ? e.wheel.preciseY : static_cast<float>(e.wheel.y));
        break;
    case SDL_FINGERDOWN: {
        m_frame.anyInput = true;
        glm::vec2 p(e.tfinger.x, e.tfinger.y);
        if (uiWantsMouse) break;
        m_fingers.push_back({static_cast<long long>(e.tfinger.fingerId), p, p});
        if (m_fingers.size() == 1) m_fingerDragged = false;
        fingerGesture(windowSize, pixelRatio);
        break;
    }
    case SDL_FINGERMOTION: {
        m_frame.anyInput = true;
        for (auto& f : m_fingers)
            if (f.id == static_cast<long long>(e.tfinger.fingerId)) f.pos = {e.tfinger.x, e.tfinger.y};
        if (m_fingers.empty()) break;
        glm::vec2 px = (m_fingers[0].pos - m_fingers[0].start) * glm::vec2(windowSize);
        if (std::abs(px.x) + std::abs(px.y) > kDragThreshold * 2) m_fingerDragged = true;
        if (m_fingers.size() == 1) {
            m_frame.orbit += glm::vec2(e.tfinger.dx * windowSize.x, e.tfinger.dy * windowSize.y) * kOrbitPerPixel;
        } else {
            glm::vec2 c(0.0f);
            for (const auto& f : m_fingers) c += f.pos;
            c /= static_cast<float>(m_fingers.size());
            float spread = glm::length((m_fingers[0].pos - m_fingers[1].pos) * glm::vec2(windowSize));
            float aspect = windowSize.y > 0 ? static_cast<float>(windowSize.x) / static_cast<float>(windowSize.y) : 1.0f;
            m_frame.pan += (c - m_lastCentroid) * glm::vec2(aspect, 1.0f);
            if (m_lastSpread > 1.0f && spread > 1.0f) m_frame.zoom *= spread / m_lastSpread;
            m_lastCentroid = c;
            m_lastSpread = spread;
        }
        break;
    }
    case SDL_FINGERUP: {
        m_frame.anyInput = true;
        auto it = std::find_if(m_fingers.begin(), m_fingers.end(),
                               [&](const Finger& f) { return f.id == static_cast<long long>(e.tfinger.fingerId); });
        if (it == m_fingers.end()) break;
        bool single = m_fingers.size() == 1;
        m_fingers.erase(it);
        if (single && !m_fingerDragged) {
            glm::ivec2 pos = toPixels(static_cast<int>(e.tfinger.x * windowSize.x), static_cast<int>(e.tfinger.y * windowSize.y));
            unsigned now = SDL_GetTicks();
            if (now - m_lastTapTicks < kDoubleTapMs && glm::length(glm::vec2(pos - m_lastTapPos)) < 40.0f * pixelRatio) {
                m_frame.doubleClick = pos;
                m_lastTapTicks = 0;
            } else {
                m_frame.click = pos;
                m_lastTapTicks = now;
                m_lastTapPos = pos;
            }
        }
        fingerGesture(windowSize, pixelRatio);
        break;
    }
    default: break;
    }
}

void InputTranslator::fingerGesture(glm::ivec2 windowSize, float) {
    // Restart two-finger tracking whenever the finger count changes.
    if (m_fingers.size() >= 2) {
        m_lastCentroid = (m_fingers[0].pos + m_fingers[1].pos) * 0.5f;
        m_lastSpread = glm::length((m_fingers[0].pos - m_fingers[1].pos) * glm::vec2(windowSize));
        m_fingerDragged = true; // a two-finger gesture is never a tap
    }
}

InputFrame InputTranslator::take() {
    InputFrame f = std::move(m_frame);
    m_frame = InputFrame{};
    m_frame.pointer = f.pointer;
    return f;
}

} // namespace dc::platform
