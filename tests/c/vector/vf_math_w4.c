/* vector: n=2 m=1 width=4 mode=forward lo=0.3 hi=2 */
/* The math table: every lane's tangent through libm calls. */
#include <math.h>
extern int enzyme_width;
typedef struct { double d[4]; } Lanes4;
Lanes4 __enzyme_fwddiff(void *, ...);

static double g(double a, double b) {
    return exp(a) * log(b + 1) + pow(a, b) + sqrt(a * b) + tanh(a - b) + atan2(a, b)
           + hypot(a, b) + cbrt(a + 2 * b) + erf(a * 0.5) + log1p(b) + cosh(a) / (1 + sinh(b));
}

void fun(const double *x, double *y) { y[0] = g(x[0], x[1]); }

void deriv(const double *x, const double *s, double *out) {
    Lanes4 r = __enzyme_fwddiff((void *)g, enzyme_width, 4, x[0], s[0], s[2], s[4], s[6],
                                x[1], s[1], s[3], s[5], s[7]);
    for (int k = 0; k < 4; k++) out[k] = r.d[k];
}
