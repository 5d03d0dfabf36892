// KioskSession: what makes the viewer a waiting-room kiosk. It sits between
// SDL and the viewer: swallows every way out a visitor could find (Esc,
// Alt+F4, Ctrl+Q, Ctrl+W, F11, the window's close request), pulls the window
// back to the front when it loses focus, hides the cursor until a mouse moves,
// opens the administrator's PIN prompt on the configured chord, and runs the
// idle -> attract -> interactive state machine and the tours.
#pragma once

#include <string>
#include <vector>

#include <SDL.h>

#include "core/clock.h"
#include "kiosk/kiosk_state.h"
#include "kiosk/tour.h"

namespace dc::app {

struct KioskSettings {
    double idleSeconds = 90.0;
    std::string adminChord = "ctrl+alt+shift+k";
    std::string pinSha256;
    std::vector<std::string> tours; // empty: all
    std::string toursDir;
};

class KioskSession {
public:
    KioskSession(const KioskSettings& s, const Clock& clock);

    // True when the event is the kiosk's (the viewer must not see it).
    bool filter(const SDL_Event& e, SDL_Window* window);
    // Timers and tours; events from the filter since the last call are merged in.
    kiosk::KioskEvents update(double dt);
    // A new tour step began during this update (apply tourStep()).
    bool stepChanged() const { return m_stepChanged; }

    bool attract() const { return m_state.mode() == kiosk::KioskMode::Attract; }
    bool promptOpen() const { return m_state.mode() == kiosk::KioskMode::AdminPrompt; }
    const kiosk::KioskState& state() const { return m_state; }
    const kiosk::TourStep* tourStep() const { return m_tours.step(); }
    const kiosk::Tour* tour() const { return m_tours.tour(); }
    size_t stepsStarted() const { return m_tours.stepsStarted(); }
    const std::vector<std::string>& problems() const { return m_problems; }

    // A visitor's touch without an event (the soak test's simulated visitors).
    void simulateInput() { merge(m_state.input()); }

    // The PIN prompt (ImGui), drawn when promptOpen().
    void drawPinPrompt();

private:
    void merge(const kiosk::KioskEvents& e);

    std::vector<std::string> m_problems; // first: the members below add to it
    kiosk::KioskState m_state;
    kiosk::TourPlayer m_tours;
    kiosk::KioskEvents m_pending;
    SDL_Keycode m_chordKey = SDLK_k;
    Uint16 m_chordMods = KMOD_CTRL | KMOD_ALT | KMOD_SHIFT;
    const Clock& m_clock;
    double m_cursorShownAt = -1e9;
    bool m_stepChanged = false;
};

// "ctrl+alt+shift+k" -> modifiers and key; false when it cannot be read.
bool parseChord(const std::string& chord, Uint16& mods, SDL_Keycode& key);

} // namespace dc::app
