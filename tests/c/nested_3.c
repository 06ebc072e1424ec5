/* gradcheck: n=1 lo=-1 hi=1 */
/* Three nested loops: a running product updated in the innermost body. */
#include <enzyme.h>
#include <math.h>

double cube(double x) {
    double s = 0.0;
    for (int i = 0; i < 3; i++)
        for (int j = 0; j < 4; j++)
            for (int k = 0; k < 2; k++)
                s = s * 0.9 + sin(x * (i + 1) + j - k);
    return s;
}

double f(const double *x) { return cube(x[0]); }
void grad(const double *x, double *g) { g[0] = __builtin_autodiff(cube, x[0]); }
void analytic(const double *x, double *g) {
    double d = 0.0;
    for (int i = 0; i < 3; i++)
        for (int j = 0; j < 4; j++)
            for (int k = 0; k < 2; k++)
                d = d * 0.9 + (i + 1) * cos(x[0] * (i + 1) + j - k);
    g[0] = d;
}
