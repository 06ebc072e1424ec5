/* gradcheck: n=1 lo=-2 hi=2 */
/* A degree-7 polynomial evaluated by Horner's rule over a constant coefficient table. */
#include <enzyme.h>

static const double coef[8] = {1.0, -0.5, 0.25, 2.0, -1.5, 0.75, 0.1, -0.3};

double horner(double x) {
    double r = coef[7];
    for (int i = 6; i >= 0; i--)
        r = r * x + coef[i];
    return r;
}

double f(const double *x) { return horner(x[0]); }
void grad(const double *x, double *g) { g[0] = __builtin_autodiff(horner, x[0]); }
void analytic(const double *x, double *g) {
    double d = 0.0;
    for (int i = 7; i >= 1; i--)
        d = d * x[0] + i * coef[i];
    g[0] = d;
}
