/* vector: n=3 m=3 width=3 mode=forward lo=-1.5 hi=1.5 */
/* Forward over reverse at width 3: a whole Hessian in one call (the lanes of the forward
 * derivative of a function calling __enzyme_autodiff); `fun` is the closed-form gradient,
 * so the lanes are checked against its differences. */
#include <math.h>
extern int enzyme_width, enzyme_dup, enzyme_dupv;
void __enzyme_autodiff(void *, ...);
void __enzyme_fwddiff(void *, ...);

static double f(const double *x) {
    return x[0] * x[0] * x[1] + sin(x[1]) * x[2] * x[2] + exp(0.5 * x[0] * x[2]);
}

static void gradient(const double *x, double *g) {
    for (int i = 0; i < 3; i++) g[i] = 0;
    __enzyme_autodiff((void *)f, enzyme_dup, x, g);
}

void fun(const double *x, double *y) {
    double e = exp(0.5 * x[0] * x[2]);
    y[0] = 2 * x[0] * x[1] + 0.5 * x[2] * e;
    y[1] = x[0] * x[0] + cos(x[1]) * x[2] * x[2];
    y[2] = 2 * sin(x[1]) * x[2] + 0.5 * x[0] * e;
}

void deriv(const double *x, const double *s, double *out) {
    double g[3];
    __enzyme_fwddiff((void *)gradient, enzyme_width, 3, enzyme_dupv, 3 * sizeof(double), x, s,
                     enzyme_dupv, 3 * sizeof(double), g, out);
}
