// Guided tours for attract mode: files under annotations/tours/ that a
// clinic can write. A tour is a list of steps; each step sets the view, the
// peel depth, what is highlighted and labelled, an optional motion, and a
// large caption, and lasts a given time.
//
//   title = "Meet your psoas"
//   [[step]]
//   duration = 8.0
//   view = "anterior"          # anterior posterior left right superior inferior
//   zoom = 1.0                 # 1 = whole model; 2 = twice as close
//   peel = 0                   # 0-6
//   select = "psoas_major_left"
//   labels = true
//   motion = "hip_flexion"     # optional
//   caption = "Under the skin and belly muscles lies ..."
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace dc::kiosk {

struct TourStep {
    double duration = 6.0;
    std::string view = "anterior";
    float zoom = 1.0f;
    int peel = 0;
    std::string select;
    bool labels = false;
    std::string motion;
    std::string caption;
    int line = 0;
};

struct Tour {
    std::string name; // file stem
    std::string file;
    std::string title;
    std::vector<TourStep> steps;
    double duration() const;
};

struct TourParse {
    std::optional<Tour> tour;
    std::vector<Error> errors;
};

TourParse parseTour(std::string_view text, const std::string& fileName);

struct TourLoad {
    std::vector<Tour> tours;
    std::vector<Error> errors;
};
TourLoad loadTours(const std::string& dir);

// Loops through tours one step after another. Pure; advanced with dt.
class TourPlayer {
public:
    explicit TourPlayer(std::vector<Tour> tours);
    void restart();
    // Moves on; returns true when a new step began (the caller applies it).
    bool advance(double dt);
    const Tour* tour() const;
    const TourStep* step() const;
    double stepTime() const { return m_t; }
    size_t stepsStarted() const { return m_started; }
    bool empty() const { return m_tours.empty(); }

private:
    std::vector<Tour> m_tours;
    size_t m_tour = 0, m_step = 0, m_started = 0;
    double m_t = 0.0;
};

} // namespace dc::kiosk
