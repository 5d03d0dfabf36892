#include "anatomy/mesh.h"

#include <glm/geometric.hpp>

namespace dc {

void Bounds::add(const glm::vec3& p) {
    min = glm::min(min, p);
    max = glm::max(max, p);
}

void Bounds::add(const Bounds& b) {
    if (b.empty()) return;
    add(b.min);
    add(b.max);
}

Bounds Mesh::bounds() const {
    Bounds b;
    for (const auto& p : positions) b.add(p);
    return b;
}

glm::vec3 Mesh::centroid() const {
    glm::dvec3 sum(0.0);
    double area = 0.0;
    for (size_t i = 0; i + 2 < indices.size(); i += 3) {
        glm::dvec3 a = positions[indices[i]], b = positions[indices[i + 1]], c = positions[indices[i + 2]];
        double ar = 0.5 * glm::length(glm::cross(b - a, c - a));
        sum += ar * (a + b + c) / 3.0;
        area += ar;
    }
    if (area <= 0.0) return bounds().centre();
    return glm::vec3(sum / area);
}

double Mesh::signedVolume() const {
    double v = 0.0;
    for (size_t i = 0; i + 2 < indices.size(); i += 3) {
        glm::dvec3 a = positions[indices[i]], b = positions[indices[i + 1]], c = positions[indices[i + 2]];
        v += glm::dot(a, glm::cross(b, c)) / 6.0;
    }
    return v;
}

void Mesh::computeNormals() {
    normals.assign(positions.size(), glm::vec3(0.0f));
    for (size_t i = 0; i + 2 < indices.size(); i += 3) {
        const glm::vec3 &a = positions[indices[i]], &b = positions[indices[i + 1]], &c = positions[indices[i + 2]];
        glm::vec3 n = glm::cross(b - a, c - a);
        normals[indices[i]] += n;
        normals[indices[i + 1]] += n;
        normals[indices[i + 2]] += n;
    }
    for (auto& n : normals) {
        float len = glm::length(n);
        n = len > 0.0f ? n / len : glm::vec3(0.0f, 1.0f, 0.0f);
    }
}

} // namespace dc
