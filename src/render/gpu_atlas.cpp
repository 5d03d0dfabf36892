#include "render/gpu_atlas.h"

namespace dc::render {

// Positions and normals change while a motion plays; fibre directions never
// do, so they live in a buffer of their own and an update writes only the
// first (no read-back from the GPU).

GpuAtlas::GpuAtlas(const Atlas& atlas) {
    std::vector<Vertex> vertices;
    std::vector<glm::vec3> fibres;
    std::vector<uint32_t> indices;
    for (const auto& s : atlas.structures()) {
        const Mesh& m = s.mesh;
        GpuRange r;
        r.baseVertex = static_cast<GLint>(vertices.size());
        r.vertexCount = static_cast<GLsizei>(m.positions.size());
        r.indexOffsetBytes = indices.size() * sizeof(uint32_t);
        r.indexCount = static_cast<GLsizei>(m.indices.size());
        for (size_t i = 0; i < m.positions.size(); ++i) {
            vertices.push_back({m.positions[i], i < m.normals.size() ? m.normals[i] : glm::vec3(0, 1, 0)});
            fibres.push_back(i < m.fibres.size() ? m.fibres[i] : glm::vec3(0.0f));
        }
        indices.insert(indices.end(), m.indices.begin(), m.indices.end());
        m_ranges.push_back(r);
    }
    m_vao = gl::makeVertexArray();
    m_vbo = gl::makeBuffer();
    m_fibreVbo = gl::makeBuffer();
    m_ibo = gl::makeBuffer();
    glBindVertexArray(m_vao.id());
    glBindBuffer(GL_ARRAY_BUFFER, m_vbo.id());
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(vertices.size() * sizeof(Vertex)), vertices.data(),
                 GL_DYNAMIC_DRAW);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, m_ibo.id());
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(indices.size() * sizeof(uint32_t)), indices.data(),
                 GL_STATIC_DRAW);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, sizeof(Vertex), reinterpret_cast<void*>(offsetof(Vertex, position)));
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 3, GL_FLOAT, GL_FALSE, sizeof(Vertex), reinterpret_cast<void*>(offsetof(Vertex, normal)));
    // Skinning: three bone indices and weights per vertex; all-zero weights
    // (the default) mean the stored position is already the posed one.
    m_skinVbo = gl::makeBuffer();
    glBindBuffer(GL_ARRAY_BUFFER, m_skinVbo.id());
    std::vector<SkinVertex> noSkin(vertices.size());
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(noSkin.size() * sizeof(SkinVertex)), noSkin.data(),
                 GL_STATIC_DRAW);
    glEnableVertexAttribArray(3);
    glVertexAttribPointer(3, 3, GL_FLOAT, GL_FALSE, sizeof(SkinVertex), reinterpret_cast<void*>(offsetof(SkinVertex, bones)));
    glEnableVertexAttribArray(4);
    glVertexAttribPointer(4, 3, GL_FLOAT, GL_FALSE, sizeof(SkinVertex), reinterpret_cast<void*>(offsetof(SkinVertex, weights)));
    glBindBuffer(GL_ARRAY_BUFFER, m_fibreVbo.id());
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(fibres.size() * sizeof(glm::vec3)), fibres.data(),
                 GL_STATIC_DRAW);
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(2, 3, GL_FLOAT, GL_FALSE, sizeof(glm::vec3), nullptr);
    glBindVertexArray(0);
}

void GpuAtlas::bind() const { glBindVertexArray(m_vao.id()); }

void GpuAtlas::draw(StructureId id) const {
    if (id >= m_ranges.size()) return;
    const GpuRange& r = m_ranges[id];
    if (r.indexCount == 0) return;
    glDrawElementsBaseVertex(GL_TRIANGLES, r.indexCount, GL_UNSIGNED_INT, reinterpret_cast<void*>(r.indexOffsetBytes),
                             r.baseVertex);
}

void GpuAtlas::updateVertices(StructureId id, const std::vector<glm::vec3>& positions,
                              const std::vector<glm::vec3>& normals) {
    if (id >= m_ranges.size()) return;
    const GpuRange& r = m_ranges[id];
    if (positions.size() != static_cast<size_t>(r.vertexCount) || normals.size() != positions.size()) return;
    std::vector<Vertex>& v = m_scratch;
    v.resize(positions.size());
    for (size_t i = 0; i < v.size(); ++i) v[i] = {positions[i], normals[i]};
    glBindBuffer(GL_ARRAY_BUFFER, m_vbo.id());
    glBufferSubData(GL_ARRAY_BUFFER, static_cast<GLintptr>(r.baseVertex * sizeof(Vertex)),
                    static_cast<GLsizeiptr>(v.size() * sizeof(Vertex)), v.data());
}

void GpuAtlas::setSkin(StructureId id, const std::vector<glm::vec3>& bones, const std::vector<glm::vec3>& weights) {
    if (id >= m_ranges.size()) return;
    const GpuRange& r = m_ranges[id];
    if (bones.size() != static_cast<size_t>(r.vertexCount) || weights.size() != bones.size()) return;
    std::vector<SkinVertex> v(bones.size());
    for (size_t i = 0; i < v.size(); ++i) v[i] = {bones[i], weights[i]};
    glBindBuffer(GL_ARRAY_BUFFER, m_skinVbo.id());
    glBufferSubData(GL_ARRAY_BUFFER, static_cast<GLintptr>(r.baseVertex * sizeof(SkinVertex)),
                    static_cast<GLsizeiptr>(v.size() * sizeof(SkinVertex)), v.data());
}

} // namespace dc::render
