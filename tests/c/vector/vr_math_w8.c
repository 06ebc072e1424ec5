/* vector: n=2 m=2 width=8 mode=reverse lo=0.3 hi=2 */
/* The math table's adjoints, eight seeds at once. */
#include <math.h>
#include <string.h>
extern int enzyme_width, enzyme_dupv;
void __enzyme_autodiff(void *, ...);

static void g(const double *x, double *y) {
    double a = x[0], b = x[1];
    y[0] = exp(a) * log(b + 1) + pow(a, b) + sqrt(a * b) + tanh(a - b) + atan2(a, b);
    y[1] = hypot(a, b) + cbrt(a + 2 * b) + erf(a * 0.5) + log1p(b) + cosh(a) / (1 + sinh(b));
}

void fun(const double *x, double *y) { g(x, y); }

void deriv(const double *x, const double *s, double *out) {
    double y[2], seeds[16];
    memcpy(seeds, s, sizeof seeds);
    memset(out, 0, 16 * sizeof(double));
    __enzyme_autodiff((void *)g, enzyme_width, 8, enzyme_dupv, 2 * sizeof(double), x, out,
                      enzyme_dupv, 2 * sizeof(double), y, seeds);
}
