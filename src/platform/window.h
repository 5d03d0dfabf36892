// Window: the SDL window and its OpenGL 3.3 core context, with glad loaded.
// The only place (with input.cpp) that talks to SDL's video API. Headless
// modes ask for a hidden window and render off screen.
#pragma once

#include <memory>
#include <string>

#include <glm/vec2.hpp>

#include "core/error.h"

struct SDL_Window;

namespace dc::platform {

struct WindowOptions {
    std::string title = "Deepcore";
    int width = 1280;
    int height = 800;
    bool hidden = false;
    bool fullscreen = false;
    bool borderless = false;
    int msaaSamples = 4;
    bool vsync = true;
    bool debugContext = false;
    int display = 0;          // which display to open on (fullscreen fills it)
};

class Window {
public:
    static Result<std::unique_ptr<Window>> create(const WindowOptions& options);
    ~Window();
    Window(const Window&) = delete;
    Window& operator=(const Window&) = delete;

    SDL_Window* sdl() const { return m_window; }
    void* glContext() const { return m_context; }
    glm::ivec2 windowSize() const;   // in screen coordinates (points)
    glm::ivec2 drawableSize() const; // in framebuffer pixels (HiDPI aware)
    float pixelRatio() const;        // drawable / window
    float displayScale() const;      // UI scale from the display's DPI
    void swap();
    void toggleFullscreen();
    void setFullscreen(bool on);
    bool fullscreen() const { return m_fullscreen; }
    int msaaSamples() const { return m_samples; }
    std::string glDescription() const;

private:
    Window() = default;
    SDL_Window* m_window = nullptr;
    void* m_context = nullptr;
    bool m_fullscreen = false;
    int m_samples = 0;
};

} // namespace dc::platform
