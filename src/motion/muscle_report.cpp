#include "motion/muscle_report.h"

#include <cmath>

namespace dc::motion {

std::vector<MuscleState> muscleLengths(const std::vector<MusclePath>& paths, const Pose& pose) {
    RigPose rest = poseRig(Pose{});
    RigPose now = poseRig(pose);
    std::vector<MuscleState> out;
    for (const auto& m : paths) {
        float l0 = pathLength(m, rest), l1 = pathLength(m, now);
        out.push_back({m.id, l1, l0 > 0 ? l1 / l0 : 1.0f, 1.0f});
    }
    return out;
}

std::vector<MuscleSampleRow> muscleReport(const MotionClip& clip, const Atlas& rest, const Deformer& deformer,
                                          double perSecond) {
    std::vector<MuscleSampleRow> rows;
    Atlas posed = rest;
    std::vector<StructureId> muscles;
    std::vector<double> restVolume;
    for (const auto& m : deformer.paths())
        if (auto id = rest.find(m.id)) {
            muscles.push_back(*id);
            restVolume.push_back(rest.at(*id).mesh.signedVolume());
        }
    auto wanted = [&](StructureId id) {
        for (StructureId m : muscles)
            if (m == id) return true;
        return false;
    };
    int n = std::max(1, static_cast<int>(std::ceil(clip.duration * perSecond)));
    for (int i = 0; i <= n; ++i) {
        double t = clip.duration * i / n;
        MuscleSampleRow row;
        row.t = t;
        row.pose = clip.sample(std::min(t, clip.duration - 1e-9));
        row.muscles = muscleLengths(deformer.paths(), row.pose);
        deformer.apply(poseRig(row.pose), posed, wanted);
        for (auto& ms : row.muscles)
            for (size_t k = 0; k < muscles.size(); ++k)
                if (rest.at(muscles[k]).info.id == ms.id && restVolume[k] > 0)
                    ms.volumeRatio = static_cast<float>(posed.at(muscles[k]).mesh.signedVolume() / restVolume[k]);
        rows.push_back(std::move(row));
    }
    return rows;
}

const char* lengthWord(float ratio) {
    if (ratio < 0.98f) return "shortened";
    if (ratio > 1.02f) return "stretched";
    return "at rest";
}

} // namespace dc::motion
