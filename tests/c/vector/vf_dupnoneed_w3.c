/* vector: n=3 m=3 width=3 mode=forward lo=-1.5 hi=1.5 */
/* enzyme_dupnoneed: the primal output is not needed, only its three shadows. */
#include <math.h>
extern int enzyme_width, enzyme_dupnoneed, enzyme_dup;
void __enzyme_fwddiff(void *, ...);

static void g(const double *x, double *y) {
    y[0] = x[0] * x[1] + x[2];
    y[1] = exp(x[1]) - x[0] * x[2];
    y[2] = y[0] * y[1];
}

void fun(const double *x, double *y) { g(x, y); }

void deriv(const double *x, const double *s, double *out) {
    double y[3];
    __enzyme_fwddiff((void *)g, enzyme_width, 3, enzyme_dup, x, s, s + 3, s + 6,
                     enzyme_dupnoneed, y, out, out + 3, out + 6);
}
