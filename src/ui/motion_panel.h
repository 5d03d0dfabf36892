// The motion panel: pick a movement, play / pause / scrub / speed / loop,
// its caption, the hip angles, and the live length readout of the selected
// muscle (length, change against standing, shortened or stretched).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "motion/motion_clip.h"
#include "motion/muscle_report.h"

namespace dc::ui {

struct MotionPanelModel {
    const std::vector<motion::MotionClip>* clips = nullptr;
    const motion::MotionClip* current = nullptr;
    double time = 0.0;
    bool playing = false;
    float* speed = nullptr;
    bool* loop = nullptr;
    bool* colourByLength = nullptr;
    const motion::Pose* pose = nullptr;
    std::string selectedName;                       // display name of the selection
    const motion::MuscleState* selectedMuscle = nullptr; // when the selection is a path muscle
    std::vector<std::string> problems;              // broken motion files
};

struct MotionRequests {
    std::optional<std::string> play;
    bool stop = false;
    bool togglePlay = false;
    std::optional<double> seek;
};

// Draws the panel's contents into the current ImGui window.
MotionRequests motionPanel(const MotionPanelModel& m);
// The current caption, large, centred at the bottom of the view.
void motionCaption(const std::string& text, float bottomMargin);
// Colour of a muscle by its length ratio: blue shortened, neutral at rest, orange stretched.
glm::vec3 lengthColour(float ratio);

} // namespace dc::ui
