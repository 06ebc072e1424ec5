/* gradcheck: n=2 lo=-2 hi=2 tangent */
/* A function returning a pointer: forward mode returns the pointer's shadow, through which
 * the caller reads the tangent of what it points to. */
#include <enzyme.h>
#include <math.h>

double *__enzyme_fwddiff_p(void *, ...) __asm__("__enzyme_fwddiff");

static double *g(double *x) {
    x[1] = x[0] * x[0] * x[1] + sin(x[1]);
    return x + 1;
}

double f(const double *x) {
    double y[2] = {x[0], x[1]};
    return *g(y);
}

double jvp(const double *x, const double *v) {
    double y[2] = {x[0], x[1]}, dy[2] = {v[0], v[1]};
    double *shadow = __enzyme_fwddiff_p((void *)g, y, dy);
    return shadow == dy + 1 ? *shadow : NAN;
}
