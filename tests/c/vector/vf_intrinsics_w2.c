/* vector: n=3 m=2 width=2 mode=forward lo=-2 hi=2
 * point: 0.5, -0.7, 1.1
 * point: -0.8, 0.6, -1.3
 */
/* LLVM intrinsics: fabs, fmax, fmin, copysign, fma, floor (flat), at points on both sides
 * of each kink. */
#include <math.h>
extern int enzyme_width, enzyme_dupv;
void __enzyme_fwddiff(void *, ...);

static void g(const double *x, double *y) {
    y[0] = fabs(x[0]) * fmax(x[1], x[2]) + copysign(x[1] * x[1], x[0]);
    y[1] = fma(x[0], x[1], x[2]) + fmin(x[0] * x[2], x[1]) + floor(x[2] * 0.1) * x[0];
}

void fun(const double *x, double *y) { g(x, y); }

void deriv(const double *x, const double *s, double *out) {
    double y[2];
    __enzyme_fwddiff((void *)g, enzyme_width, 2, enzyme_dupv, 3 * sizeof(double), x, s,
                     enzyme_dupv, 2 * sizeof(double), y, out);
}
