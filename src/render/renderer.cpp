#include "render/renderer.h"

#include <glm/geometric.hpp>
#include <glm/gtc/matrix_inverse.hpp>
#include <spdlog/spdlog.h>

namespace dc::render {

namespace {

const char* kFallbackVert = R"(#version 330 core
layout(location = 0) in vec3 aPosition;
layout(location = 1) in vec3 aNormal;
uniform mat4 uViewProj;
out vec3 vNormal;
void main() { vNormal = aNormal; gl_Position = uViewProj * vec4(aPosition, 1.0); })";
const char* kFallbackFrag = R"(#version 330 core
in vec3 vNormal;
uniform vec3 uColour;
uniform float uOpacity;
out vec4 fragColour;
void main() { fragColour = vec4(uColour * (0.55 + 0.45 * abs(normalize(vNormal).z)), uOpacity); })";

} // namespace

// ---- OffscreenTarget --------------------------------------------------------

OffscreenTarget::OffscreenTarget(int width, int height, int samples) : m_w(width), m_h(height), m_samples(samples) {
    GLint maxSamples = 0;
    glGetIntegerv(GL_MAX_SAMPLES, &maxSamples);
    m_samples = std::min(m_samples, static_cast<int>(maxSamples));
    m_fbo = gl::makeFramebuffer();
    m_colour = gl::makeRenderbuffer();
    m_depth = gl::makeRenderbuffer();
    glBindFramebuffer(GL_FRAMEBUFFER, m_fbo.id());
    glBindRenderbuffer(GL_RENDERBUFFER, m_colour.id());
    glRenderbufferStorageMultisample(GL_RENDERBUFFER, m_samples, GL_RGBA8, m_w, m_h);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, m_colour.id());
    glBindRenderbuffer(GL_RENDERBUFFER, m_depth.id());
    glRenderbufferStorageMultisample(GL_RENDERBUFFER, m_samples, GL_DEPTH24_STENCIL8, m_w, m_h);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_STENCIL_ATTACHMENT, GL_RENDERBUFFER, m_depth.id());
    bool ok = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;

    m_resolveFbo = gl::makeFramebuffer();
    m_resolveColour = gl::makeRenderbuffer();
    glBindFramebuffer(GL_FRAMEBUFFER, m_resolveFbo.id());
    glBindRenderbuffer(GL_RENDERBUFFER, m_resolveColour.id());
    glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, m_w, m_h);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, m_resolveColour.id());
    ok = ok && glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    m_valid = ok;
}

void OffscreenTarget::bind() const {
    glBindFramebuffer(GL_FRAMEBUFFER, m_fbo.id());
    glViewport(0, 0, m_w, m_h);
}

std::vector<uint8_t> OffscreenTarget::readRgba() const {
    glBindFramebuffer(GL_READ_FRAMEBUFFER, m_fbo.id());
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, m_resolveFbo.id());
    glBlitFramebuffer(0, 0, m_w, m_h, 0, 0, m_w, m_h, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, m_resolveFbo.id());
    std::vector<uint8_t> px(static_cast<size_t>(m_w) * m_h * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, m_w, m_h, GL_RGBA, GL_UNSIGNED_BYTE, px.data());
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    // GL's rows start at the bottom; images start at the top.
    std::vector<uint8_t> flipped(px.size());
    size_t row = static_cast<size_t>(m_w) * 4;
    for (int y = 0; y < m_h; ++y)
        std::copy_n(px.begin() + static_cast<std::ptrdiff_t>(y * row), row,
                    flipped.begin() + static_cast<std::ptrdiff_t>((m_h - 1 - y) * row));
    return flipped;
}

// ---- Renderer ---------------------------------------------------------------

Renderer::Renderer(const Atlas& atlas) : m_atlas(atlas), m_gpu(atlas) {
    m_mesh = ShaderProgram("mesh.vert", "mesh.frag");
    if (!m_mesh.valid()) {
        spdlog::warn("falling back to flat shading");
        m_mesh = ShaderProgram::fromSource("fallback", kFallbackVert, kFallbackFrag);
        m_fallback = true;
    }
    m_id = ShaderProgram("mesh.vert", "id.frag");
    m_outline = ShaderProgram("outline.vert", "outline.frag");
    m_background = ShaderProgram("background.vert", "background.frag");
    m_emptyVao = gl::makeVertexArray();
    gl::drainGlErrors("renderer set-up");
}

void Renderer::setupMeshProgram(const FrameParams& f) {
    m_mesh.use();
    m_mesh.set("uViewProj", f.projection * f.view);
    m_mesh.set("uEye", f.eye);
    // Lights ride with the camera: key from upper left-front, fill from the right.
    glm::mat3 camToWorld = glm::mat3(glm::inverse(f.view));
    m_mesh.set("uKeyDir", glm::normalize(camToWorld * glm::vec3(-0.45f, 0.65f, 0.6f)));
    m_mesh.set("uFillDir", glm::normalize(camToWorld * glm::vec3(0.7f, -0.1f, 0.5f)));
    m_mesh.set("uFibres", f.fibres ? 1 : 0);
    setBoneUniforms(m_mesh);
}

void Renderer::setBones(const std::vector<glm::vec4>& real, const std::vector<glm::vec4>& dual) {
    for (size_t i = 0; i < m_boneReal.size(); ++i) {
        m_boneReal[i] = i < real.size() ? real[i] : glm::vec4(0.0f, 0.0f, 0.0f, 1.0f);
        m_boneDual[i] = i < dual.size() ? dual[i] : glm::vec4(0.0f);
    }
}

void Renderer::setBoneUniforms(ShaderProgram& program) {
    if (m_fallback || !program.valid()) return;
    program.set("uBoneReal", m_boneReal);
    program.set("uBoneDual", m_boneDual);
}

FrameStats Renderer::draw(const DrawList& list, const FrameParams& f) {
    FrameStats stats;
    glViewport(0, 0, f.width, f.height);
    glDisable(GL_SCISSOR_TEST);
    glClearColor(f.backgroundBottom.r, f.backgroundBottom.g, f.backgroundBottom.b, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT | GL_STENCIL_BUFFER_BIT);

    if (m_background.valid()) {
        glDisable(GL_DEPTH_TEST);
        glDisable(GL_BLEND);
        glBindVertexArray(m_emptyVao.id());
        m_background.use();
        m_background.set("uTop", f.backgroundTop);
        m_background.set("uBottom", f.backgroundBottom);
        glDrawArrays(GL_TRIANGLES, 0, 3);
        ++stats.drawCalls;
    }

    glEnable(GL_DEPTH_TEST);
    glDepthFunc(GL_LEQUAL);
    glDepthMask(GL_TRUE);
    glDisable(GL_BLEND);
    glEnable(GL_CULL_FACE);
    glCullFace(GL_BACK);
    m_gpu.bind();
    setupMeshProgram(f);
    // The stencil keeps 1 where a hovered or selected structure is the
    // visible surface, so its outline is drawn only outside it: a sliver of
    // its mesh turned inside out cannot poke the outline through.
    glEnable(GL_STENCIL_TEST);
    glStencilMask(0xFF);
    glStencilOp(GL_KEEP, GL_KEEP, GL_REPLACE);
    auto drawItem = [&](const DrawItem& it, bool ghost) {
        m_mesh.set("uColour", it.colour);
        m_mesh.set("uOpacity", it.opacity);
        m_mesh.set("uGhost", ghost ? 1 : 0);
        glm::vec3 hl(0.0f);
        if (it.selected) hl = glm::vec3(0.10f, 0.08f, 0.0f);
        else if (it.hovered) hl = glm::vec3(0.06f, 0.06f, 0.06f);
        m_mesh.set("uHighlight", hl);
        m_gpu.draw(it.structure);
        ++stats.drawCalls;
        stats.triangles += m_gpu.triangles(it.structure);
    };
    for (const auto& it : list.opaque) {
        glStencilFunc(GL_ALWAYS, it.selected || it.hovered ? 1 : 0, 0xFF);
        drawItem(it, false);
    }
    glStencilFunc(GL_NOTEQUAL, 1, 0xFF);
    glStencilMask(0x00);

    // Outlines around the hovered and selected structures.
    if (m_outline.valid()) {
        glCullFace(GL_FRONT);
        m_outline.use();
        m_outline.set("uViewProj", f.projection * f.view);
        setBoneUniforms(m_outline);
        for (const auto* items : {&list.opaque, &list.ghost})
            for (const auto& it : *items) {
                if (!it.selected && !it.hovered) continue;
                m_outline.set("uThickness", (it.selected ? 3.0f : 1.5f) * 2.0f / static_cast<float>(f.height));
                m_outline.set("uColour", it.selected ? glm::vec4(1.0f, 0.78f, 0.2f, 1.0f) : glm::vec4(0.9f, 0.95f, 1.0f, 1.0f));
                m_gpu.draw(it.structure);
                ++stats.drawCalls;
            }
        glCullFace(GL_BACK);
        setupMeshProgram(f);
    }
    glStencilMask(0xFF);
    glDisable(GL_STENCIL_TEST);

    if (!list.ghost.empty()) {
        glEnable(GL_BLEND);
        glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
        glDepthMask(GL_FALSE);
        for (const auto& it : list.ghost) drawItem(it, true);
        glDepthMask(GL_TRUE);
        glDisable(GL_BLEND);
    }
    if (m_figure && f.figureOpacity > 0.0f) {
        glEnable(GL_BLEND);
        glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
        glDepthMask(GL_FALSE);
        m_figure->bind();
        m_mesh.set("uColour", glm::vec3(0.62f, 0.70f, 0.82f));
        m_mesh.set("uOpacity", f.figureOpacity);
        m_mesh.set("uGhost", 1);
        m_mesh.set("uHighlight", glm::vec3(0.0f));
        for (StructureId i = 0; i < m_figure->size(); ++i) {
            m_figure->draw(i);
            ++stats.drawCalls;
        }
        glDepthMask(GL_TRUE);
        glDisable(GL_BLEND);
    }
    glDisable(GL_CULL_FACE);
    glBindVertexArray(0);
    return stats;
}

void Renderer::setFigure(const std::vector<Mesh>& parts) {
    if (!m_figure || m_figure->size() != parts.size()) {
        Atlas a;
        for (size_t i = 0; i < parts.size(); ++i) {
            Structure s;
            s.info.id = "figure_" + std::to_string(i);
            s.mesh = parts[i];
            a.add(std::move(s));
        }
        m_figure = std::make_unique<GpuAtlas>(a);
        return;
    }
    for (size_t i = 0; i < parts.size(); ++i)
        m_figure->updateVertices(static_cast<StructureId>(i), parts[i].positions, parts[i].normals);
}

void Renderer::ensureIdTarget(int w, int h) {
    if (m_idFbo && w == m_idW && h == m_idH) return;
    m_idFbo = gl::makeFramebuffer();
    m_idColour = gl::makeRenderbuffer();
    m_idDepth = gl::makeRenderbuffer();
    glBindFramebuffer(GL_FRAMEBUFFER, m_idFbo.id());
    glBindRenderbuffer(GL_RENDERBUFFER, m_idColour.id());
    glRenderbufferStorage(GL_RENDERBUFFER, GL_R32UI, w, h);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, m_idColour.id());
    glBindRenderbuffer(GL_RENDERBUFFER, m_idDepth.id());
    glRenderbufferStorage(GL_RENDERBUFFER, GL_DEPTH_COMPONENT24, w, h);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, GL_RENDERBUFFER, m_idDepth.id());
    if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE)
        spdlog::error("id buffer framebuffer is incomplete ({}x{})", w, h);
    m_idW = w;
    m_idH = h;
}

void Renderer::drawIdItems(const DrawList& list, const FrameParams& f) {
    GLuint zero[4] = {0, 0, 0, 0};
    glClearBufferuiv(GL_COLOR, 0, zero);
    glClear(GL_DEPTH_BUFFER_BIT);
    glEnable(GL_DEPTH_TEST);
    glDepthFunc(GL_LEQUAL);
    glDepthMask(GL_TRUE);
    glDisable(GL_BLEND);
    glEnable(GL_CULL_FACE);
    glCullFace(GL_BACK);
    m_gpu.bind();
    m_id.use();
    m_id.set("uViewProj", f.projection * f.view);
    setBoneUniforms(m_id);
    GLint loc = m_id.uniform("uId");
    for (const auto& it : list.opaque) {
        glUniform1ui(loc, it.pickable ? it.structure + 1 : 0u);
        m_gpu.draw(it.structure);
    }
    glDisable(GL_CULL_FACE);
    glBindVertexArray(0);
}

std::vector<uint32_t> Renderer::renderIds(const DrawList& list, const FrameParams& f) {
    std::vector<uint32_t> ids(static_cast<size_t>(f.width) * f.height, 0);
    if (!m_id.valid()) return ids;
    ensureIdTarget(f.width, f.height);
    glBindFramebuffer(GL_FRAMEBUFFER, m_idFbo.id());
    glViewport(0, 0, f.width, f.height);
    glDisable(GL_SCISSOR_TEST);
    drawIdItems(list, f);
    std::vector<uint32_t> raw(ids.size());
    glPixelStorei(GL_PACK_ALIGNMENT, 4);
    glReadPixels(0, 0, f.width, f.height, GL_RED_INTEGER, GL_UNSIGNED_INT, raw.data());
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    for (int y = 0; y < f.height; ++y)
        std::copy_n(raw.begin() + static_cast<std::ptrdiff_t>(y) * f.width, f.width,
                    ids.begin() + static_cast<std::ptrdiff_t>(f.height - 1 - y) * f.width);
    return ids;
}

std::optional<StructureId> Renderer::pick(const DrawList& list, const FrameParams& f, int x, int y) {
    if (!m_id.valid() || x < 0 || y < 0 || x >= f.width || y >= f.height) return std::nullopt;
    ensureIdTarget(f.width, f.height);
    glBindFramebuffer(GL_FRAMEBUFFER, m_idFbo.id());
    glViewport(0, 0, f.width, f.height);
    int gy = f.height - 1 - y;
    glEnable(GL_SCISSOR_TEST); // only the one pixel is rasterised
    glScissor(x, gy, 1, 1);
    drawIdItems(list, f);
    glDisable(GL_SCISSOR_TEST);
    GLuint id = 0;
    glReadPixels(x, gy, 1, 1, GL_RED_INTEGER, GL_UNSIGNED_INT, &id);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    if (id == 0) return std::nullopt;
    return static_cast<StructureId>(id - 1);
}

} // namespace dc::render
