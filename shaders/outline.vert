#version 330 core
// Inverted-hull outline: the mesh pushed out along its normals, drawn with
// front faces culled, leaves a rim of constant screen thickness.
layout(location = 0) in vec3 aPosition;
layout(location = 1) in vec3 aNormal;
#include "skinning.glsl"
uniform mat4 uViewProj;
uniform float uThickness; // in clip-space units per unit w
void main() {
    Skin s = skinBlend();
    vec3 p = skinPoint(s, aPosition), n = skinVector(s, aNormal);
    vec4 clip = uViewProj * vec4(p, 1.0);
    vec4 clipN = uViewProj * vec4(p + n * 0.001, 1.0);
    vec2 dir = clipN.xy / clipN.w - clip.xy / clip.w;
    float len = length(dir);
    if (len > 1e-6) clip.xy += dir / len * uThickness * clip.w;
    gl_Position = clip;
}
