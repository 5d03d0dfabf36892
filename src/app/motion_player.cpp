#include "app/motion_player.h"

#include <cmath>
#include <cstdlib>
#include <functional>

#include <spdlog/spdlog.h>

#include "motion/mannequin.h"
#include "render/renderer.h"

namespace dc::app {

MotionPlayer::MotionPlayer(const Atlas& rest, const std::string& motionsDir)
    : m_rest(rest), m_posed(rest), m_deformer(rest) {
    motion::poseMannequin(motion::poseRig(m_pose), m_figure);
    reload(motionsDir);
    m_muscles = motion::muscleLengths(m_deformer.paths(), m_pose);
}

void MotionPlayer::reload(const std::string& motionsDir) {
    std::string playingName = current() ? current()->name : "";
    motion::ClipLoad load = motion::loadMotionClips(motionsDir);
    m_problems.clear();
    for (const auto& e : load.errors) {
        m_problems.push_back(e.toString());
        spdlog::warn("{}", e.toString());
    }
    m_clips = std::move(load.clips);
    m_clip = -1;
    for (size_t i = 0; i < m_clips.size(); ++i)
        if (m_clips[i].name == playingName) m_clip = static_cast<int>(i);
    if (m_clip < 0 && !playingName.empty()) stop();
}

bool MotionPlayer::play(const std::string& name) {
    for (size_t i = 0; i < m_clips.size(); ++i)
        if (m_clips[i].name == name) {
            m_clip = static_cast<int>(i);
            m_time = 0.0;
            m_playing = true;
            loop = m_clips[i].loop;
            applyPose(m_clips[i].sample(0.0));
            return true;
        }
    return false;
}

void MotionPlayer::stop() {
    m_clip = -1;
    m_playing = false;
    m_time = 0.0;
    applyPose(motion::Pose{});
}

const motion::MotionClip* MotionPlayer::current() const {
    return m_clip >= 0 && m_clip < static_cast<int>(m_clips.size()) ? &m_clips[m_clip] : nullptr;
}

void MotionPlayer::seek(double t) {
    const auto* c = current();
    if (!c) return;
    m_time = std::clamp(t, 0.0, c->duration);
    applyPose(c->sample(std::min(m_time, c->duration - 1e-6)));
}

bool MotionPlayer::update(double dt) {
    const auto* c = current();
    m_sincePickSync += dt;
    if (!c || !m_playing) return m_dirty;
    m_time += dt * speed;
    if (m_time >= c->duration) {
        if (loop) m_time = std::fmod(m_time, c->duration);
        else {
            m_time = c->duration;
            m_playing = false;
        }
    }
    applyPose(c->sample(std::min(m_time, c->duration - 1e-6)));
    return m_dirty;
}

void MotionPlayer::poseNow() {
    if (const auto* c = current()) applyPose(c->sample(std::min(m_time, c->duration - 1e-6)));
}

void MotionPlayer::applyPose(const motion::Pose& p) {
    bool rest = p.pelvicTilt == 0 && p.lumbarFlexion == 0 && p.bodyPitch == 0 && p.bodyOffset == glm::vec3(0) &&
                p.hipFlexion == std::array<float, 2>{0, 0} && p.hipAbduction == std::array<float, 2>{0, 0} &&
                p.hipRotation == std::array<float, 2>{0, 0} && p.kneeFlexion == std::array<float, 2>{0, 0};
    m_pose = p;
    m_muscles = motion::muscleLengths(m_deformer.paths(), p);
    motion::poseMannequin(motion::poseRig(p), m_figure);
    if (rest && m_atRest) return;
    m_atRest = rest;
    ++m_poseVersion; // structures catch up when they are next wanted
    m_dirty = true;
}

std::vector<StructureId> MotionPlayer::sync(const std::function<bool(StructureId)>& wanted) {
    std::vector<StructureId> changed;
    if (m_posedVersion.size() != m_posed.size()) m_posedVersion.assign(m_posed.size(), 0);
    for (StructureId id = 0; id < m_posed.size(); ++id)
        if (m_posedVersion[id] != m_poseVersion && (!wanted || wanted(id))) changed.push_back(id);
    if (changed.empty()) return changed;
    if (m_atRest) {
        for (StructureId id : changed) {
            m_posed.at(id).mesh = m_rest.at(id).mesh;
            m_posed.at(id).bounds = m_rest.at(id).bounds;
            m_posed.at(id).centroid = m_rest.at(id).centroid;
        }
    } else {
        std::vector<bool> want(m_posed.size(), false);
        for (StructureId id : changed) want[id] = true;
        m_deformer.apply(motion::poseRig(m_pose), m_posed, [&](StructureId id) { return want[id]; });
    }
    for (StructureId id : changed) m_posedVersion[id] = m_poseVersion;
    return changed;
}

void MotionPlayer::poseAll() { sync({}); }

void MotionPlayer::bindSkin(render::Renderer& renderer) {
    if (m_skinBound) return;
    m_skinBound = true;
    // DEEPCORE_CPU_SKINNING=1 poses everything on the CPU (a driver whose
    // vertex shaders misbehave; the render tests compare the two).
    m_gpuSkin = renderer.skinsOnGpu() && !std::getenv("DEEPCORE_CPU_SKINNING");
    if (!m_gpuSkin) return;
    std::vector<glm::vec3> bones, weights;
    for (StructureId id = 0; id < m_rest.size(); ++id)
        if (m_deformer.gpuSkinnable(id)) {
            m_deformer.skinAttributes(id, bones, weights);
            renderer.gpuAtlas().setSkin(id, bones, weights);
        }
}

void MotionPlayer::sendBones(render::Renderer& renderer) {
    m_bonesVersion = m_poseVersion;
    motion::RigPose rig = motion::poseRig(m_pose);
    std::vector<glm::vec4> real, dual;
    for (const auto& dq : motion::boneDualQuats(rig)) {
        real.emplace_back(dq.real.x, dq.real.y, dq.real.z, dq.real.w);
        dual.emplace_back(dq.dual.x, dq.dual.y, dq.dual.z, dq.dual.w);
    }
    renderer.setBones(real, dual);
    // Depth order needs where they are now; their meshes wait for the next
    // syncForPicking().
    if (m_posedVersion.size() != m_posed.size()) m_posedVersion.assign(m_posed.size(), 0);
    for (StructureId id = 0; id < m_posed.size(); ++id)
        if (m_deformer.gpuSkinnable(id) && m_posedVersion[id] != m_poseVersion)
            m_posed.at(id).centroid = m_deformer.posedCentroid(rig, id);
}

void MotionPlayer::uploadAll(render::Renderer& renderer) {
    bindSkin(renderer);
    poseAll();
    if (m_gpuSkin) sendBones(renderer);
    m_gpuVersion = m_posedVersion;
    for (StructureId id = 0; id < m_posed.size(); ++id)
        if (!m_gpuSkin || !m_deformer.gpuSkinnable(id))
            renderer.gpuAtlas().updateVertices(id, m_posed.at(id).mesh.positions, m_posed.at(id).mesh.normals);
    renderer.setFigure(m_figure);
    m_dirty = false;
}

std::vector<StructureId> MotionPlayer::upload(render::Renderer& renderer,
                                              const std::function<bool(StructureId)>& wanted) {
    // Once: bones and weights of every rigid and skinned structure go to the
    // GPU, which poses them from then on; the CPU poses only the path
    // muscles every frame.
    bindSkin(renderer);
    if (m_gpuSkin && m_bonesVersion != m_poseVersion) sendBones(renderer);
    // What the GPU does not pose itself: posed on the CPU and streamed when
    // its GPU copy is older than its CPU copy (syncForPicking() may have
    // posed a hidden one meanwhile).
    auto streamed = [&](StructureId id) {
        return (!m_gpuSkin || !m_deformer.gpuSkinnable(id)) && (!wanted || wanted(id));
    };
    std::vector<StructureId> changed = sync(streamed);
    if (m_gpuVersion.size() != m_posed.size()) m_gpuVersion.assign(m_posed.size(), 0);
    for (StructureId id = 0; id < m_posed.size(); ++id)
        if (streamed(id) && m_gpuVersion[id] != m_posedVersion[id]) {
            renderer.gpuAtlas().updateVertices(id, m_posed.at(id).mesh.positions, m_posed.at(id).mesh.normals);
            m_gpuVersion[id] = m_posedVersion[id];
        }
    if (m_dirty) renderer.setFigure(m_figure);
    m_dirty = false;
    return changed;
}

std::vector<StructureId> MotionPlayer::syncForPicking(const std::function<bool(StructureId)>& wanted, bool now) {
    // While a clip plays, the CPU copy follows at up to ten poses a second
    // for hover and labels; a click (now) always gets the current pose.
    if (!now && m_playing && m_sincePickSync < 0.1) return {};
    m_sincePickSync = 0.0;
    return sync(wanted);
}

const motion::MuscleState* MotionPlayer::muscle(const std::string& id) const {
    for (const auto& m : m_muscles)
        if (m.id == id) return &m;
    return nullptr;
}

} // namespace dc::app
