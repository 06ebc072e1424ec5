/* gradcheck: n=2 lo=-2 hi=2
 * point: 0.5, -1.25
 * point: -1.5, 0.75
 */
/* enzyme_primal_return in reverse mode: one run of h gives its value and its gradient as
 * {h, dh/da, dh/db} (Enzyme's order: the primal first), a struct of three doubles that the
 * C ABI returns through an sret pointer; h has two returns (one per arm) and a loop. The
 * value must equal h's own: a wrong or missing primal makes the gradient NaN. */
#include <enzyme.h>
#include <math.h>

extern int enzyme_primal_return, enzyme_const;
typedef struct { double value, da, db; } value_grad2;
value_grad2 __enzyme_autodiff_vg2(void *, ...) __asm__("__enzyme_autodiff");

static double h(double a, double b, int n) {
    if (a > b) return a * sin(b);
    double s = 0.0;
    for (int i = 1; i <= n; i++) s += exp(-0.25 * i * a * a) * b;
    return s;
}

double f(const double *x) { return h(x[0], x[1], 4) + 0.5 * h(x[1], x[0], 3); }

static int same(double got, double want) { return fabs(got - want) <= 1e-13 * (1 + fabs(want)); }

void grad(const double *x, double *g) {
    value_grad2 r = __enzyme_autodiff_vg2((void *)h, enzyme_primal_return, x[0], x[1],
                                          enzyme_const, 4);
    value_grad2 q = __enzyme_autodiff_vg2((void *)h, enzyme_primal_return, x[1], x[0],
                                          enzyme_const, 3);
    int ok = same(r.value, h(x[0], x[1], 4)) && same(q.value, h(x[1], x[0], 3));
    g[0] = ok ? r.da + 0.5 * q.db : NAN;
    g[1] = ok ? r.db + 0.5 * q.da : NAN;
}

void analytic(const double *x, double *g) {
    double a = x[0], b = x[1];
    g[0] = g[1] = 0.0;
    if (a > b) { g[0] += sin(b); g[1] += a * cos(b); }
    else for (int i = 1; i <= 4; i++) {
        double e = exp(-0.25 * i * a * a);
        g[0] += -0.5 * i * a * e * b; g[1] += e;
    }
    if (b > a) { g[1] += 0.5 * sin(a); g[0] += 0.5 * b * cos(a); }
    else for (int i = 1; i <= 3; i++) {
        double e = exp(-0.25 * i * b * b);
        g[1] += 0.5 * (-0.5 * i * b * e * a); g[0] += 0.5 * e;
    }
}
