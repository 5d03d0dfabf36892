#include "app/kiosk_session.h"

#include <algorithm>

#include <imgui.h>
#include <spdlog/spdlog.h>

#include "core/text.h"
#include "kiosk/pin.h"

namespace dc::app {

namespace {
std::vector<kiosk::Tour> pickTours(kiosk::TourLoad load, const std::vector<std::string>& wanted,
                                   std::vector<std::string>& problems) {
    for (const auto& e : load.errors) problems.push_back(e.toString());
    if (wanted.empty()) return load.tours;
    std::vector<kiosk::Tour> out;
    for (const auto& w : wanted) {
        auto it = std::find_if(load.tours.begin(), load.tours.end(), [&](const kiosk::Tour& t) { return t.name == w; });
        if (it == load.tours.end()) problems.push_back("tour '" + w + "' (from the configuration) was not found");
        else out.push_back(*it);
    }
    return out;
}

bool hasMods(Uint16 have, Uint16 want) {
    auto side = [](Uint16 m, Uint16 any) { return (m & any) != 0; };
    for (Uint16 any : {Uint16(KMOD_CTRL), Uint16(KMOD_ALT), Uint16(KMOD_SHIFT), Uint16(KMOD_GUI)})
        if (side(want, any) != side(have, any)) return false;
    return true;
}
} // namespace

bool parseChord(const std::string& chord, Uint16& mods, SDL_Keycode& key) {
    mods = 0;
    key = SDLK_UNKNOWN;
    for (auto part : split(chord, '+')) {
        std::string p = toLower(trim(part));
        if (p == "ctrl" || p == "control") mods |= KMOD_CTRL;
        else if (p == "alt") mods |= KMOD_ALT;
        else if (p == "shift") mods |= KMOD_SHIFT;
        else if (p == "super" || p == "gui" || p == "win") mods |= KMOD_GUI;
        else if (key == SDLK_UNKNOWN) key = SDL_GetKeyFromName(p.c_str());
        else return false;
    }
    return key != SDLK_UNKNOWN && mods != 0;
}

KioskSession::KioskSession(const KioskSettings& s, const Clock& clock)
    : m_state(clock, s.idleSeconds,
              [hash = s.pinSha256](const std::string& pin) { return !hash.empty() && kiosk::pinMatches(pin, hash); }),
      m_tours(pickTours(kiosk::loadTours(s.toursDir), s.tours, m_problems)),
      m_clock(clock) {
    if (!parseChord(s.adminChord, m_chordMods, m_chordKey)) {
        m_problems.push_back("cannot read admin_chord '" + s.adminChord + "'; using ctrl+alt+shift+k");
        m_chordMods = KMOD_CTRL | KMOD_ALT | KMOD_SHIFT;
        m_chordKey = SDLK_k;
    }
    if (s.pinSha256.empty())
        m_problems.push_back("no administrator PIN is set (pin_sha256 in [kiosk]); only a system stop (SIGTERM) ends the kiosk");
    if (m_tours.empty()) m_problems.push_back("no tours to play in attract mode (" + s.toursDir + ")");
    for (const auto& p : m_problems) spdlog::warn("kiosk: {}", p);
}

void KioskSession::merge(const kiosk::KioskEvents& e) {
    m_pending.enteredAttract |= e.enteredAttract;
    m_pending.leftAttract |= e.leftAttract;
    m_pending.exitApproved |= e.exitApproved;
}

bool KioskSession::filter(const SDL_Event& e, SDL_Window* window) {
    switch (e.type) {
    case SDL_QUIT:
        spdlog::info("kiosk: close request ignored");
        return true;
    case SDL_WINDOWEVENT:
        if (e.window.event == SDL_WINDOWEVENT_CLOSE) return true;
        if (e.window.event == SDL_WINDOWEVENT_FOCUS_LOST || e.window.event == SDL_WINDOWEVENT_MINIMIZED ||
            e.window.event == SDL_WINDOWEVENT_HIDDEN) {
            SDL_RestoreWindow(window);
            SDL_ShowWindow(window);
            SDL_RaiseWindow(window);
            SDL_SetWindowInputFocus(window);
        }
        return false;
    case SDL_MOUSEMOTION:
        if (e.motion.which != SDL_TOUCH_MOUSEID) {
            m_cursorShownAt = m_clock.nowSeconds();
            SDL_ShowCursor(SDL_ENABLE);
        }
        break;
    default: break;
    }
    bool isInput = e.type == SDL_KEYDOWN || e.type == SDL_MOUSEBUTTONDOWN || e.type == SDL_MOUSEWHEEL ||
                   e.type == SDL_FINGERDOWN || e.type == SDL_MOUSEMOTION || e.type == SDL_FINGERMOTION;
    if (e.type == SDL_KEYDOWN) {
        const SDL_Keysym& k = e.key.keysym;
        if (k.sym == m_chordKey && hasMods(k.mod, m_chordMods)) {
            m_state.adminChord();
            return true;
        }
        if (promptOpen()) {
            if (k.sym >= SDLK_0 && k.sym <= SDLK_9) m_state.pinDigit(static_cast<char>('0' + (k.sym - SDLK_0)));
            else if (k.sym >= SDLK_KP_1 && k.sym <= SDLK_KP_9) m_state.pinDigit(static_cast<char>('1' + (k.sym - SDLK_KP_1)));
            else if (k.sym == SDLK_KP_0) m_state.pinDigit('0');
            else if (k.sym == SDLK_BACKSPACE) m_state.pinBackspace();
            else if (k.sym == SDLK_RETURN || k.sym == SDLK_KP_ENTER) merge(m_state.pinEnter());
            else if (k.sym == SDLK_ESCAPE) m_state.pinCancel();
            return true;
        }
        // Ways out a visitor might try; none of them do anything here.
        bool ctrl = (k.mod & KMOD_CTRL) != 0, alt = (k.mod & KMOD_ALT) != 0;
        if (k.sym == SDLK_ESCAPE || k.sym == SDLK_F11 || (alt && k.sym == SDLK_F4) ||
            (ctrl && (k.sym == SDLK_q || k.sym == SDLK_w || k.sym == SDLK_z))) {
            merge(m_state.input());
            return true;
        }
    }
    if (promptOpen()) return e.type == SDL_KEYUP || e.type == SDL_TEXTINPUT;
    if (isInput) {
        bool wasAttract = attract();
        merge(m_state.input());
        // The touch that wakes the kiosk only wakes it.
        if (wasAttract && e.type != SDL_MOUSEMOTION && e.type != SDL_FINGERMOTION) return true;
    }
    return false;
}

kiosk::KioskEvents KioskSession::update(double dt) {
    merge(m_state.update());
    kiosk::KioskEvents e = m_pending;
    m_pending = {};
    m_stepChanged = false;
    if (e.enteredAttract) {
        m_tours.restart();
        m_stepChanged = m_tours.step() != nullptr;
    } else if (attract()) {
        m_stepChanged = m_tours.advance(dt);
    }
    if (m_clock.nowSeconds() - m_cursorShownAt > 3.0) SDL_ShowCursor(SDL_DISABLE);
    return e;
}

void KioskSession::drawPinPrompt() {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.5f),
                            ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::Begin("Administrator", nullptr,
                 ImGuiWindowFlags_NoMove | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse |
                     ImGuiWindowFlags_NoSavedSettings);
    ImGui::TextUnformatted(m_state.message().c_str());
    std::string dots(m_state.pinLength(), '*');
    ImGui::Text("PIN: %s", dots.c_str());
    ImGui::TextDisabled("Type the digits, Enter to confirm, Esc to cancel.");
    ImGui::End();
}

} // namespace dc::app
