// MotionPlayer: plays the motion clips on the model in the viewer and the
// headless modes. It owns the posed copy of the atlas that the CPU side
// (draw list, picking, labels) reads. Bones, skin and wall are posed on the
// GPU from the rig's dual quaternions; the path muscles (whose shape follows
// their paths) are posed on the CPU and streamed; the CPU copy of the rest
// follows on demand (syncForPicking).
//
//   MotionPlayer player(restAtlas, annotationsDir + "/motions");
//   player.play("lunge_stretch");
//   player.update(dt); player.upload(renderer, visible);  // each frame
//   player.syncForPicking(pickable);                      // before a ray
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "anatomy/atlas.h"
#include "motion/deformer.h"
#include "motion/motion_clip.h"
#include "motion/muscle_report.h"

namespace dc::render {
class Renderer;
}

namespace dc::app {

class MotionPlayer {
public:
    MotionPlayer(const Atlas& rest, const std::string& motionsDir);

    const Atlas& posed() const { return m_posed; }
    const std::vector<motion::MotionClip>& clips() const { return m_clips; }
    const std::vector<std::string>& problems() const { return m_problems; }
    void reload(const std::string& motionsDir);

    // Starts a clip from its beginning; false when there is no such clip.
    bool play(const std::string& name);
    void stop();                      // back to the standing rest pose
    const motion::MotionClip* current() const;
    bool playing() const { return m_playing; }
    void setPlaying(bool on) { m_playing = on && m_clip >= 0; }
    double time() const { return m_time; }
    void seek(double t);
    float speed = 1.0f;
    bool loop = true;

    // Advances the clock; true when the pose changed.
    bool update(double dt);
    // Samples the clip at the current time (headless --motion/--time).
    void poseNow();
    // Brings the structures `wanted` accepts (all when empty) to the current
    // pose; the others catch up when they are next wanted (a peeled layer
    // costs nothing while it is hidden). Returns the structures that moved.
    std::vector<StructureId> sync(const std::function<bool(StructureId)>& wanted);
    void poseAll();
    // Each frame: the bones to the renderer (rigid and skinned structures
    // are posed in its vertex shader), the path muscles `wanted` accepts
    // posed on the CPU and streamed, and the context figure. Returns the
    // structures whose CPU meshes moved (for Picker::invalidate). On a
    // renderer that cannot skin, everything wanted is posed on the CPU.
    std::vector<StructureId> upload(render::Renderer& renderer, const std::function<bool(StructureId)>& wanted);
    // Brings the CPU copy (picking, label anchors) of the structures
    // `wanted` accepts to the current pose: at most ten times a second while
    // a clip plays, unless `now` (a click). Returns the structures that moved.
    std::vector<StructureId> syncForPicking(const std::function<bool(StructureId)>& wanted, bool now = false);
    // Headless (one frame): poses everything on the CPU and gives the
    // renderer (built from rest()) the current pose, whatever was sent before.
    void uploadAll(render::Renderer& renderer);
    const Atlas& rest() const { return m_rest; }
    // The context figure in the current pose.
    const std::vector<Mesh>& figure() const { return m_figure; }

    const motion::Pose& pose() const { return m_pose; }
    // Length readouts of every path muscle in the current pose.
    const std::vector<motion::MuscleState>& muscles() const { return m_muscles; }
    const motion::MuscleState* muscle(const std::string& id) const;

private:
    void applyPose(const motion::Pose& p);
    void bindSkin(render::Renderer& renderer);
    void sendBones(render::Renderer& renderer);

    const Atlas& m_rest;
    Atlas m_posed;
    motion::Deformer m_deformer;
    std::vector<motion::MotionClip> m_clips;
    std::vector<std::string> m_problems;
    int m_clip = -1;
    double m_time = 0.0;
    bool m_playing = false;
    bool m_dirty = false;
    bool m_atRest = true;
    unsigned m_poseVersion = 0;
    std::vector<unsigned> m_posedVersion; // per structure: the pose version it shows
    std::vector<unsigned> m_gpuVersion;   // per streamed structure: the pose version on the GPU
    bool m_skinBound = false;             // bones and weights sent to the renderer
    bool m_gpuSkin = false;               // the renderer poses rigid and skinned structures
    unsigned m_bonesVersion = 0;          // the pose version the renderer's bones show
    double m_sincePickSync = 1e9;         // seconds since syncForPicking() last posed
    motion::Pose m_pose;
    std::vector<motion::MuscleState> m_muscles;
    std::vector<Mesh> m_figure;
};

} // namespace dc::app
