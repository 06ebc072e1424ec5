/* gradcheck: n=3 lo=-2 hi=2 tangent */
/* enzyme_const_return: no tangent of the result is returned (the call is void); the
 * tangents come back through the shadow of the output buffer. */
#include <enzyme.h>
#include <math.h>

extern int enzyme_const_return;
void __enzyme_fwddiff_void(void *, ...) __asm__("__enzyme_fwddiff");

static double g(const double *x, double *out) {
    out[0] = x[0] * x[1] - exp(x[2] / 2);
    out[1] = out[0] * x[2];
    return out[1] + 1.0;
}

double f(const double *x) {
    double out[2];
    g(x, out);
    return out[0] + 3 * out[1];
}

double jvp(const double *x, const double *v) {
    double out[2], dout[2] = {0, 0};
    __enzyme_fwddiff_void((void *)g, enzyme_const_return, x, v, out, dout);
    return dout[0] + 3 * dout[1];
}
