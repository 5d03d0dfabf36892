#include "platform/window.h"

#include <SDL.h>
#include <glad/gl.h>
#include <spdlog/spdlog.h>

namespace dc::platform {

namespace {

void GLAD_API_PTR debugMessage(GLenum, GLenum type, GLuint, GLenum severity, GLsizei, const GLchar* msg, const void*) {
    if (severity == GL_DEBUG_SEVERITY_NOTIFICATION) return;
    if (type == GL_DEBUG_TYPE_ERROR) spdlog::error("GL: {}", msg);
    else spdlog::debug("GL: {}", msg);
}

} // namespace

Result<std::unique_ptr<Window>> Window::create(const WindowOptions& o) {
    if (SDL_WasInit(SDL_INIT_VIDEO) == 0 && SDL_InitSubSystem(SDL_INIT_VIDEO) != 0)
        return makeError("", 0, std::string("cannot start the video system: ") + SDL_GetError() +
                                    " (is a display available? headless runs need Xvfb: xvfb-run -a)");
    std::unique_ptr<Window> w(new Window());
    Uint32 flags = SDL_WINDOW_OPENGL | SDL_WINDOW_ALLOW_HIGHDPI;
    flags |= o.hidden ? SDL_WINDOW_HIDDEN : (SDL_WINDOW_SHOWN | SDL_WINDOW_RESIZABLE);
    if (o.borderless) flags |= SDL_WINDOW_BORDERLESS;
    if (o.fullscreen) flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;

    // Try with MSAA first; drivers without it still get a window.
    for (int samples : {o.msaaSamples, 0}) {
        SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
        SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 3);
        SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
        SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, o.debugContext ? SDL_GL_CONTEXT_DEBUG_FLAG : 0);
        SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
        SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 24);
        SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 8);
        SDL_GL_SetAttribute(SDL_GL_MULTISAMPLEBUFFERS, samples > 0 ? 1 : 0);
        SDL_GL_SetAttribute(SDL_GL_MULTISAMPLESAMPLES, samples);
        int display = (o.display >= 0 && o.display < SDL_GetNumVideoDisplays()) ? o.display : 0;
        w->m_window = SDL_CreateWindow(o.title.c_str(), SDL_WINDOWPOS_CENTERED_DISPLAY(display),
                                       SDL_WINDOWPOS_CENTERED_DISPLAY(display),
                                       std::max(o.width, 1), std::max(o.height, 1), flags);
        if (!w->m_window) continue;
        w->m_context = SDL_GL_CreateContext(w->m_window);
        if (w->m_context) {
            w->m_samples = samples;
            break;
        }
        SDL_DestroyWindow(w->m_window);
        w->m_window = nullptr;
    }
    if (!w->m_window || !w->m_context)
        return makeError("", 0, std::string("cannot create an OpenGL 3.3 core window: ") + SDL_GetError());
    SDL_GL_MakeCurrent(w->m_window, w->m_context);
    if (!gladLoadGL(reinterpret_cast<GLADloadfunc>(SDL_GL_GetProcAddress)))
        return makeError("", 0, "cannot load OpenGL 3.3 functions");
    SDL_GL_SetSwapInterval(o.vsync ? 1 : 0);
    w->m_fullscreen = o.fullscreen;
    if (o.debugContext && GLAD_GL_KHR_debug) {
        glEnable(GL_DEBUG_OUTPUT);
        glEnable(GL_DEBUG_OUTPUT_SYNCHRONOUS);
        glDebugMessageCallback(debugMessage, nullptr);
    }
    if (w->m_samples > 0) glEnable(GL_MULTISAMPLE);
    return w;
}

Window::~Window() {
    if (m_context) SDL_GL_DeleteContext(m_context);
    if (m_window) SDL_DestroyWindow(m_window);
}

glm::ivec2 Window::windowSize() const {
    int w = 0, h = 0;
    SDL_GetWindowSize(m_window, &w, &h);
    return {w, h};
}

glm::ivec2 Window::drawableSize() const {
    int w = 0, h = 0;
    SDL_GL_GetDrawableSize(m_window, &w, &h);
    return {w, h};
}

float Window::pixelRatio() const {
    glm::ivec2 ws = windowSize(), ds = drawableSize();
    return ws.x > 0 ? static_cast<float>(ds.x) / static_cast<float>(ws.x) : 1.0f;
}

float Window::displayScale() const {
    float ddpi = 0.0f;
    int display = SDL_GetWindowDisplayIndex(m_window);
    if (display >= 0 && SDL_GetDisplayDPI(display, &ddpi, nullptr, nullptr) == 0 && ddpi > 0.0f) {
        // 96 DPI is scale 1; a HiDPI drawable already carries its own ratio.
        float s = ddpi / 96.0f / pixelRatio();
        if (s > 0.75f && s < 4.0f) return s;
    }
    return 1.0f;
}

void Window::swap() { SDL_GL_SwapWindow(m_window); }

void Window::setFullscreen(bool on) {
    if (SDL_SetWindowFullscreen(m_window, on ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0) == 0) m_fullscreen = on;
    else spdlog::warn("cannot change full-screen mode: {}", SDL_GetError());
}

void Window::toggleFullscreen() { setFullscreen(!m_fullscreen); }

std::string Window::glDescription() const {
    const char* r = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
    const char* v = reinterpret_cast<const char*>(glGetString(GL_VERSION));
    return std::string(r ? r : "?") + ", OpenGL " + (v ? v : "?");
}

} // namespace dc::platform
