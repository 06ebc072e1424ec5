/* vector: n=2 m=1 width=3 mode=forward lo=-2 hi=2
 * point: 1.5, 0.5
 * point: -1.5, 0.5
 * point: 0.3, -1.2
 */
/* Branches: each arm's tangents in all three lanes (the points take every arm). */
#include <math.h>
extern int enzyme_width;
typedef struct { double d[3]; } Lanes3;
Lanes3 __enzyme_fwddiff(void *, ...);

static double g(double a, double b) {
    double r;
    if (a > 1.0)
        r = a * a * b;
    else if (b > 0)
        r = sin(a) + b * b * b;
    else
        r = exp(a * b) - a;
    return r * 0.5;
}

void fun(const double *x, double *y) { y[0] = g(x[0], x[1]); }

void deriv(const double *x, const double *s, double *out) {
    Lanes3 r = __enzyme_fwddiff((void *)g, enzyme_width, 3, x[0], s[0], s[2], s[4],
                                x[1], s[1], s[3], s[5]);
    for (int k = 0; k < 3; k++) out[k] = r.d[k];
}
