#include "anatomy/catalog.h"

#include <cctype>

namespace dc {

namespace {

struct Entry {
    const char* stem;
    const char* name;
    Layer layer;
    System system;
    bool paired;
    glm::vec3 colour;
};

// Atlas-plate colours (linear RGB).
const glm::vec3 kSkin{0.86f, 0.64f, 0.52f};
const glm::vec3 kMuscle{0.62f, 0.16f, 0.13f};
const glm::vec3 kMuscleDeep{0.70f, 0.20f, 0.16f};
const glm::vec3 kTendon{0.86f, 0.83f, 0.72f};
const glm::vec3 kBone{0.91f, 0.86f, 0.72f};
const glm::vec3 kDisc{0.68f, 0.80f, 0.86f};
const glm::vec3 kNerve{0.96f, 0.82f, 0.22f};
const glm::vec3 kArtery{0.78f, 0.08f, 0.08f};
const glm::vec3 kVein{0.18f, 0.30f, 0.72f};
const glm::vec3 kBowel{0.90f, 0.62f, 0.58f};
const glm::vec3 kColon{0.80f, 0.58f, 0.45f};
const glm::vec3 kKidney{0.55f, 0.20f, 0.18f};
const glm::vec3 kUreter{0.92f, 0.80f, 0.62f};
const glm::vec3 kBladder{0.88f, 0.72f, 0.58f};

const std::vector<Entry>& entries() {
    static const std::vector<Entry> table = {
        // layer 0
        {"skin", "Skin", Layer::Skin, System::Integumentary, false, kSkin},
        // layer 1
        {"rectus_abdominis", "Rectus abdominis", Layer::Wall, System::Muscular, true, kMuscle},
        {"external_oblique", "External oblique", Layer::Wall, System::Muscular, true, kMuscle * 1.05f},
        {"internal_oblique", "Internal oblique", Layer::Wall, System::Muscular, true, kMuscle * 0.95f},
        {"transversus_abdominis", "Transversus abdominis", Layer::Wall, System::Muscular, true, kMuscle * 0.9f},
        {"inguinal_ligament", "Inguinal ligament", Layer::Wall, System::Muscular, true, kTendon},
        {"sartorius", "Sartorius", Layer::Wall, System::Muscular, true, kMuscle * 1.1f},
        {"rectus_femoris", "Rectus femoris", Layer::Wall, System::Muscular, true, kMuscle},
        {"tensor_fasciae_latae", "Tensor fasciae latae", Layer::Wall, System::Muscular, true, kMuscle * 1.08f},
        {"gluteus_maximus", "Gluteus maximus", Layer::Wall, System::Muscular, true, kMuscle * 0.92f},
        {"gluteus_medius", "Gluteus medius", Layer::Wall, System::Muscular, true, kMuscle * 1.02f},
        // layer 2
        {"small_intestine", "Small intestine", Layer::Organs, System::Digestive, false, kBowel},
        {"caecum", "Caecum", Layer::Organs, System::Digestive, false, kColon},
        {"appendix", "Appendix", Layer::Organs, System::Digestive, false, kColon * 1.05f},
        {"ascending_colon", "Ascending colon", Layer::Organs, System::Digestive, false, kColon},
        {"transverse_colon", "Transverse colon", Layer::Organs, System::Digestive, false, kColon},
        {"descending_colon", "Descending colon", Layer::Organs, System::Digestive, false, kColon},
        {"sigmoid_colon", "Sigmoid colon", Layer::Organs, System::Digestive, false, kColon},
        {"rectum", "Rectum", Layer::Organs, System::Digestive, false, kColon * 0.95f},
        {"urinary_bladder", "Urinary bladder", Layer::Organs, System::Urinary, false, kBladder},
        // layer 3
        {"kidney", "Kidney", Layer::Retroperitoneum, System::Urinary, true, kKidney},
        {"ureter", "Ureter", Layer::Retroperitoneum, System::Urinary, true, kUreter},
        {"abdominal_aorta", "Abdominal aorta", Layer::Retroperitoneum, System::Vascular, false, kArtery},
        {"inferior_vena_cava", "Inferior vena cava", Layer::Retroperitoneum, System::Vascular, false, kVein},
        {"common_iliac_artery", "Common iliac artery", Layer::Retroperitoneum, System::Vascular, true, kArtery},
        {"external_iliac_artery", "External iliac artery", Layer::Retroperitoneum, System::Vascular, true, kArtery},
        {"common_iliac_vein", "Common iliac vein", Layer::Retroperitoneum, System::Vascular, true, kVein},
        {"external_iliac_vein", "External iliac vein", Layer::Retroperitoneum, System::Vascular, true, kVein},
        {"femoral_artery", "Femoral artery", Layer::Retroperitoneum, System::Vascular, true, kArtery},
        {"femoral_vein", "Femoral vein", Layer::Retroperitoneum, System::Vascular, true, kVein},
        // layer 4
        {"psoas_major", "Psoas major", Layer::DeepMuscles, System::Muscular, true, kMuscleDeep},
        {"psoas_minor", "Psoas minor", Layer::DeepMuscles, System::Muscular, true, kMuscleDeep * 1.1f},
        {"iliacus", "Iliacus", Layer::DeepMuscles, System::Muscular, true, kMuscleDeep * 0.92f},
        {"quadratus_lumborum", "Quadratus lumborum", Layer::DeepMuscles, System::Muscular, true, kMuscleDeep * 0.85f},
        {"pectineus", "Pectineus", Layer::DeepMuscles, System::Muscular, true, kMuscleDeep * 1.05f},
        {"adductor_longus", "Adductor longus", Layer::DeepMuscles, System::Muscular, true, kMuscleDeep * 0.95f},
        // layer 5
        {"subcostal_nerve", "Subcostal nerve", Layer::Nerves, System::Nervous, true, kNerve},
        {"iliohypogastric_nerve", "Iliohypogastric nerve", Layer::Nerves, System::Nervous, true, kNerve},
        {"ilioinguinal_nerve", "Ilioinguinal nerve", Layer::Nerves, System::Nervous, true, kNerve},
        {"genitofemoral_nerve", "Genitofemoral nerve", Layer::Nerves, System::Nervous, true, kNerve},
        {"lateral_femoral_cutaneous_nerve", "Lateral femoral cutaneous nerve", Layer::Nerves, System::Nervous, true, kNerve},
        {"femoral_nerve", "Femoral nerve", Layer::Nerves, System::Nervous, true, kNerve},
        {"obturator_nerve", "Obturator nerve", Layer::Nerves, System::Nervous, true, kNerve},
        {"lumbosacral_trunk", "Lumbosacral trunk", Layer::Nerves, System::Nervous, true, kNerve},
        {"sciatic_nerve", "Sciatic nerve", Layer::Nerves, System::Nervous, true, kNerve},
        // layer 6
        {"t12_vertebra", "T12 vertebra", Layer::Skeleton, System::Skeletal, false, kBone},
        {"l1_vertebra", "L1 vertebra", Layer::Skeleton, System::Skeletal, false, kBone},
        {"l2_vertebra", "L2 vertebra", Layer::Skeleton, System::Skeletal, false, kBone},
        {"l3_vertebra", "L3 vertebra", Layer::Skeleton, System::Skeletal, false, kBone},
        {"l4_vertebra", "L4 vertebra", Layer::Skeleton, System::Skeletal, false, kBone},
        {"l5_vertebra", "L5 vertebra", Layer::Skeleton, System::Skeletal, false, kBone},
        {"disc_t12_l1", "T12-L1 intervertebral disc", Layer::Skeleton, System::Skeletal, false, kDisc},
        {"disc_l1_l2", "L1-L2 intervertebral disc", Layer::Skeleton, System::Skeletal, false, kDisc},
        {"disc_l2_l3", "L2-L3 intervertebral disc", Layer::Skeleton, System::Skeletal, false, kDisc},
        {"disc_l3_l4", "L3-L4 intervertebral disc", Layer::Skeleton, System::Skeletal, false, kDisc},
        {"disc_l4_l5", "L4-L5 intervertebral disc", Layer::Skeleton, System::Skeletal, false, kDisc},
        {"disc_l5_s1", "L5-S1 intervertebral disc", Layer::Skeleton, System::Skeletal, false, kDisc},
        {"sacrum", "Sacrum", Layer::Skeleton, System::Skeletal, false, kBone},
        {"coccyx", "Coccyx", Layer::Skeleton, System::Skeletal, false, kBone},
        {"hip_bone", "Hip bone", Layer::Skeleton, System::Skeletal, true, kBone},
        {"femur", "Femur", Layer::Skeleton, System::Skeletal, true, kBone},
        {"rib_11", "Rib 11", Layer::Skeleton, System::Skeletal, true, kBone},
        {"rib_12", "Rib 12", Layer::Skeleton, System::Skeletal, true, kBone},
    };
    return table;
}

std::vector<StructureInfo> expand() {
    std::vector<StructureInfo> out;
    for (const Entry& e : entries()) {
        if (!e.paired) {
            out.push_back({e.stem, e.name, e.layer, e.system, Side::None, e.colour});
            continue;
        }
        out.push_back({std::string(e.stem) + "_left", std::string(e.name) + " (left)", e.layer, e.system,
                       Side::Left, e.colour});
        out.push_back({std::string(e.stem) + "_right", std::string(e.name) + " (right)", e.layer, e.system,
                       Side::Right, e.colour});
    }
    return out;
}

} // namespace

const std::vector<StructureInfo>& builtInCatalog() {
    static const std::vector<StructureInfo> all = expand();
    return all;
}

std::optional<StructureInfo> catalogEntry(std::string_view id) {
    for (const auto& s : builtInCatalog())
        if (s.id == id) return s;
    return std::nullopt;
}

} // namespace dc
