/* gradcheck: n=4 lo=-3 hi=3 */
/* ENZYMEC_DERIVATIVE on an external libm function enzymec has no rule for (the Bessel
 * function j0, d/dx j0 = -j1): the drum-mode amplitudes of a circular membrane. */
#include <enzyme.h>
#include <math.h>

double d_j0(double v) { return -j1(v); }
ENZYMEC_DERIVATIVE(j0, d_j0);

static const double K[4] = {2.405, 5.520, 8.654, 11.79}; /* zeros of j0 */

double membrane(const double *r, int n) {
    double s = 0.0;
    for (int i = 0; i < n; i++) {
        double a = j0(K[i] * 0.25 * r[i]);
        s += a * a + a * r[(i + 1) % n];
    }
    return s;
}

double f(const double *x) { return membrane(x, 4); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 4; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)membrane, enzyme_dup, x, g, enzyme_const, 4);
}
void analytic(const double *x, double *g) {
    for (int i = 0; i < 4; i++) g[i] = 0.0;
    for (int i = 0; i < 4; i++) {
        double k = K[i] * 0.25, a = j0(k * x[i]), da = -j1(k * x[i]) * k;
        g[i] += (2 * a + x[(i + 1) % 4]) * da;
        g[(i + 1) % 4] += a;
    }
}
