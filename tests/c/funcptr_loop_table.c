/* gradcheck: n=6 lo=-1.5 hi=1.5 */
/* A static const table of function pointers indexed by a loop counter (i % 3): the loop's
 * trip count is a constant, so every target is fixed at compile time once unrolled. */
#include <enzyme.h>
#include <math.h>

typedef double (*unary)(double);
static double cube(double v) { return v * v * v; }
static const unary ACT[3] = {sin, cube, atan};

double act_sum(const double *x) {
    double s = 0.0;
    for (int i = 0; i < 6; i++) s += (i + 1) * ACT[i % 3](x[i]);
    return s;
}

double f(const double *x) { return act_sum(x); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 6; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)act_sum, enzyme_dup, x, g);
}
void analytic(const double *x, double *g) {
    for (int i = 0; i < 6; i++) {
        double d = i % 3 == 0 ? cos(x[i]) : i % 3 == 1 ? 3 * x[i] * x[i] : 1 / (1 + x[i] * x[i]);
        g[i] = (i + 1) * d;
    }
}
