#include "kiosk/kiosk_state.h"

namespace dc::kiosk {

KioskState::KioskState(const Clock& clock, double idleSeconds, std::function<bool(const std::string&)> verifyPin)
    : m_clock(clock), m_idleSeconds(idleSeconds), m_verify(std::move(verifyPin)), m_lastInput(clock.nowSeconds()) {}

double KioskState::idleFor() const { return m_clock.nowSeconds() - m_lastInput; }

bool KioskState::lockedOut() const { return m_clock.nowSeconds() < m_lockedUntil; }

KioskEvents KioskState::input() {
    KioskEvents e;
    m_lastInput = m_clock.nowSeconds();
    if (m_mode == KioskMode::Attract) {
        m_mode = KioskMode::Interactive;
        e.leftAttract = true;
    }
    return e;
}

KioskEvents KioskState::update() {
    KioskEvents e;
    double now = m_clock.nowSeconds();
    if (m_mode == KioskMode::AdminPrompt) {
        if (now - m_promptOpened > kPromptTimeout) pinCancel();
        return e;
    }
    if (m_mode == KioskMode::Interactive && now - m_lastInput >= m_idleSeconds) {
        m_mode = KioskMode::Attract;
        e.enteredAttract = true;
    }
    return e;
}

void KioskState::adminChord() {
    if (m_mode != KioskMode::AdminPrompt) m_beforePrompt = m_mode;
    m_mode = KioskMode::AdminPrompt;
    m_promptOpened = m_clock.nowSeconds();
    m_lastInput = m_promptOpened;
    m_pin.clear();
    m_message = lockedOut() ? "Too many wrong PINs; wait a minute." : "Enter the administrator PIN.";
}

void KioskState::pinDigit(char d) {
    if (m_mode != KioskMode::AdminPrompt || d < '0' || d > '9') return;
    m_promptOpened = m_clock.nowSeconds();
    if (m_pin.size() < kMaxPinLength) m_pin.push_back(d);
}

void KioskState::pinBackspace() {
    if (m_mode == KioskMode::AdminPrompt && !m_pin.empty()) m_pin.pop_back();
}

KioskEvents KioskState::pinEnter() {
    KioskEvents e;
    if (m_mode != KioskMode::AdminPrompt) return e;
    if (lockedOut()) {
        m_message = "Too many wrong PINs; wait a minute.";
        m_pin.clear();
        return e;
    }
    if (!m_pin.empty() && m_verify && m_verify(m_pin)) {
        e.exitApproved = true;
        m_failures = 0;
        m_message.clear();
    } else {
        ++m_failures;
        m_message = "Wrong PIN.";
        if (m_failures >= kMaxFailures) {
            m_lockedUntil = m_clock.nowSeconds() + kLockout;
            m_failures = 0;
            m_message = "Too many wrong PINs; wait a minute.";
        }
    }
    m_pin.clear();
    return e;
}

void KioskState::pinCancel() {
    if (m_mode != KioskMode::AdminPrompt) return;
    m_pin.clear();
    m_mode = KioskMode::Interactive;
    m_lastInput = m_clock.nowSeconds();
}

} // namespace dc::kiosk
