/* gradcheck: n=2 lo=-1.5 hi=1.5 tangent */
/* Forward over forward: the tangent of a function that computes a tangent itself. */
#include <enzyme.h>
#include <math.h>

static double h(double a, double b) { return a * a * sin(b) + exp(a * b / 3); }

static double dh_da(double a, double b) {
    return __enzyme_fwddiff((void *)h, a, 1.0, b, 0.0);
}

double f(const double *x) { return dh_da(x[0], x[1]); }

double jvp(const double *x, const double *v) {
    return __enzyme_fwddiff((void *)dh_da, x[0], v[0], x[1], v[1]);
}
