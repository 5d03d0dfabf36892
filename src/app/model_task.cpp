#include "app/model_task.h"

#include <chrono>
#include <cstdio>

#include "app/model_source.h"

namespace dc::app {

ModelTask::ModelTask(std::string path, bool fallBackToBuiltIn) : m_path(std::move(path)), m_fallBack(fallBackToBuiltIn) {
    m_future = std::async(std::launch::async, [this] {
        auto start = std::chrono::steady_clock::now();
        Result<Atlas> atlas = loadModel(m_path);
        m_loadMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        return atlas;
    });
}

ModelTask::~ModelTask() {
    if (m_future.valid()) m_future.wait();
}

const Atlas* ModelTask::wait(std::vector<std::string>& notices) {
    if (!m_result) {
        m_result.emplace(m_future.get());
        Result<Atlas>& atlas = *m_result;
        if (!atlas) {
            std::fprintf(stderr, "deepcore: %s\n", atlas.error().toString().c_str());
            if (!m_fallBack || m_path.empty()) return nullptr;
            notices.push_back("Could not load " + m_path + ": " + atlas.error().message + ". Showing the built-in model.");
            atlas = loadModel("");
            if (!atlas) {
                std::fprintf(stderr, "deepcore: %s\n", atlas.error().toString().c_str());
                return nullptr;
            }
        }
    }
    return *m_result ? &**m_result : nullptr;
}

} // namespace dc::app
