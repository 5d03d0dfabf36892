#version 330 core
// Atlas shading: hemispheric ambient, a warm key, a cool fill and a rim, a
// soft specular, and fibre striations on muscles. Ghost mode draws an x-ray
// look: transparent faces, brighter silhouettes.
in vec3 vWorld;
in vec3 vNormal;
in vec3 vFibre;

uniform vec3 uEye;
uniform vec3 uColour;
uniform float uOpacity;
uniform int uGhost;      // 1 = x-ray style
uniform vec3 uHighlight; // added emissive tint (selection / hover)
uniform vec3 uKeyDir;    // towards the key light, world space
uniform vec3 uFillDir;
uniform int uFibres;     // 1 = draw striations

out vec4 fragColour;

void main() {
    vec3 n = normalize(vNormal);
    vec3 v = normalize(uEye - vWorld);
    if (!gl_FrontFacing) n = -n;
    float nv = max(dot(n, v), 0.0);

    vec3 albedo = uColour;
    float fibreLen = length(vFibre);
    if (uFibres == 1 && fibreLen > 0.5) {
        // Stripes along the fibres: a coordinate across them on the surface.
        vec3 f = vFibre / fibreLen;
        vec3 across = normalize(cross(n, f) + 1e-5);
        float s = dot(vWorld, across) * 900.0;        // about 7 mm per stripe
        float w = fwidth(s);
        float stripe = 0.5 + 0.5 * sin(s) * clamp(1.5 - w, 0.0, 1.0);
        albedo *= mix(0.82, 1.08, stripe);
    }

    // Hemispheric ambient: sky from above, warm bounce from below.
    vec3 sky = vec3(0.55, 0.58, 0.66), ground = vec3(0.30, 0.24, 0.22);
    vec3 ambient = mix(ground, sky, 0.5 + 0.5 * n.y);
    float key = max(dot(n, uKeyDir), 0.0);
    float fill = max(dot(n, uFillDir), 0.0);
    float rim = pow(1.0 - nv, 3.0);
    vec3 h = normalize(uKeyDir + v);
    float spec = pow(max(dot(n, h), 0.0), 40.0) * 0.18;

    vec3 lit = albedo * (ambient * 0.55 + key * vec3(1.0, 0.96, 0.9) * 0.85 + fill * vec3(0.75, 0.82, 1.0) * 0.28)
             + rim * vec3(0.35, 0.38, 0.45) + spec;
    lit += uHighlight;

    if (uGhost == 1) {
        // X-ray: faces looking at us nearly vanish, silhouettes stay.
        float edge = pow(1.0 - nv, 2.0);
        float a = uOpacity * (0.25 + 1.4 * edge);
        fragColour = vec4(mix(lit, vec3(0.85, 0.9, 1.0), 0.35 * edge), clamp(a, 0.0, 1.0));
    } else {
        fragColour = vec4(lit, uOpacity);
    }
}
