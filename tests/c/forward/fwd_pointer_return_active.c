/* gradcheck: n=3 lo=-2 hi=2 tangent */
/* A call not inlined that returns a pointer and takes active scalars: its tangent function
 * returns the shadow of the pointer, computed from the scalars' tangents. */
#include <enzyme.h>
#include <math.h>

__attribute__((noinline)) static double *scale(double *t, double s, int k) {
    for (int i = 0; i < 2; i++) t[i] = t[i] * s + sin(s);
    return t + k;
}

static double g(double a, double b, double c) {
    double t[2] = {a, b};
    double *p = scale(t, c, a > b);
    return *p * t[0] + t[1];
}

double f(const double *x) { return g(x[0], x[1], x[2]); }

double jvp(const double *x, const double *v) {
    return __enzyme_fwddiff((void *)g, x[0], v[0], x[1], v[1], x[2], v[2]);
}
