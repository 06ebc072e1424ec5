/* gradcheck: n=3 lo=-2 hi=2 */
/* A bookkeeping function marked inactive with ENZYMEC_INACTIVE: it sees active values and
 * writes them to a global, which would otherwise be an error, and changes no derivative. */
#include <enzyme.h>

static double last_seen;
__attribute__((noinline)) void remember(double v) { last_seen = v; }
ENZYMEC_INACTIVE(remember);

double h(double *x, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) {
        s += x[i] * x[i] * (i + 1);
        remember(s);
    }
    return s;
}

double f(const double *x) { return h((double *)x, 3); }
void grad(const double *x, double *g) {
    double copy[3] = {x[0], x[1], x[2]};
    g[0] = g[1] = g[2] = 0;
    __enzyme_autodiff((void *)h, copy, g, 3);
}
void analytic(const double *x, double *g) {
    for (int i = 0; i < 3; i++) g[i] = 2 * x[i] * (i + 1);
}
