/* gradcheck: n=6 lo=-2 hi=2 */
/* static inline helpers for 3-vectors (scale, dot, cross) composing an angular momentum
 * L = r x (m v): the loss |L|^2 + r.v over position and velocity. */
#include <enzyme.h>

typedef struct { double x, y, z; } vec3;
static inline vec3 v3(const double *p) { vec3 r = {p[0], p[1], p[2]}; return r; }
static inline vec3 scale(vec3 a, double s) { vec3 r = {a.x * s, a.y * s, a.z * s}; return r; }
static inline double dot(vec3 a, vec3 b) { return a.x * b.x + a.y * b.y + a.z * b.z; }
static inline vec3 cross(vec3 a, vec3 b) {
    vec3 r = {a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x};
    return r;
}

#define MASS 1.5

double ang(const double *r, const double *v) {
    vec3 rr = v3(r), vv = v3(v);
    vec3 l = cross(rr, scale(vv, MASS));
    return dot(l, l) + dot(rr, vv);
}

double f(const double *x) { return ang(x, x + 3); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 6; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)ang, enzyme_dup, x, g, enzyme_dup, x + 3, g + 3);
}
void analytic(const double *x, double *g) {
    const double *r = x, *v = x + 3;
    double rr = 0, vv = 0, rv = 0, m2 = MASS * MASS;
    for (int i = 0; i < 3; i++) { rr += r[i] * r[i]; vv += v[i] * v[i]; rv += r[i] * v[i]; }
    for (int i = 0; i < 3; i++) {
        g[i] = m2 * (2 * r[i] * vv - 2 * rv * v[i]) + v[i];
        g[3 + i] = m2 * (2 * v[i] * rr - 2 * rv * r[i]) + r[i];
    }
}
