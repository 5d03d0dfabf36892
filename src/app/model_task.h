// ModelTask: loads the model (loadModel) on a worker thread from the moment
// it is made, so the viewer, the kiosk and the bench can open their window and
// GL context meanwhile (each takes a good part of the time to the first frame
// on its own). wait() joins it.
//
//   ModelTask model(options.model, /*fallBackToBuiltIn=*/true);
//   auto window = Window::create(...);              // while the model loads
//   const Atlas* atlas = model.wait(notices);       // nullptr: failed, message printed
#pragma once

#include <future>
#include <optional>
#include <string>
#include <vector>

#include "anatomy/atlas.h"
#include "core/error.h"

namespace dc::app {

class ModelTask {
public:
    // `fallBackToBuiltIn`: a --model that fails to load is reported and the
    // built-in model shown instead (the viewer keeps going); otherwise the
    // failure ends the wait with nullptr.
    ModelTask(std::string path, bool fallBackToBuiltIn);
    ~ModelTask();
    ModelTask(const ModelTask&) = delete;
    ModelTask& operator=(const ModelTask&) = delete;

    // Waits for the load. Problems go to stderr; a fallback also adds a
    // notice for the user. The atlas lives as long as this task.
    const Atlas* wait(std::vector<std::string>& notices);
    // How long the load took on its thread (milliseconds).
    double loadMs() const { return m_loadMs; }

private:
    std::string m_path;
    bool m_fallBack;
    double m_loadMs = 0.0;
    std::future<Result<Atlas>> m_future;
    std::optional<Result<Atlas>> m_result;
};

} // namespace dc::app
