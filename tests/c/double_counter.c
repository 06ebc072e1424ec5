/* gradcheck: n=1 lo=-1 hi=1 */
/* (double)i loop counters used as coefficients of the active value. */
#include <enzyme.h>
#include <math.h>

double fourier(double x) {
    double s = 0.0;
    for (int i = 1; i <= 9; i++) {
        double k = (double)i;
        s += sin(k * x) / k + k * 0.01 * x * x;
    }
    return s;
}

double f(const double *x) { return fourier(x[0]); }
void grad(const double *x, double *g) { g[0] = __builtin_autodiff(fourier, x[0]); }
void analytic(const double *x, double *g) {
    double d = 0.0;
    for (int i = 1; i <= 9; i++) d += cos(i * x[0]) + 0.02 * i * x[0];
    g[0] = d;
}
