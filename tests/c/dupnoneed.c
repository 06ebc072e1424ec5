/* gradcheck: n=3 lo=-2 hi=2 */
/* enzyme_dupnoneed: the output array's primal values are not needed, only its shadow. */
#include <enzyme.h>
#include <math.h>

void model(const double *x, double *out) {
    out[0] = x[0] * x[1];
    out[1] = sin(x[2]) * x[0];
}

double f(const double *x) {
    double out[2];
    model(x, out);
    return 2.0 * out[0] - 3.0 * out[1];
}
void grad(const double *x, double *g) {
    double out[2], dout[2] = {2.0, -3.0};
    for (int i = 0; i < 3; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)model, enzyme_dup, x, g, enzyme_dupnoneed, out, dout);
}
void analytic(const double *x, double *g) {
    g[0] = 2.0 * x[1] - 3.0 * sin(x[2]);
    g[1] = 2.0 * x[0];
    g[2] = -3.0 * cos(x[2]) * x[0];
}
