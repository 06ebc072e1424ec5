/* vector: n=2 m=1 width=3 mode=forward lo=-2 hi=2 */
/* A global holding active data: each lane has its own shadow of it. */
#include <math.h>
extern int enzyme_width;
typedef struct { double d[3]; } Lanes3;
Lanes3 __enzyme_fwddiff(void *, ...);

static double scratch[2];

__attribute__((noinline)) static void keep(double a, double b) {
    scratch[0] = a * b;
    scratch[1] = sin(a) + b;
}

static double g(double a, double b) {
    keep(a, b);
    return scratch[0] * scratch[1] + scratch[0];
}

void fun(const double *x, double *y) { y[0] = g(x[0], x[1]); }

void deriv(const double *x, const double *s, double *out) {
    Lanes3 r = __enzyme_fwddiff((void *)g, enzyme_width, 3, x[0], s[0], s[2], s[4],
                                x[1], s[1], s[3], s[5]);
    for (int k = 0; k < 3; k++) out[k] = r.d[k];
}
