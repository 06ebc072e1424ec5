/* gradcheck: n=2 lo=-2 hi=2 tangent
 * point: 0 1.25
 * point: 0 -0.75 */
/* Float class tests in forward mode: isnormal, isfinite and isinf (llvm.is.fpclass) and
 * signbit choose branches but carry no derivative (llvm.is.fpclass was refused in forward
 * mode). The points with x0 = 0 take the other branches. */
#include <math.h>

double __enzyme_fwddiff(void *, ...);
extern int enzyme_dup, enzyme_const;

static double classes(const double *x) {
    double a = x[0] * x[1], s = isnormal(a) ? a * a : 0.0;
    if (isfinite(x[1] / x[0])) s += sin(x[1]);
    if (isinf(x[1] / x[0])) s += x[1] * x[1] * x[1];
    return signbit(x[1]) ? s - x[1] : s + 2 * x[1];
}

double f(const double *x) { return classes(x); }

double jvp(const double *x, const double *v) {
    return __enzyme_fwddiff((void *)classes, enzyme_dup, x, v);
}
