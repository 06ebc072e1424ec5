/* gradcheck: n=1 lo=-4 hi=4 */
/* switch on an integer computed from the active value: a multi-way branch. */
#include <enzyme.h>
#include <math.h>

double sw(double x) {
    int k = (int)floor(x);
    switch (k) {
    case -4: case -3: return x * x;
    case -2: return 3.0 * x;
    case -1: return exp(x);
    case 0: return x * x * x;
    case 1: return sin(x);
    case 2: return 1.0 / x;
    default: return 0.5 * x * x;
    }
}

double f(const double *x) { return sw(x[0]); }
void grad(const double *x, double *g) { g[0] = __builtin_autodiff(sw, x[0]); }
void analytic(const double *x, double *g) {
    double v = x[0];
    switch ((int)floor(v)) {
    case -4: case -3: g[0] = 2.0 * v; break;
    case -2: g[0] = 3.0; break;
    case -1: g[0] = exp(v); break;
    case 0: g[0] = 3.0 * v * v; break;
    case 1: g[0] = cos(v); break;
    case 2: g[0] = -1.0 / (v * v); break;
    default: g[0] = v;
    }
}
