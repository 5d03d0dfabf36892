// Motion: rig, muscle path lengths, clip files, volume-keeping deformation,
// attachments that stay on their bones.
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>

#include <glm/geometric.hpp>

#include "anatomy/atlas_loader.h"
#include "built_in_model.h"
#include "annotations/known_motions.h"
#include "motion/deformer.h"
#include "motion/mannequin.h"
#include "motion/motion_clip.h"
#include "motion/muscle_paths.h"
#include "motion/muscle_report.h"
#include "motion/rig.h"

using namespace dc;
using namespace dc::motion;

namespace {

float lengthAt(const char* id, float hipFlexion) {
    Pose p;
    p.hipFlexion = {hipFlexion, hipFlexion};
    return pathLength(*findMusclePath(id), poseRig(p));
}

std::string motionsDir() { return std::string(DC_SOURCE_DIR) + "/annotations/motions"; }

const Atlas& model() { return test::builtInModel(); }

} // namespace

TEST_CASE("the rest pose leaves every bone where it is") {
    RigPose rp = poseRig(Pose{});
    for (int b = 0; b < kBoneCount; ++b) {
        glm::vec3 p(0.05f, 0.2f, 0.03f);
        CHECK(glm::length(rp.apply(static_cast<Bone>(b), p) - p) < 1e-6f);
    }
}

TEST_CASE("hip flexion turns the femur about the hip joint centre, knee forward") {
    Pose p;
    p.hipFlexion[Left] = 90.0f;
    RigPose rp = poseRig(p);
    CHECK(glm::length(rp.apply(Bone::FemurLeft, kHipCentreLeft) - kHipCentreLeft) < 1e-6f);
    glm::vec3 knee = rp.apply(Bone::FemurLeft, kKneeCentreLeft);
    CHECK(knee.z > 0.40f);                     // in front of the hip
    CHECK(std::abs(knee.y) < 0.02f);           // at hip height
    // The right leg did not move.
    glm::vec3 rk(-kKneeCentreLeft.x, kKneeCentreLeft.y, kKneeCentreLeft.z);
    CHECK(glm::length(rp.apply(Bone::FemurRight, rk) - rk) < 1e-6f);
    // Anterior pelvic tilt brings the top of the pelvis forward; lumbar
    // flexion brings T12 forward of the pelvis.
    Pose t;
    t.pelvicTilt = 10.0f;
    CHECK(poseRig(t).apply(Bone::Pelvis, {0, 0.15f, 0}).z > 0.02f);
    Pose f;
    f.lumbarFlexion = 30.0f;
    CHECK(poseRig(f).apply(Bone::T12, {0, 0.32f, -0.02f}).z > 0.0f);
    // Abduction moves the left knee further left; external rotation turns the
    // front of the knee outwards.
    Pose a;
    a.hipAbduction[Left] = 30.0f;
    CHECK(poseRig(a).apply(Bone::FemurLeft, kKneeCentreLeft).x > 0.2f);
    Pose r;
    r.hipRotation[Left] = 40.0f;
    glm::vec3 front = kKneeCentreLeft + glm::vec3(0, 0, 0.05f);
    CHECK(poseRig(r).apply(Bone::FemurLeft, front).x > front.x + 0.02f);
}

TEST_CASE("psoas and iliacus shorten steadily from 0 to 90 degrees of flexion and lengthen in extension") {
    for (const char* id : {"psoas_major_left", "iliacus_left", "psoas_major_right", "iliacus_right"}) {
        INFO(id);
        float rest = lengthAt(id, 0.0f);
        float prev = rest;
        for (float a = 5.0f; a <= 90.0f; a += 5.0f) {
            float l = lengthAt(id, a);
            CHECK(l < prev);
            prev = l;
        }
        CHECK(lengthAt(id, -10.0f) > rest);
        CHECK(lengthAt(id, -20.0f) > lengthAt(id, -10.0f));
    }
    // The figures the README quotes: clearly shorter at 90 degrees.
    CHECK(lengthAt("psoas_major_left", 90.0f) / lengthAt("psoas_major_left", 0.0f) < 0.92f);
    CHECK(lengthAt("iliacus_left", 90.0f) / lengthAt("iliacus_left", 0.0f) < 0.85f);
}

TEST_CASE("every product motion has a clip file that validates") {
    auto load = loadMotionClips(motionsDir());
    for (const auto& e : load.errors) UNSCOPED_INFO(e.toString());
    CHECK(load.errors.empty());
    std::vector<std::string> names;
    for (const auto& c : load.clips) names.push_back(c.name);
    for (const auto& want : knownMotionNames()) {
        INFO(want);
        CHECK(std::find(names.begin(), names.end(), want) != names.end());
    }
    for (const auto& c : load.clips) {
        INFO(c.name);
        CHECK(std::find(knownMotionNames().begin(), knownMotionNames().end(), c.name) != knownMotionNames().end());
        CHECK_FALSE(c.captions.empty());
        CHECK_FALSE(c.captionAt(0.0).empty());
    }
}

TEST_CASE("lunge_stretch lengthens the back leg's psoas beyond standing rest") {
    auto p = loadMotionClip(motionsDir() + "/lunge_stretch.toml");
    REQUIRE(p.clip);
    float best = 0.0f;
    for (double t = 0; t < p.clip->duration; t += 0.25) {
        auto lengths = muscleLengths(builtInMusclePaths(), p.clip->sample(t));
        for (const auto& m : lengths)
            if (m.id == "psoas_major_left") best = std::max(best, m.ratio);
    }
    CHECK(best > 1.01f);
}

TEST_CASE("bad motion files give FILE:LINE: message") {
    using Catch::Matchers::Contains;
    auto first = [](const char* text) {
        auto p = parseMotionClip(text, "motions/x.toml");
        return p.errors.empty() ? std::string() : p.errors.front().toString();
    };
    CHECK_THAT(first("title = \"x\"\nduration = 2\n[[key]]\nt = 0\nhip_flexon_left = 10\n"),
               Contains("motions/x.toml:5: unknown joint 'hip_flexon_left'"));
    CHECK_THAT(first("title = \"x\"\nduration = 2\n[[key]]\nt = 0\nhip_flexion_left = 300\n"),
               Contains("motions/x.toml:5: 'hip_flexion_left'"));
    CHECK_THAT(first("title = \"x\"\nduration = 2\n[[key]]\nt = 1\n[[key]]\nt = 0.5\n"),
               Contains(":6: key times must increase"));
    CHECK_THAT(first("title = \"x\"\nduration = 2\n[[key]]\nt = 5\n"), Contains(":4: key time"));
    CHECK_THAT(first("duration = 2\n[[key]]\nt = 0\n"), Contains("motions/x.toml:1: missing required field 'title'"));
    CHECK_THAT(first("title = \"x\"\nduration = -1\n[[key]]\nt = 0\n"), Contains(":2: 'duration'"));
    CHECK_THAT(first("title = \"x\"\nduration = 2\n"), Contains("at least one [[key]]"));
    CHECK_THAT(first("title = \"x\"\nduration = 2\nspeed = 3\n[[key]]\nt = 0\n"), Contains(":3: unknown field 'speed'"));
    CHECK_THAT(first("title = = \"x\"\n"), Contains("motions/x.toml:1: TOML syntax error"));
}

TEST_CASE("a clip eases between its keys and holds channels a key leaves out") {
    auto p = parseMotionClip("title = \"x\"\nduration = 2\nloop = false\n[[key]]\nt = 0\nhip_flexion_left = 0\n"
                             "knee_flexion_left = 30\n[[key]]\nt = 2\nhip_flexion_left = 90\n",
                             "x.toml");
    REQUIRE(p.clip);
    CHECK(p.clip->sample(0).hipFlexion[Left] == Approx(0));
    CHECK(p.clip->sample(1).hipFlexion[Left] == Approx(45));
    CHECK(p.clip->sample(2).hipFlexion[Left] == Approx(90));
    CHECK(p.clip->sample(5).hipFlexion[Left] == Approx(90)); // not looping: holds the end
    CHECK(p.clip->sample(1.5).kneeFlexion[Left] == Approx(30));
}

TEST_CASE("deformed muscles keep their volume within 3 % and attachments stay on bone in every clip") {
    const Atlas& rest = model();
    Deformer deformer(rest);
    auto load = loadMotionClips(motionsDir());
    REQUIRE(load.errors.empty());
    for (const auto& clip : load.clips) {
        auto rows = muscleReport(clip, rest, deformer, 2.0);
        for (const auto& row : rows)
            for (const auto& m : row.muscles) {
                INFO(clip.name << " t=" << row.t << " " << m.id);
                CHECK(m.volumeRatio == Approx(1.0).margin(0.03));
            }
        // Attachments: posed with their bone, they stay on the posed bone mesh.
        Atlas posed = rest;
        for (double t : {0.0, clip.duration * 0.5}) {
            RigPose rig = poseRig(clip.sample(t));
            deformer.apply(rig, posed, [&](StructureId id) { return rest.at(id).info.system == System::Skeletal; });
            for (const auto& m : deformer.paths())
                for (size_t k : {size_t(0), m.points.size() - 1}) {
                    auto bone = posed.find(boneStructureFor(m.points[k].bone, m.points[k].rest.x));
                    if (!bone) continue;
                    glm::vec3 p = rig.apply(m.points[k].bone, m.points[k].rest);
                    float best = 1e9f;
                    for (const auto& v : posed.at(*bone).mesh.positions) best = std::min(best, glm::length(v - p));
                    INFO(clip.name << " " << m.id << " point " << k);
                    CHECK(best <= 0.001f);
                }
        }
    }
}

TEST_CASE("the context figure is closed, outward facing and follows the rig") {
    for (const auto& part : mannequinParts()) {
        INFO(part.name);
        CHECK(part.rest.signedVolume() > 0.0);
        std::map<std::pair<uint32_t, uint32_t>, int> edges;
        const auto& ix = part.rest.indices;
        for (size_t i = 0; i + 2 < ix.size(); i += 3)
            for (int k = 0; k < 3; ++k) ++edges[{ix[i + k], ix[i + (k + 1) % 3]}];
        for (const auto& [e, n] : edges) {
            CHECK(n == 1);
            CHECK(edges.count({e.second, e.first}) == 1);
        }
    }
    Pose p;
    p.kneeFlexion[Left] = 90.0f;
    std::vector<Mesh> posed;
    poseMannequin(poseRig(p), posed);
    REQUIRE(posed.size() == mannequinParts().size());
    for (size_t i = 0; i < posed.size(); ++i)
        if (std::string(mannequinParts()[i].name) == "foot" && mannequinParts()[i].rest.centroid().x > 0)
            CHECK(posed[i].centroid().z < -0.3f); // the left foot swung back
}
