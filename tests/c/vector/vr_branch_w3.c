/* vector: n=2 m=2 width=3 mode=reverse lo=-2 hi=2
 * point: 1.5, 0.5
 * point: -1.5, 0.5
 * point: 0.3, -1.2
 */
/* Branches: the reverse sweep takes the recorded arm once, for all three lanes. */
#include <math.h>
#include <string.h>
extern int enzyme_width, enzyme_dup;
void __enzyme_autodiff(void *, ...);

static void g(const double *x, double *y) {
    double a = x[0], b = x[1];
    if (a > 1.0) {
        y[0] = a * a * b;
        y[1] = b;
    } else if (b > 0) {
        y[0] = sin(a) + b * b * b;
        y[1] = a * b;
    } else {
        y[0] = exp(a * b) - a;
        y[1] = cos(b) * a;
    }
}

void fun(const double *x, double *y) { g(x, y); }

void deriv(const double *x, const double *s, double *out) {
    double y[2], seeds[6];
    memcpy(seeds, s, sizeof seeds);
    memset(out, 0, 6 * sizeof(double));
    __enzyme_autodiff((void *)g, enzyme_width, 3, enzyme_dup, x, out, out + 2, out + 4,
                      enzyme_dup, y, seeds, seeds + 2, seeds + 4);
}
