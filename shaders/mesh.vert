#version 330 core
// Atlas meshes: world-space positions in, lighting inputs out.
layout(location = 0) in vec3 aPosition;
layout(location = 1) in vec3 aNormal;
layout(location = 2) in vec3 aFibre;

uniform mat4 uViewProj;

out vec3 vWorld;
out vec3 vNormal;
out vec3 vFibre;

void main() {
    vWorld = aPosition;
    vNormal = aNormal;
    vFibre = aFibre;
    gl_Position = uViewProj * vec4(aPosition, 1.0);
}
