/* gradcheck: n=2 lo=0.3 hi=2 tangent */
/* A complex result: forward mode returns its tangent as a complex number. */
#include <complex.h>
#include <enzyme.h>

double _Complex __enzyme_fwddiff_c(void *, ...) __asm__("__enzyme_fwddiff");

static double _Complex g(double a, double b) {
    double _Complex z = a + b * I;
    return z * z * a + b / z;
}

double f(const double *x) {
    double _Complex w = g(x[0], x[1]);
    return creal(w) - 2 * cimag(w);
}

double jvp(const double *x, const double *v) {
    double _Complex t = __enzyme_fwddiff_c((void *)g, x[0], v[0], x[1], v[1]);
    return creal(t) - 2 * cimag(t);
}
