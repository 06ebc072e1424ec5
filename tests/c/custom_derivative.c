/* gradcheck: n=2 lo=-2 hi=2 */
/* A function enzymec cannot look into (inline asm hides the value) made differentiable by
 * registering its derivative with ENZYMEC_DERIVATIVE: scalar and two-argument forms. */
#include <enzyme.h>
#include <math.h>

typedef struct { double a, b; } pair;
pair __enzyme_autodiff_pair(void *, ...);

__attribute__((noinline)) double opaque_sin(double v) {
    __asm__ volatile("" : "+x"(v));
    return sin(v);
}
double d_opaque_sin(double v) { return cos(v); }
ENZYMEC_DERIVATIVE(opaque_sin, d_opaque_sin);

__attribute__((noinline)) double opaque_mul(double u, double v) {
    __asm__ volatile("" : "+x"(u), "+x"(v));
    return u * v;
}
pair d_opaque_mul(double u, double v) { pair p = {v, u}; return p; }
ENZYMEC_DERIVATIVE(opaque_mul, d_opaque_mul);

double g(double x, double y) { return opaque_sin(x * y) + opaque_mul(x, x + y); }

double f(const double *x) { return g(x[0], x[1]); }
void grad(const double *x, double *out) {
    pair d = __enzyme_autodiff_pair((void *)g, x[0], x[1]);
    out[0] = d.a;
    out[1] = d.b;
}
void analytic(const double *x, double *out) {
    double c = cos(x[0] * x[1]);
    out[0] = c * x[1] + 2 * x[0] + x[1];
    out[1] = c * x[0] + x[0];
}
