/* vector: n=4 m=3 width=4 mode=forward lo=-1 hi=1 */
/* A whole Jacobian (4 inputs) in one call: the benchmark's function. */
#include <math.h>
extern int enzyme_width, enzyme_dupv;
void __enzyme_fwddiff(void *, ...);

static void g(const double *x, double *y) {
    double r = x[0] * x[0] + x[1] * x[1] + x[2] * x[2] + x[3] * x[3];
    y[0] = exp(-r) * x[0] * x[1];
    y[1] = sin(x[2] - x[3]) * cos(x[0] + x[1]);
    y[2] = log(1.0 + r) * tanh(x[3]);
}

void fun(const double *x, double *y) { g(x, y); }

void deriv(const double *x, const double *s, double *out) {
    double y[3];
    __enzyme_fwddiff((void *)g, enzyme_width, 4, enzyme_dupv, 4 * sizeof(double), x, s,
                     enzyme_dupv, 3 * sizeof(double), y, out);
}
