/* gradcheck: n=2 lo=-2 hi=2 */
/* A registered derivative wins over a math name everywhere, also in the write summaries
 * (aliasing.py): `__exp_finite` is glibc's old name of exp, so by its name alone it would be
 * a math function that writes nothing; here it is the user's own function, whose body
 * doubles the coefficient w[0] through a global pointer. g needs each iteration's w[0] in the
 * reverse sweep: were the call harmless, w would count as memory nobody writes and the
 * reverse sweep would reload its last value (8) for every iteration: 48 x0 instead of 14 x0. */
#include <enzyme.h>

static double *target;

__attribute__((noinline)) double __exp_finite(double v) {
    target[0] *= 2.0;
    return 3.0 * v;
}
double d_exp_like(double v) { (void)v; return 3.0; }
ENZYMEC_DERIVATIVE(__exp_finite, d_exp_like);

double g(double *y, double *w) {
    double s = 0.0;
    for (int i = 0; i < 3; i++) {
        s += w[0] * y[0] * y[0];
        s += __exp_finite(y[1]);
    }
    return s;
}

double f(const double *x) {
    double y[2] = {x[0], x[1]}, w[1] = {1.0};
    target = w;
    return g(y, w);
}
void grad(const double *x, double *out) {
    double y[2] = {x[0], x[1]}, dy[2] = {0.0, 0.0}, w[1] = {1.0};
    target = w;
    __enzyme_autodiff((void *)g, enzyme_dup, y, dy, enzyme_const, w);
    out[0] = dy[0];
    out[1] = dy[1];
}
void analytic(const double *x, double *out) {
    out[0] = 14.0 * x[0];
    out[1] = 9.0;
}
