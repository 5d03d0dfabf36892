#include "render/shader_program.h"

#include <optional>
#include <string_view>

#include <glm/gtc/type_ptr.hpp>
#include <spdlog/spdlog.h>

namespace dc::render {

namespace {

GLuint compile(GLenum type, const std::string& label, const std::string& src) {
    GLuint s = glCreateShader(type);
    const char* text = src.c_str();
    glShaderSource(s, 1, &text, nullptr);
    glCompileShader(s);
    GLint ok = 0;
    glGetShaderiv(s, GL_COMPILE_STATUS, &ok);
    if (!ok) {
        char log[2048] = {};
        glGetShaderInfoLog(s, sizeof(log), nullptr, log);
        spdlog::error("shader {} failed to compile: {}", label, log);
        glDeleteShader(s);
        return 0;
    }
    return s;
}

} // namespace

ShaderProgram ShaderProgram::fromSource(const std::string& label, const std::string& vert, const std::string& frag) {
    ShaderProgram p;
    GLuint vs = compile(GL_VERTEX_SHADER, label + " (vertex)", vert);
    GLuint fs = compile(GL_FRAGMENT_SHADER, label + " (fragment)", frag);
    if (!vs || !fs) {
        if (vs) glDeleteShader(vs);
        if (fs) glDeleteShader(fs);
        return p;
    }
    GLuint prog = glCreateProgram();
    glAttachShader(prog, vs);
    glAttachShader(prog, fs);
    glBindAttribLocation(prog, 0, "aPosition");
    glBindAttribLocation(prog, 1, "aNormal");
    glBindAttribLocation(prog, 2, "aFibre");
    glLinkProgram(prog);
    glDeleteShader(vs);
    glDeleteShader(fs);
    GLint ok = 0;
    glGetProgramiv(prog, GL_LINK_STATUS, &ok);
    if (!ok) {
        char log[2048] = {};
        glGetProgramInfoLog(prog, sizeof(log), nullptr, log);
        spdlog::error("shader {} failed to link: {}", label, log);
        glDeleteProgram(prog);
        return p;
    }
    p.m_program = gl::ProgramName(prog);
    return p;
}

ShaderProgram::ShaderProgram(const std::string& vertName, const std::string& fragName) {
    const auto& all = embeddedShaders();
    auto v = all.find(vertName), f = all.find(fragName);
    if (v == all.end() || f == all.end()) {
        spdlog::error("shader {} or {} is not embedded in this build", vertName, fragName);
        return;
    }
    std::string error;
    std::optional<std::string> vs = resolveIncludes(v->second, all, &error), fs = resolveIncludes(f->second, all, &error);
    if (!vs || !fs) {
        spdlog::error("shader {}+{}: {}", vertName, fragName, error);
        return;
    }
    *this = fromSource(vertName + "+" + fragName, *vs, *fs);
}

std::optional<std::string> resolveIncludes(const std::string& source,
                                           const std::unordered_map<std::string, std::string>& files,
                                           std::string* error) {
    std::string out;
    size_t pos = 0;
    while (pos < source.size()) {
        size_t end = source.find('\n', pos);
        if (end == std::string::npos) end = source.size();
        std::string_view line(source.data() + pos, end - pos);
        constexpr std::string_view kDirective = "#include \"";
        if (line.substr(0, kDirective.size()) == kDirective) {
            size_t close = line.find('"', kDirective.size());
            std::string name(line.substr(kDirective.size(), close == std::string_view::npos ? std::string_view::npos
                                                                                            : close - kDirective.size()));
            auto it = files.find(name);
            if (close == std::string_view::npos || it == files.end()) {
                if (error) *error = "cannot include '" + name + "'";
                return std::nullopt;
            }
            out += it->second; // one level: included files include nothing
            if (!out.empty() && out.back() != '\n') out += '\n';
        } else {
            out.append(line);
            out += '\n';
        }
        pos = end + 1;
    }
    return out;
}

void ShaderProgram::use() const { glUseProgram(m_program.id()); }

GLint ShaderProgram::uniform(const char* name) {
    auto it = m_uniforms.find(name);
    if (it != m_uniforms.end()) return it->second;
    GLint loc = glGetUniformLocation(m_program.id(), name);
    m_uniforms.emplace(name, loc);
    return loc;
}

void ShaderProgram::set(const char* n, int v) { glUniform1i(uniform(n), v); }
void ShaderProgram::set(const char* n, float v) { glUniform1f(uniform(n), v); }
void ShaderProgram::set(const char* n, const glm::vec3& v) { glUniform3fv(uniform(n), 1, glm::value_ptr(v)); }
void ShaderProgram::set(const char* n, const glm::vec4& v) { glUniform4fv(uniform(n), 1, glm::value_ptr(v)); }
void ShaderProgram::set(const char* n, const glm::mat3& v) { glUniformMatrix3fv(uniform(n), 1, GL_FALSE, glm::value_ptr(v)); }
void ShaderProgram::set(const char* n, const std::vector<glm::vec4>& v) {
    if (v.empty()) return;
    glUniform4fv(uniform(n), static_cast<GLsizei>(v.size()), glm::value_ptr(v.front()));
}
void ShaderProgram::set(const char* n, const glm::mat4& v) { glUniformMatrix4fv(uniform(n), 1, GL_FALSE, glm::value_ptr(v)); }

} // namespace dc::render
