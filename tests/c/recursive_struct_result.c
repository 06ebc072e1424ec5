/* gradcheck: n=2 lo=-1.5 hi=1.5 */
/* Recursive functions returning structs by value: two doubles (a rotation applied k times),
 * a double with an int (a value and a count). Recursion keeps the calls, so each goes
 * through the callee's augmented forward and reverse, whose reverse takes the adjoint of
 * the returned struct (it was refused: "returns { double, double }, which holds
 * floating-point values"). */
#include <enzyme.h>
#include <math.h>

typedef struct { double v[2]; } V2;
typedef struct { double v; int n; } VN;

static V2 rotate(V2 p, double t, int k) {
    if (k == 0) return p;
    V2 q = {cos(t) * p.v[0] - sin(t) * p.v[1], sin(t) * p.v[0] + cos(t) * p.v[1]};
    return rotate(q, t * 0.9, k - 1);
}

static VN walk(double x, int k) {
    if (k == 0) { VN r = {x, 1}; return r; }
    VN r = walk(sin(x) + 0.5 * x, k - 1);
    VN o = {r.v * x + r.n, r.n + 1};
    return o;
}

static double model(const double *x) {
    V2 p = {x[0], x[1]};
    V2 q = rotate(p, x[0] * x[1], 4);
    VN w = walk(x[1], 3);
    return q.v[0] * q.v[1] + w.v * w.n;
}

double f(const double *x) { return model(x); }
void grad(const double *x, double *g) {
    g[0] = g[1] = 0.0;
    __enzyme_autodiff((void *)model, enzyme_dup, x, g);
}
