// ShaderProgram: a linked GL program built from the embedded shader sources
// (shaders/*.vert|frag, compiled into the binary). A program that fails to
// compile logs its info log once and reports !valid(); the renderer then falls
// back to its flat-colour program.
#pragma once

#include <optional>
#include <string>
#include <vector>
#include <unordered_map>

#include <glm/mat3x3.hpp>
#include <glm/mat4x4.hpp>
#include <glm/vec3.hpp>
#include <glm/vec4.hpp>

#include "render/gl_objects.h"

namespace dc::render {

const std::unordered_map<std::string, std::string>& embeddedShaders();

// Replaces each line `#include "name"` with the file of that name from
// `files` (one level deep; GLSL 3.30 has no includes of its own). nullopt,
// with a message, when a named file is missing.
std::optional<std::string> resolveIncludes(const std::string& source,
                                           const std::unordered_map<std::string, std::string>& files,
                                           std::string* error = nullptr);

class ShaderProgram {
public:
    ShaderProgram() = default;
    // Builds from named embedded files, e.g. ("mesh.vert", "mesh.frag").
    ShaderProgram(const std::string& vertName, const std::string& fragName);
    // Builds from source text (used for the fallback program and tests).
    static ShaderProgram fromSource(const std::string& label, const std::string& vert, const std::string& frag);

    bool valid() const { return static_cast<bool>(m_program); }
    void use() const;
    GLint uniform(const char* name);

    void set(const char* name, int v);
    void set(const char* name, float v);
    void set(const char* name, const glm::vec3& v);
    void set(const char* name, const glm::vec4& v);
    void set(const char* name, const glm::mat3& v);
    void set(const char* name, const glm::mat4& v);
    void set(const char* name, const std::vector<glm::vec4>& v); // a vec4 array uniform, from element 0

private:
    gl::ProgramName m_program;
    std::unordered_map<std::string, GLint> m_uniforms;
};

} // namespace dc::render
