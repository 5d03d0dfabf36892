// Small RAII types that each own one OpenGL name: the constructor creates,
// the destructor deletes, no copies, a move leaves zero behind. Requires a
// current GL 3.3 core context (glad loaded).
#pragma once

#include <utility>

#include <glad/gl.h>

namespace dc::gl {

template <void (*Delete)(GLuint)>
class Name {
public:
    Name() = default;
    explicit Name(GLuint id) : m_id(id) {}
    ~Name() { reset(); }
    Name(const Name&) = delete;
    Name& operator=(const Name&) = delete;
    Name(Name&& o) noexcept : m_id(std::exchange(o.m_id, 0)) {}
    Name& operator=(Name&& o) noexcept {
        if (this != &o) {
            reset();
            m_id = std::exchange(o.m_id, 0);
        }
        return *this;
    }
    GLuint id() const { return m_id; }
    explicit operator bool() const { return m_id != 0; }
    void reset() {
        if (m_id) Delete(m_id);
        m_id = 0;
    }

private:
    GLuint m_id = 0;
};

void deleteBuffer(GLuint id);
void deleteVertexArray(GLuint id);
void deleteTexture(GLuint id);
void deleteRenderbuffer(GLuint id);
void deleteFramebuffer(GLuint id);
void deleteProgram(GLuint id);

using Buffer = Name<deleteBuffer>;
using VertexArray = Name<deleteVertexArray>;
using Texture = Name<deleteTexture>;
using Renderbuffer = Name<deleteRenderbuffer>;
using Framebuffer = Name<deleteFramebuffer>;
using ProgramName = Name<deleteProgram>;

Buffer makeBuffer();
VertexArray makeVertexArray();
Texture makeTexture();
Renderbuffer makeRenderbuffer();
Framebuffer makeFramebuffer();

// Counts and logs GL errors since the last call (once per distinct error).
int drainGlErrors(const char* where);
// Total GL errors seen by drainGlErrors since start-up.
long glErrorCount();
// The driver reported the context lost (GPU reset): nothing drawn from here on
// will show; the app should start again.
bool contextLost();

} // namespace dc::gl
