// Input: SDL events -> plain actions and camera gestures for one frame.
// Keys go through one bindings table; mouse and touch map to the same
// gestures (one finger orbits, two fingers pan, pinch zooms, a tap clicks).
// The camera only sees the pointer when the UI does not want it.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include <glm/vec2.hpp>

union SDL_Event;

namespace dc::platform {

enum class Action {
    PeelMore,
    PeelLess,
    ViewAnterior,
    ViewPosterior,
    ViewLeft,
    ViewRight,
    ViewSuperior,
    ViewInferior,
    ToggleFullscreen,
    ToggleGhost,
    ToggleLabels,
    ClearSelection,
    FrameSelection,
    Undo,
    Quit,
};

struct KeyBinding {
    int key;       // SDL_Keycode
    int modifiers; // SDL_Keymod bits that must be held (0 = none)
    Action action;
    std::string_view help;
};

const std::vector<KeyBinding>& keyBindings();

struct InputFrame {
    std::vector<Action> actions;
    glm::vec2 orbit{0.0f};  // radians (yaw, pitch)
    glm::vec2 pan{0.0f};    // fractions of the view height
    float zoom = 1.0f;      // multiplicative; > 1 moves closer
    std::optional<glm::ivec2> click;       // pixel position of a click or tap
    std::optional<glm::ivec2> doubleClick; // pixel position of a double click/tap
    std::optional<glm::ivec2> pointer;     // where the pointer is, if over the view
    bool pointerMoved = false;
    bool quitRequested = false; // window close or SIGTERM
    bool anyInput = false;      // any user input at all (kiosk idle timer)
};

class InputTranslator {
public:
    // pixelRatio converts window points to framebuffer pixels.
    void handle(const SDL_Event& e, bool uiWantsMouse, bool uiWantsKeyboard, glm::ivec2 windowSize, float pixelRatio);
    InputFrame take();

private:
    struct Finger {
        long long id;
        glm::vec2 pos;   // normalised 0..1
        glm::vec2 start;
    };
    void fingerGesture(glm::ivec2 windowSize, float pixelRatio);

    InputFrame m_frame;
    bool m_leftDown = false, m_rightDown = false, m_middleDown = false;
    glm::ivec2 m_downPos{0};
    bool m_dragged = false;
    std::vector<Finger> m_fingers;
    glm::vec2 m_lastCentroid{0.0f};
    float m_lastSpread = 0.0f;
    bool m_fingerDragged = false;
    unsigned m_lastTapTicks = 0;
    glm::ivec2 m_lastTapPos{0};
};

} // namespace dc::platform
