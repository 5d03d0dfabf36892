// Clock: where time comes from. Logic takes a Clock (or a dt) instead of
// reading the system time, so tests drive it with FakeClock.
#pragma once

#include <chrono>

namespace dc {

class Clock {
public:
    virtual ~Clock() = default;
    virtual double nowSeconds() const = 0;
};

class SteadyClock final : public Clock {
public:
    double nowSeconds() const override {
        using namespace std::chrono;
        return duration<double>(steady_clock::now().time_since_epoch()).count();
    }
};

class FakeClock final : public Clock {
public:
    double nowSeconds() const override { return m_t; }
    void advance(double seconds) { m_t += seconds; }
    void set(double seconds) { m_t = seconds; }

private:
    double m_t = 0.0;
};

} // namespace dc
