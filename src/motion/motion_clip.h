// Motion clips: the files under annotations/motions/ (one per motion, named
// as in DESIGN.md: hip_flexion.toml, lunge_stretch.toml, ...). A clip has a
// title, a duration, joint keyframes (any subset of the pose channels; a
// channel a key leaves out keeps its previous value), a plain-language
// caption track and the structures to highlight. Pure: parsing takes text.
//
//   title = "Hip flexion"
//   duration = 6.0
//   loop = true
//   view = "left"
//   highlight = ["psoas_major_left", "iliacus_left"]
//   [[key]]
//   t = 0.0
//   body_pitch = -90.0
//   hip_flexion_left = 0.0
//   [[caption]]
//   t = 0.0
//   text = "Lying on the back, the left knee bends and lifts towards the chest."
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "motion/pose.h"

namespace dc::motion {

struct Caption {
    double t = 0.0;
    std::string text;
};

struct MotionClip {
    std::string name;   // file stem: "hip_flexion"
    std::string file;
    std::string title;
    std::string summary;           // one or two plain sentences: what the clip shows
    double duration = 1.0;         // seconds
    bool loop = true;
    std::string view = "left";     // suggested camera view
    std::vector<std::string> highlight;
    std::vector<double> keyTimes;
    std::vector<Pose> keys;        // every channel filled in
    std::vector<Caption> captions; // sorted by t

    // The pose at time t (clamped, or wrapped when looping), eased between keys.
    Pose sample(double t) const;
    // The caption showing at time t ("" before the first).
    const std::string& captionAt(double t) const;
};

struct ClipParse {
    std::optional<MotionClip> clip;
    std::vector<Error> errors;
};

// `fileName`'s stem is the motion's name.
ClipParse parseMotionClip(std::string_view text, const std::string& fileName);
ClipParse loadMotionClip(const std::string& path);

// Every *.toml in `dir` (sorted); broken files are reported in errors and skipped.
struct ClipLoad {
    std::vector<MotionClip> clips;
    std::vector<Error> errors;
};
ClipLoad loadMotionClips(const std::string& dir);

} // namespace dc::motion
