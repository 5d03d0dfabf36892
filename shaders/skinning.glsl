// Dual-quaternion skinning (included by the vertex shaders). Each vertex
// names three bones and their weights; the bones' rest-to-posed transforms
// are unit dual quaternions (real xyz + w, dual xyz + w), blended, normalised
// and applied as motion::Deformer does on the CPU. Weights that sum to 0
// mean the stored position is already posed (path muscles, the figure).
layout(location = 3) in vec3 aBones;
layout(location = 4) in vec3 aWeights;

uniform vec4 uBoneReal[16];
uniform vec4 uBoneDual[16];

struct Skin {
    vec4 real;
    vec4 dual;
    bool posed;
};

Skin skinBlend() {
    Skin s;
    s.posed = aWeights.x + aWeights.y + aWeights.z > 0.0;
    s.real = vec4(0.0, 0.0, 0.0, 1.0);
    s.dual = vec4(0.0);
    if (!s.posed) return s;
    int b0 = int(aBones.x + 0.5), b1 = int(aBones.y + 0.5), b2 = int(aBones.z + 0.5);
    vec4 r = uBoneReal[b0] * aWeights.x, d = uBoneDual[b0] * aWeights.x;
    if (aWeights.y > 0.0) {
        float sgn = dot(r, uBoneReal[b1]) < 0.0 ? -1.0 : 1.0; // the shorter way round
        r += uBoneReal[b1] * (aWeights.y * sgn);
        d += uBoneDual[b1] * (aWeights.y * sgn);
    }
    if (aWeights.z > 0.0) {
        float sgn = dot(r, uBoneReal[b2]) < 0.0 ? -1.0 : 1.0;
        r += uBoneReal[b2] * (aWeights.z * sgn);
        d += uBoneDual[b2] * (aWeights.z * sgn);
    }
    float len = length(r);
    s.real = r / len;
    s.dual = d / len;
    return s;
}

vec3 skinPoint(Skin s, vec3 p) {
    if (!s.posed) return p;
    vec3 rv = s.real.xyz, dv = s.dual.xyz;
    return p + 2.0 * (cross(rv, cross(rv, p) + p * s.real.w + dv) + dv * s.real.w - rv * s.dual.w);
}

vec3 skinVector(Skin s, vec3 v) {
    if (!s.posed) return v;
    vec3 rv = s.real.xyz;
    return v + 2.0 * cross(rv, cross(rv, v) + v * s.real.w);
}
