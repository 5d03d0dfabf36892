// Muscle lengths through a motion: what `deepcore --report muscles` prints
// and what the viewer's live readout shows. Length is the muscle-tendon
// path length (origin to insertion through the via points, metres); ratio is
// against the standing reference pose; volume ratio is the deformed mesh's
// enclosed volume against rest (the deformer keeps it near 1).
#pragma once

#include <string>
#include <vector>

#include "anatomy/atlas.h"
#include "motion/deformer.h"
#include "motion/motion_clip.h"
#include "motion/pose.h"

namespace dc::motion {

struct MuscleState {
    std::string id;
    float length = 0.0f;
    float ratio = 1.0f;       // length / standing length
    float volumeRatio = 1.0f; // posed volume / rest volume
};

// Lengths of every path muscle in a pose (no meshes needed; volumeRatio 1).
std::vector<MuscleState> muscleLengths(const std::vector<MusclePath>& paths, const Pose& pose);

struct MuscleSampleRow {
    double t = 0.0;
    Pose pose;
    std::vector<MuscleState> muscles;
};

// Samples the clip `perSecond` times a second over one duration, deforming
// the path muscles of `rest` to measure their volume.
std::vector<MuscleSampleRow> muscleReport(const MotionClip& clip, const Atlas& rest, const Deformer& deformer,
                                          double perSecond = 10.0);

// "shortened", "at rest" or "stretched", with a +-2 % band for rest.
const char* lengthWord(float ratio);

} // namespace dc::motion
