// GpuAtlas: the Atlas's meshes on the GPU, uploaded once. All structures share
// one vertex buffer of positions and normals (interleaved, rewritten while a
// motion plays), one of fibre directions (static) and one index buffer; each
// structure is a range drawn with a base vertex. updateVertices() streams a
// deformed structure into its range without reading anything back;
// setSkin() binds a structure's vertices to bones so the vertex shader poses
// it (a fourth buffer, made on the first call; until then the shader reads
// zero weights).
#pragma once

#include <vector>

#include "anatomy/atlas.h"
#include "render/gl_objects.h"

namespace dc::render {

struct GpuRange {
    GLsizei indexCount = 0;
    size_t indexOffsetBytes = 0;
    GLint baseVertex = 0;
    GLsizei vertexCount = 0;
};

class GpuAtlas {
public:
    GpuAtlas() = default;
    explicit GpuAtlas(const Atlas& atlas);

    void bind() const;
    void draw(StructureId id) const;
    // Replaces one structure's positions and normals (same vertex count).
    void updateVertices(StructureId id, const std::vector<glm::vec3>& positions, const std::vector<glm::vec3>& normals);
    // Binds one structure's vertices to bones for skinning in the vertex
    // shader (per vertex: three bone indices and weights; see Renderer::setBones).
    void setSkin(StructureId id, const std::vector<glm::vec3>& bones, const std::vector<glm::vec3>& weights);
    size_t size() const { return m_ranges.size(); }
    size_t triangles(StructureId id) const { return static_cast<size_t>(m_ranges[id].indexCount / 3); }

private:
    gl::VertexArray m_vao;
    struct Vertex {
        glm::vec3 position, normal;
    };
    struct SkinVertex {
        glm::vec3 bones{0.0f}, weights{0.0f};
    };
    gl::Buffer m_vbo, m_fibreVbo, m_skinVbo, m_ibo;
    std::vector<Vertex> m_scratch; // reused by updateVertices()
    std::vector<GpuRange> m_ranges;
    size_t m_vertexCount = 0;
};

} // namespace dc::render
