#include "anatomy/atlas_loader.h"

#include <cstring>
#include <filesystem>
#include <fstream>
#include <unordered_map>

#include <assimp/Importer.hpp>
#include <assimp/postprocess.h>
#include <assimp/scene.h>
#include <glm/geometric.hpp>
#include <glm/mat3x3.hpp>
#include <glm/mat4x4.hpp>
#include <nlohmann/json.hpp>

#include "anatomy/catalog.h"
#include "core/text.h"

namespace dc {

namespace {

using json = nlohmann::json;
namespace fs = std::filesystem;

constexpr uintmax_t kMaxModelBytes = 512ull * 1024 * 1024;

// Node extras by node name, read straight from the glTF JSON: Assimp does
// not hand node extras through in every version.
std::unordered_map<std::string, json> readGltfExtras(const std::string& path) {
    std::unordered_map<std::string, json> out;
    std::ifstream in(path, std::ios::binary);
    if (!in) return out;
    std::string text;
    char magic[4] = {};
    in.read(magic, 4);
    if (in && std::memcmp(magic, "glTF", 4) == 0) {
        uint32_t header[4] = {};
        in.read(reinterpret_cast<char*>(header), sizeof(header)); // version, length, chunk length, chunk type
        if (!in || header[3] != 0x4E4F534A || header[2] > 256u * 1024 * 1024) return out;
        text.resize(header[2]);
        in.read(text.data(), header[2]);
        if (!in) return out;
    } else if (endsWith(toLower(path), ".gltf")) {
        in.seekg(0);
        text.assign(std::istreambuf_iterator<char>(in), {});
    } else {
        return out;
    }
    json doc = json::parse(text, nullptr, false);
    if (doc.is_discarded() || !doc.contains("nodes") || !doc["nodes"].is_array()) return out;
    for (const auto& n : doc["nodes"])
        if (n.is_object() && n.contains("name") && n["name"].is_string() && n.contains("extras") &&
            n["extras"].is_object())
            out[n["name"].get<std::string>()] = n["extras"];
    return out;
}

std::string sanitiseId(const std::string& raw, size_t index) {
    std::string id;
    for (char c : raw) {
        unsigned char u = static_cast<unsigned char>(c);
        if (std::isalnum(u)) id.push_back(static_cast<char>(std::tolower(u)));
        else if (!id.empty() && id.back() != '_') id.push_back('_');
    }
    while (!id.empty() && id.back() == '_') id.pop_back();
    if (id.empty()) id = "structure_" + std::to_string(index + 1);
    return id;
}

glm::mat4 toGlm(const aiMatrix4x4& m) {
    return glm::mat4(m.a1, m.b1, m.c1, m.d1, m.a2, m.b2, m.c2, m.d2, m.a3, m.b3, m.c3, m.d3, m.a4, m.b4, m.c4, m.d4);
}

glm::vec3 defaultColour(size_t i) {
    static const glm::vec3 palette[] = {{0.80f, 0.55f, 0.45f}, {0.65f, 0.25f, 0.20f}, {0.85f, 0.80f, 0.65f},
                                        {0.90f, 0.78f, 0.30f}, {0.35f, 0.45f, 0.75f}, {0.60f, 0.70f, 0.55f}};
    return palette[i % (sizeof(palette) / sizeof(palette[0]))];
}

void applyExtras(StructureInfo& info, const json& e) {
    if (e.contains("deepcore_name") && e["deepcore_name"].is_string()) info.name = e["deepcore_name"];
    if (e.contains("layer") && e["layer"].is_number_integer()) {
        int l = e["layer"];
        if (l >= 0 && l < kLayerCount) info.layer = static_cast<Layer>(l);
    }
    if (e.contains("system") && e["system"].is_string())
        if (auto s = systemFromName(e["system"].get<std::string>())) info.system = *s;
    if (e.contains("side") && e["side"].is_string())
        if (auto s = sideFromName(e["side"].get<std::string>())) info.side = *s;
    if (e.contains("colour") && e["colour"].is_array() && e["colour"].size() == 3) {
        for (int k = 0; k < 3; ++k)
            if (e["colour"][k].is_number()) info.colour[k] = e["colour"][k].get<float>();
    }
}

struct Collector {
    const aiScene* scene;
    std::unordered_map<std::string, json> extras;
    Atlas atlas;
    LoadReport* report;
    size_t withoutMetadata = 0;

    void visit(const aiNode* node, const glm::mat4& parent) {
        glm::mat4 world = parent * toGlm(node->mTransformation);
        if (node->mNumMeshes > 0) addNode(node, world);
        for (unsigned i = 0; i < node->mNumChildren; ++i) visit(node->mChildren[i], world);
    }

    void addNode(const aiNode* node, const glm::mat4& world) {
        std::string raw = node->mName.C_Str();
        if (raw.empty() && node->mNumMeshes > 0) raw = scene->mMeshes[node->mMeshes[0]]->mName.C_Str();
        Structure s;
        s.info.id = sanitiseId(raw, atlas.size());
        glm::mat3 normalMatrix = glm::transpose(glm::inverse(glm::mat3(world)));
        bool anyFibres = false;
        for (unsigned k = 0; k < node->mNumMeshes; ++k) {
            const aiMesh* m = scene->mMeshes[node->mMeshes[k]];
            if (!(m->mPrimitiveTypes & aiPrimitiveType_TRIANGLE)) continue;
            auto base = static_cast<uint32_t>(s.mesh.positions.size());
            for (unsigned v = 0; v < m->mNumVertices; ++v) {
                const aiVector3D& p = m->mVertices[v];
                s.mesh.positions.push_back(glm::vec3(world * glm::vec4(p.x, p.y, p.z, 1.0f)));
                glm::vec3 n(0, 1, 0);
                if (m->mNormals) n = glm::normalize(normalMatrix * glm::vec3(m->mNormals[v].x, m->mNormals[v].y, m->mNormals[v].z));
                s.mesh.normals.push_back(n);
                glm::vec3 f(0.0f);
                if (m->mTangents) {
                    f = glm::mat3(world) * glm::vec3(m->mTangents[v].x, m->mTangents[v].y, m->mTangents[v].z);
                    float len = glm::length(f);
                    f = len > 0 ? f / len : glm::vec3(0.0f);
                    anyFibres = true;
                }
                s.mesh.fibres.push_back(f);
            }
            for (unsigned f = 0; f < m->mNumFaces; ++f) {
                const aiFace& face = m->mFaces[f];
                if (face.mNumIndices != 3) continue;
                for (int c = 0; c < 3; ++c) s.mesh.indices.push_back(base + face.mIndices[c]);
            }
        }
        if (!anyFibres) s.mesh.fibres.clear();
        if (s.mesh.indices.empty()) return;

        auto ex = extras.find(raw);
        auto cat = catalogEntry(s.info.id);
        if (cat) {
            s.info = *cat;
        } else {
            s.info.name = raw.empty() ? s.info.id : raw;
            s.info.side = sideOfId(s.info.id);
            s.info.colour = defaultColour(atlas.size());
            s.info.layer = Layer::Skin;
            s.info.system = System::Other;
        }
        if (ex != extras.end()) {
            applyExtras(s.info, ex->second);
        } else if (!cat) {
            ++withoutMetadata;
        }
        atlas.add(std::move(s));
    }
};

} // namespace

Result<Atlas> loadAtlas(const std::string& path, LoadReport* report) {
    std::error_code ec;
    if (!fs::exists(path, ec)) return makeError(path, 0, "no such model file");
    if (fs::is_directory(path, ec)) return makeError(path, 0, "is a directory, not a model file");
    uintmax_t bytes = fs::file_size(path, ec);
    if (ec) return makeError(path, 0, "cannot read model file: " + ec.message());
    if (bytes == 0) return makeError(path, 0, "model file is empty");
    if (bytes > kMaxModelBytes)
        return makeError(path, 0, "model file is " + std::to_string(bytes / (1024 * 1024)) +
                                      " MB; the limit is " + std::to_string(kMaxModelBytes / (1024 * 1024)) + " MB");

    Assimp::Importer importer;
    // Keep vertex order and node names as written; only make what we draw.
    const aiScene* scene = importer.ReadFile(
        path, aiProcess_Triangulate | aiProcess_GenSmoothNormals | aiProcess_SortByPType);
    if (!scene || !scene->mRootNode) {
        std::string why = importer.GetErrorString();
        return makeError(path, 0, "not a readable model" + (why.empty() ? std::string() : " (" + why + ")"));
    }
    if (scene->mFlags & AI_SCENE_FLAGS_INCOMPLETE) return makeError(path, 0, "model is incomplete or corrupt");

    Collector c{scene, readGltfExtras(path), Atlas{}, report};
    c.visit(scene->mRootNode, glm::mat4(1.0f));
    if (c.atlas.empty()) return makeError(path, 0, "model has no triangle meshes");
    if (report && c.withoutMetadata > 0)
        report->warnings.push_back(path + ": " + std::to_string(c.withoutMetadata) +
                                   " structure(s) have no layer or system metadata; they are placed in the skin layer");
    c.atlas.sourcePath = path;
    return std::move(c.atlas);
}

} // namespace dc
