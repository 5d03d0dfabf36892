// KioskState: the unattended waiting-room state machine. Pure logic driven by
// a Clock, tested with FakeClock.
//
//   Interactive --(no input for idleSeconds)--> Attract (the app resets every
//   piece of visitor state and loops the tours)
//   Attract --(any input)--> Interactive (home view)
//   Interactive/Attract --(admin chord)--> AdminPrompt --(right PIN)--> exit
//   AdminPrompt --(wrong PIN x5)--> locked out for a minute; --(timeout)--> back
//
//   KioskState k(clock, 90.0, verifyPin);
//   k.input();                  // every touch, click, key
//   KioskEvents e = k.update(); // once a frame
//   if (e.enteredAttract) resetVisitorState(), startTour();
#pragma once

#include <functional>
#include <string>

#include "core/clock.h"

namespace dc::kiosk {

enum class KioskMode { Interactive, Attract, AdminPrompt };

struct KioskEvents {
    bool enteredAttract = false;
    bool leftAttract = false;   // a visitor touched: go to the home view
    bool exitApproved = false;  // the administrator entered the right PIN
};

class KioskState {
public:
    // `verifyPin` says whether an entered PIN is right (compares hashes).
    KioskState(const Clock& clock, double idleSeconds, std::function<bool(const std::string&)> verifyPin);

    // Any visitor input. Leaves attract mode; restarts the idle timer.
    KioskEvents input();
    // Timers: call once a frame.
    KioskEvents update();

    // The administrator's key chord: opens the PIN prompt.
    void adminChord();
    // PIN prompt keys: digits, backspace, enter, cancel.
    void pinDigit(char digit);
    void pinBackspace();
    KioskEvents pinEnter();
    void pinCancel();

    KioskMode mode() const { return m_mode; }
    size_t pinLength() const { return m_pin.size(); }
    int failedAttempts() const { return m_failures; }
    bool lockedOut() const;
    double idleFor() const;
    const std::string& message() const { return m_message; } // for the PIN prompt

    static constexpr double kPromptTimeout = 30.0;
    static constexpr int kMaxFailures = 5;
    static constexpr double kLockout = 60.0;
    static constexpr size_t kMaxPinLength = 12;

private:
    const Clock& m_clock;
    double m_idleSeconds;
    std::function<bool(const std::string&)> m_verify;
    KioskMode m_mode = KioskMode::Interactive;
    KioskMode m_beforePrompt = KioskMode::Interactive;
    double m_lastInput;
    double m_promptOpened = 0.0;
    double m_lockedUntil = -1.0;
    int m_failures = 0;
    std::string m_pin;
    std::string m_message;
};

} // namespace dc::kiosk
