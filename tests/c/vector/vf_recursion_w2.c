/* vector: n=2 m=1 width=2 mode=forward lo=-1 hi=1 */
/* Recursion: the recursive call is the function's own width-2 tangent. */
#include <math.h>
extern int enzyme_width;
typedef struct { double d[2]; } Lanes2;
Lanes2 __enzyme_fwddiff(void *, ...);

static double power_series(double a, double b, int depth) {
    if (depth == 0) return 1.0;
    return 1.0 + a * sin(b) * power_series(a, b * 0.9, depth - 1) / depth;
}

static double g(double a, double b) { return power_series(a, b, 6); }

void fun(const double *x, double *y) { y[0] = g(x[0], x[1]); }

void deriv(const double *x, const double *s, double *out) {
    Lanes2 r = __enzyme_fwddiff((void *)g, enzyme_width, 2, x[0], s[0], s[2], x[1], s[1], s[3]);
    out[0] = r.d[0];
    out[1] = r.d[1];
}
