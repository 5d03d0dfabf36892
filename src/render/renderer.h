// Renderer: executes a DrawList with GL. Passes, in order:
//   background gradient -> opaque (front to back) -> outlines (hover and
//   selection) -> ghosts (back to front, blended, no depth writes).
// renderIds() draws the pickable opaque items into an R32UI id buffer (index
// + 1 per pixel) for picking and --report visibility.
//
//   Renderer r(atlas);           // uploads once
//   r.draw(list, frame);         // into the bound framebuffer
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include <glm/mat4x4.hpp>

#include "anatomy/atlas.h"
#include "render/gpu_atlas.h"
#include "render/shader_program.h"
#include "scene/draw_list.h"

namespace dc::render {

struct FrameParams {
    glm::mat4 view{1.0f};
    glm::mat4 projection{1.0f};
    glm::vec3 eye{0.0f, 0.0f, 1.0f};
    int width = 1;   // framebuffer pixels
    int height = 1;
    bool fibres = true;
    glm::vec3 backgroundTop{0.20f, 0.22f, 0.27f};
    glm::vec3 backgroundBottom{0.07f, 0.075f, 0.09f};
    float figureOpacity = 0.0f; // the motion context figure; 0 = not drawn
};

struct FrameStats {
    int drawCalls = 0;
    size_t triangles = 0;
};

// A framebuffer to render into off screen (MSAA colour + depth), resolved
// into a plain texture for reading back.
class OffscreenTarget {
public:
    OffscreenTarget(int width, int height, int samples);
    bool valid() const { return m_valid; }
    void bind() const;
    // Resolves MSAA and returns RGBA8 rows, top row first.
    std::vector<uint8_t> readRgba() const;
    int width() const { return m_w; }
    int height() const { return m_h; }

private:
    int m_w, m_h, m_samples;
    bool m_valid = false;
    gl::Framebuffer m_fbo, m_resolveFbo;
    gl::Renderbuffer m_colour, m_depth, m_resolveColour;
};

class Renderer {
public:
    explicit Renderer(const Atlas& atlas);

    FrameStats draw(const DrawList& list, const FrameParams& frame);
    // Id buffer of the whole frame: width*height ids, top row first.
    std::vector<uint32_t> renderIds(const DrawList& list, const FrameParams& frame);
    // The structure under one pixel (x, y from the top left), if any.
    std::optional<StructureId> pick(const DrawList& list, const FrameParams& frame, int x, int y);

    GpuAtlas& gpuAtlas() { return m_gpu; }
    // The translucent context figure (not a structure): uploaded on the first
    // call, streamed after that (same parts, same vertex counts).
    void setFigure(const std::vector<Mesh>& parts);
    bool usingFallbackShader() const { return m_fallback; }
    // The rig's bones for skinning in the vertex shader (unit dual
    // quaternions, real and dual parts as xyzw; at most 16). Structures
    // bound with GpuAtlas::setSkin are drawn posed by them; the default is
    // the rest pose.
    void setBones(const std::vector<glm::vec4>& real, const std::vector<glm::vec4>& dual);
    // False on the flat fallback program, which cannot skin: pose on the CPU.
    bool skinsOnGpu() const { return !m_fallback; }

private:
    void ensureIdTarget(int w, int h);
    void drawIdItems(const DrawList& list, const FrameParams& frame);
    void setupMeshProgram(const FrameParams& frame);
    void setBoneUniforms(ShaderProgram& program);

    const Atlas& m_atlas;
    GpuAtlas m_gpu;
    std::unique_ptr<GpuAtlas> m_figure;
    ShaderProgram m_mesh, m_id, m_outline, m_background;
    bool m_fallback = false;
    std::vector<glm::vec4> m_boneReal = std::vector<glm::vec4>(16, glm::vec4(0.0f, 0.0f, 0.0f, 1.0f));
    std::vector<glm::vec4> m_boneDual = std::vector<glm::vec4>(16, glm::vec4(0.0f));
    gl::VertexArray m_emptyVao;
    gl::Framebuffer m_idFbo;
    gl::Renderbuffer m_idColour, m_idDepth;
    int m_idW = 0, m_idH = 0;
};

} // namespace dc::render
