/* gradcheck: n=1 lo=-2 hi=2 */
/* printf of an active value inside the differentiated function: printing does not change
 * the gradient (the printed value is simply not differentiated). */
#include <enzyme.h>
#include <math.h>
#include <stdio.h>

double noisy(double x) {
    double y = sin(x) * x;
    fprintf(stderr, "noisy: y = %g\n", y);
    return y * y;
}

double f(const double *x) { return noisy(x[0]); }
void grad(const double *x, double *g) { g[0] = __builtin_autodiff(noisy, x[0]); }
void analytic(const double *x, double *g) {
    double y = sin(x[0]) * x[0];
    g[0] = 2.0 * y * (cos(x[0]) * x[0] + sin(x[0]));
}
