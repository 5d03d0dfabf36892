#version 330 core
// Soft vertical gradient with a gentle vignette.
in vec2 vUv;
uniform vec3 uTop;
uniform vec3 uBottom;
out vec4 fragColour;
void main() {
    vec3 c = mix(uBottom, uTop, vUv.y);
    float d = length(vUv - vec2(0.5));
    c *= 1.0 - 0.25 * d * d;
    fragColour = vec4(c, 1.0);
}
