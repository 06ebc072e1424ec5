/* gradcheck: n=4 lo=-2 hi=2 */
/* Structs passed and returned by value (split into registers by the ABI) and a nested
 * struct passed by value (in memory: byval), built from a dup array. */
#include <enzyme.h>

typedef struct { double x, y; } vec2;
typedef struct { vec2 a, b; } seg;

static vec2 addv(vec2 p, vec2 q) { vec2 r = {p.x + q.x, p.y * q.y}; return r; }
static double segf(seg s) { return (s.a.x - s.b.x) * (s.a.y + s.b.y); }

double h(double *p) {
    vec2 u = {p[0], p[1]}, v = {p[2], p[3]};
    vec2 w = addv(u, v);
    seg s = {u, w};
    return w.x * w.x + w.y * w.y + segf(s);
}

double f(const double *x) { double p[4] = {x[0], x[1], x[2], x[3]}; return h(p); }
void grad(const double *x, double *g) {
    double p[4] = {x[0], x[1], x[2], x[3]};
    for (int i = 0; i < 4; i++) g[i] = 0;
    __builtin_autodiff(h, p, g);
}
void analytic(const double *x, double *g) {
    double wx = x[0] + x[2], wy = x[1] * x[3];
    double dx = x[0] - wx, sy = x[1] + wy;  /* segf = dx * sy, dx = -x[2] */
    g[0] = 2 * wx + (1 - 1) * sy;
    g[1] = 2 * wy * x[3] + dx * (1 + x[3]);
    g[2] = 2 * wx - sy;
    g[3] = 2 * wy * x[1] + dx * x[1];
}
