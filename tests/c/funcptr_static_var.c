/* gradcheck: n=3 lo=-1.5 hi=1.5 */
/* Calls through file-scope function pointer variables initialized to libm functions
 * (`static double (*op)(double) = sin;`) and never reassigned. */
#include <enzyme.h>
#include <math.h>

static double (*op)(double) = sin;
static double (*const squash)(double) = tanh;

double wave(const double *x, int n) {
    double s = 0.0;
    for (int i = 0; i < n; i++) s += op(x[i] * (i + 1)) * squash(x[i]);
    return s;
}

double f(const double *x) { return wave(x, 3); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 3; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)wave, enzyme_dup, x, g, enzyme_const, 3);
}
void analytic(const double *x, double *g) {
    for (int i = 0; i < 3; i++) {
        double k = i + 1, t = tanh(x[i]);
        g[i] = k * cos(k * x[i]) * t + sin(k * x[i]) * (1 - t * t);
    }
}
