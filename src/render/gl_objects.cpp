#include "render/gl_objects.h"

#include <spdlog/spdlog.h>

namespace dc::gl {

void deleteBuffer(GLuint id) { glDeleteBuffers(1, &id); }
void deleteVertexArray(GLuint id) { glDeleteVertexArrays(1, &id); }
void deleteTexture(GLuint id) { glDeleteTextures(1, &id); }
void deleteRenderbuffer(GLuint id) { glDeleteRenderbuffers(1, &id); }
void deleteFramebuffer(GLuint id) { glDeleteFramebuffers(1, &id); }
void deleteProgram(GLuint id) { glDeleteProgram(id); }

Buffer makeBuffer() {
    GLuint id = 0;
    glGenBuffers(1, &id);
    return Buffer(id);
}
VertexArray makeVertexArray() {
    GLuint id = 0;
    glGenVertexArrays(1, &id);
    return VertexArray(id);
}
Texture makeTexture() {
    GLuint id = 0;
    glGenTextures(1, &id);
    return Texture(id);
}
Renderbuffer makeRenderbuffer() {
    GLuint id = 0;
    glGenRenderbuffers(1, &id);
    return Renderbuffer(id);
}
Framebuffer makeFramebuffer() {
    GLuint id = 0;
    glGenFramebuffers(1, &id);
    return Framebuffer(id);
}

namespace {
long s_errors = 0;
bool s_lost = false;
constexpr GLenum kContextLost = 0x0507; // GL_CONTEXT_LOST (GL 4.5 / KHR_robustness)
}

int drainGlErrors(const char* where) {
    int n = 0;
    for (GLenum e; (e = glGetError()) != GL_NO_ERROR && n < 32;) {
        ++n;
        if (e == kContextLost) s_lost = true;
        spdlog::warn("GL error 0x{:04x} in {}", static_cast<unsigned>(e), where);
    }
    s_errors += n;
    return n;
}

long glErrorCount() { return s_errors; }
bool contextLost() { return s_lost; }

} // namespace dc::gl
