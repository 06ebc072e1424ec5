/* gradcheck: n=6 lo=-2 hi=2 */
/* Two dup arrays in one call: a dot product of u (x[0..2]) and v (x[3..5]), squared. */
#include <enzyme.h>

double dot2(const double *u, const double *v, int n) {
    double s = 0.0;
    for (int i = 0; i < n; i++)
        s += u[i] * v[i];
    return s * s;
}

double f(const double *x) { return dot2(x, x + 3, 3); }
void grad(const double *x, double *g) {
    double u[3] = {x[0], x[1], x[2]}, v[3] = {x[3], x[4], x[5]};
    for (int i = 0; i < 6; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)dot2, enzyme_dup, u, g, enzyme_dup, v, g + 3, enzyme_const, 3);
}
void analytic(const double *x, double *g) {
    double s = x[0] * x[3] + x[1] * x[4] + x[2] * x[5];
    for (int i = 0; i < 3; i++) { g[i] = 2.0 * s * x[i + 3]; g[i + 3] = 2.0 * s * x[i]; }
}
