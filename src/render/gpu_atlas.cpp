#include "render/gpu_atlas.h"

#include <algorithm>

namespace dc::render {

// Positions and normals change while a motion plays; fibre directions never
// do, so they live in a buffer of their own and an update writes only the
// first (no read-back from the GPU).

namespace {
// Allocates `bytes` in the bound buffer and maps it for writing: the data is
// written once, straight into the driver's storage (no staging copy, which
// on a software renderer doubles the memory touched at start-up).
void* allocateMapped(GLenum target, size_t bytes, GLenum usage) {
    glBufferData(target, static_cast<GLsizeiptr>(bytes), nullptr, usage);
    if (bytes == 0) return nullptr;
    return glMapBufferRange(target, 0, static_cast<GLsizeiptr>(bytes), GL_MAP_WRITE_BIT | GL_MAP_INVALIDATE_BUFFER_BIT);
}
} // namespace

GpuAtlas::GpuAtlas(const Atlas& atlas) {
    size_t vertexCount = 0, indexCount = 0;
    for (const auto& s : atlas.structures()) {
        GpuRange r;
        r.baseVertex = static_cast<GLint>(vertexCount);
        r.vertexCount = static_cast<GLsizei>(s.mesh.positions.size());
        r.indexOffsetBytes = indexCount * sizeof(uint32_t);
        r.indexCount = static_cast<GLsizei>(s.mesh.indices.size());
        vertexCount += s.mesh.positions.size();
        indexCount += s.mesh.indices.size();
        m_ranges.push_back(r);
    }
    m_vertexCount = vertexCount;
    m_vao = gl::makeVertexArray();
    m_vbo = gl::makeBuffer();
    m_fibreVbo = gl::makeBuffer();
    m_ibo = gl::makeBuffer();
    glBindVertexArray(m_vao.id());

    glBindBuffer(GL_ARRAY_BUFFER, m_vbo.id());
    if (auto* v = static_cast<Vertex*>(allocateMapped(GL_ARRAY_BUFFER, vertexCount * sizeof(Vertex), GL_DYNAMIC_DRAW))) {
        for (const auto& s : atlas.structures()) {
            const Mesh& m = s.mesh;
            for (size_t i = 0; i < m.positions.size(); ++i)
                *v++ = {m.positions[i], i < m.normals.size() ? m.normals[i] : glm::vec3(0, 1, 0)};
        }
        glUnmapBuffer(GL_ARRAY_BUFFER);
    }
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, sizeof(Vertex), reinterpret_cast<void*>(offsetof(Vertex, position)));
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 3, GL_FLOAT, GL_FALSE, sizeof(Vertex), reinterpret_cast<void*>(offsetof(Vertex, normal)));

    glBindBuffer(GL_ARRAY_BUFFER, m_fibreVbo.id());
    if (auto* f = static_cast<glm::vec3*>(allocateMapped(GL_ARRAY_BUFFER, vertexCount * sizeof(glm::vec3), GL_STATIC_DRAW))) {
        for (const auto& s : atlas.structures()) {
            const Mesh& m = s.mesh;
            for (size_t i = 0; i < m.positions.size(); ++i) *f++ = i < m.fibres.size() ? m.fibres[i] : glm::vec3(0.0f);
        }
        glUnmapBuffer(GL_ARRAY_BUFFER);
    }
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(2, 3, GL_FLOAT, GL_FALSE, sizeof(glm::vec3), nullptr);

    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, m_ibo.id());
    if (auto* ix = static_cast<uint32_t*>(allocateMapped(GL_ELEMENT_ARRAY_BUFFER, indexCount * sizeof(uint32_t), GL_STATIC_DRAW))) {
        for (const auto& s : atlas.structures()) ix = std::copy(s.mesh.indices.begin(), s.mesh.indices.end(), ix);
        glUnmapBuffer(GL_ELEMENT_ARRAY_BUFFER);
    }
    // Skinning attributes (locations 3 and 4) stay disabled until setSkin():
    // a disabled attribute reads (0, 0, 0), zero weights, which the vertex
    // shader takes as "the stored position is already the posed one".
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
    if (!m_skinVbo) {
        // The first skinned structure: a buffer for all, zero weights elsewhere.
        m_skinVbo = gl::makeBuffer();
        glBindVertexArray(m_vao.id());
        glBindBuffer(GL_ARRAY_BUFFER, m_skinVbo.id());
        std::vector<SkinVertex> none(m_vertexCount);
        glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(none.size() * sizeof(SkinVertex)), none.data(), GL_STATIC_DRAW);
        glEnableVertexAttribArray(3);
        glVertexAttribPointer(3, 3, GL_FLOAT, GL_FALSE, sizeof(SkinVertex), reinterpret_cast<void*>(offsetof(SkinVertex, bones)));
        glEnableVertexAttribArray(4);
        glVertexAttribPointer(4, 3, GL_FLOAT, GL_FALSE, sizeof(SkinVertex), reinterpret_cast<void*>(offsetof(SkinVertex, weights)));
        glBindVertexArray(0);
    }
    std::vector<SkinVertex> v(bones.size());
    for (size_t i = 0; i < v.size(); ++i) v[i] = {bones[i], weights[i]};
    glBindBuffer(GL_ARRAY_BUFFER, m_skinVbo.id());
    glBufferSubData(GL_ARRAY_BUFFER, static_cast<GLintptr>(r.baseVertex * sizeof(SkinVertex)),
                    static_cast<GLsizeiptr>(v.size() * sizeof(SkinVertex)), v.data());
}

} // namespace dc::render
