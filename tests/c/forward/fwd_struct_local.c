/* gradcheck: n=2 lo=-2 hi=2 tangent */
#include <math.h>
#include <stdlib.h>
#include <string.h>

double __enzyme_fwddiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_dupnoneed, enzyme_primal_return, enzyme_const_return;
struct pt { double x, y; };
static double norm2(struct pt p) { return p.x * p.x + p.y * p.y; }

static double g(double a0, double a1) {
    struct pt p = {a0, a1};
    struct pt q = {p.y * 2, p.x - p.y};
    return norm2(p) + norm2(q) * p.x;
}

double f(const double *x) { return g(x[0], x[1]); }

double jvp(const double *x, const double *v) {
    return __enzyme_fwddiff((void *)g, x[0], v[0], x[1], v[1]);
}
