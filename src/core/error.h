// Error and Result: failures as values with one clear message.
//
// Loaders and parsers return Result<T>; the message names the file and, where
// there is one, the line, so it can be printed as "FILE:LINE: message".
//
//   Result<Atlas> r = loadAtlas(path);
//   if (!r) { log(r.error().toString()); return fallback(); }
//   Atlas atlas = std::move(*r);
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace dc {

struct Error {
    std::string file;     // empty when the error is not about a file
    int line = 0;         // 1-based; 0 when unknown or not applicable
    std::string message;

    std::string toString() const {
        std::string s;
        if (!file.empty()) {
            s += file;
            if (line > 0) s += ":" + std::to_string(line);
            s += ": ";
        }
        return s + message;
    }
};

template <typename T>
class Result {
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}

    explicit operator bool() const { return std::holds_alternative<T>(m_v); }
    bool ok() const { return std::holds_alternative<T>(m_v); }
    T& operator*() { return std::get<T>(m_v); }
    const T& operator*() const { return std::get<T>(m_v); }
    T* operator->() { return &std::get<T>(m_v); }
    const T* operator->() const { return &std::get<T>(m_v); }
    const Error& error() const { return std::get<Error>(m_v); }

private:
    std::variant<T, Error> m_v;
};

inline Error makeError(std::string file, int line, std::string message) {
    return Error{std::move(file), line, std::move(message)};
}

} // namespace dc
