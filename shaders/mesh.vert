#version 330 core
// Atlas meshes: positions skinned to the rig (when the structure is posed on
// the GPU), lighting inputs out in world space.
layout(location = 0) in vec3 aPosition;
layout(location = 1) in vec3 aNormal;
layout(location = 2) in vec3 aFibre;
#include "skinning.glsl"

uniform mat4 uViewProj;

out vec3 vWorld;
out vec3 vNormal;
out vec3 vFibre;

void main() {
    Skin s = skinBlend();
    vWorld = skinPoint(s, aPosition);
    vNormal = skinVector(s, aNormal);
    vFibre = skinVector(s, aFibre);
    gl_Position = uViewProj * vec4(vWorld, 1.0);
}
