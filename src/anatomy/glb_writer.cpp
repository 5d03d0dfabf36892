#include "anatomy/glb_writer.h"

#include <cstring>
#include <fstream>

#include <nlohmann/json.hpp>

namespace dc {

namespace {

using json = nlohmann::json;

constexpr int kFloat = 5126;
constexpr int kUInt = 5125;
constexpr int kArrayBuffer = 34962;
constexpr int kElementArrayBuffer = 34963;

struct BufferBuilder {
    std::vector<uint8_t> bytes;
    json views = json::array();
    json accessors = json::array();

    int add(const void* data, size_t size, int target) {
        while (bytes.size() % 4) bytes.push_back(0);
        size_t offset = bytes.size();
        bytes.resize(offset + size);
        std::memcpy(bytes.data() + offset, data, size);
        views.push_back({{"buffer", 0}, {"byteOffset", offset}, {"byteLength", size}, {"target", target}});
        return static_cast<int>(views.size() - 1);
    }

    int accessor(int view, int componentType, size_t count, const char* type, json extra = json::object()) {
        json a = {{"bufferView", view}, {"componentType", componentType}, {"count", count}, {"type", type}};
        a.update(extra);
        accessors.push_back(a);
        return static_cast<int>(accessors.size() - 1);
    }
};

} // namespace

std::string writeGlb(const Atlas& atlas, const std::string& path) {
    BufferBuilder buf;
    json nodes = json::array(), meshes = json::array(), materials = json::array(), sceneNodes = json::array();

    for (StructureId id = 0; id < atlas.size(); ++id) {
        const Structure& s = atlas.at(id);
        const Mesh& m = s.mesh;
        if (m.positions.empty() || m.indices.empty()) continue;
        Bounds b = m.bounds();
        json attrs;
        int pv = buf.add(m.positions.data(), m.positions.size() * sizeof(glm::vec3), kArrayBuffer);
        attrs["POSITION"] = buf.accessor(pv, kFloat, m.positions.size(), "VEC3",
                                         {{"min", {b.min.x, b.min.y, b.min.z}}, {"max", {b.max.x, b.max.y, b.max.z}}});
        if (m.normals.size() == m.positions.size()) {
            int nv = buf.add(m.normals.data(), m.normals.size() * sizeof(glm::vec3), kArrayBuffer);
            attrs["NORMAL"] = buf.accessor(nv, kFloat, m.normals.size(), "VEC3");
        }
        if (m.fibres.size() == m.positions.size()) {
            std::vector<float> tangents;
            tangents.reserve(m.fibres.size() * 4);
            for (const auto& f : m.fibres) tangents.insert(tangents.end(), {f.x, f.y, f.z, 1.0f});
            int tv = buf.add(tangents.data(), tangents.size() * sizeof(float), kArrayBuffer);
            attrs["TANGENT"] = buf.accessor(tv, kFloat, m.fibres.size(), "VEC4");
        }
        int iv = buf.add(m.indices.data(), m.indices.size() * sizeof(uint32_t), kElementArrayBuffer);
        int ia = buf.accessor(iv, kUInt, m.indices.size(), "SCALAR");

        const StructureInfo& info = s.info;
        materials.push_back({{"name", info.id},
                             {"pbrMetallicRoughness",
                              {{"baseColorFactor", {info.colour.r, info.colour.g, info.colour.b, 1.0}},
                               {"metallicFactor", 0.0},
                               {"roughnessFactor", 0.6}}}});
        meshes.push_back({{"name", info.id},
                          {"primitives", {{{"attributes", attrs}, {"indices", ia}, {"material", materials.size() - 1}}}}});
        nodes.push_back({{"name", info.id},
                         {"mesh", meshes.size() - 1},
                         {"extras",
                          {{"deepcore_name", info.name},
                           {"layer", static_cast<int>(info.layer)},
                           {"system", std::string(systemName(info.system))},
                           {"side", std::string(sideName(info.side))},
                           {"colour", {info.colour.r, info.colour.g, info.colour.b}}}}});
        sceneNodes.push_back(nodes.size() - 1);
    }
    while (buf.bytes.size() % 4) buf.bytes.push_back(0);

    json doc = {{"asset", {{"version", "2.0"}, {"generator", "deepcore atlasgen"}}},
                {"scene", 0},
                {"scenes", {{{"name", "lower_torso"}, {"nodes", sceneNodes}}}},
                {"nodes", nodes},
                {"meshes", meshes},
                {"materials", materials},
                {"accessors", buf.accessors},
                {"bufferViews", buf.views},
                {"buffers", {{{"byteLength", buf.bytes.size()}}}}};
    std::string text = doc.dump();
    while (text.size() % 4) text.push_back(' ');

    std::ofstream out(path, std::ios::binary);
    if (!out) return path + ": cannot open for writing";
    auto u32 = [&](uint32_t v) { out.write(reinterpret_cast<const char*>(&v), 4); };
    uint32_t total = 12 + 8 + static_cast<uint32_t>(text.size()) + 8 + static_cast<uint32_t>(buf.bytes.size());
    u32(0x46546C67); // "glTF"
    u32(2);
    u32(total);
    u32(static_cast<uint32_t>(text.size()));
    u32(0x4E4F534A); // "JSON"
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    u32(static_cast<uint32_t>(buf.bytes.size()));
    u32(0x004E4942); // "BIN\0"
    out.write(reinterpret_cast<const char*>(buf.bytes.data()), static_cast<std::streamsize>(buf.bytes.size()));
    if (!out) return path + ": write failed (disk full?)";
    return {};
}

} // namespace dc
