/* vector: n=3 m=2 width=2 mode=reverse lo=-2 hi=2 */
/* Reverse mode at width 2: a dup pointer followed by its two shadows; each lane's seed
 * sits in its output shadow and its vector-Jacobian product arrives in its input shadow. */
#include <math.h>
#include <string.h>
extern int enzyme_width, enzyme_dup;
void __enzyme_autodiff(void *, ...);

static void g(const double *x, double *y) {
    y[0] = x[0] * x[1] * x[2] + sin(x[0]);
    y[1] = exp(0.3 * x[1]) - x[2] * x[2];
}

void fun(const double *x, double *y) { g(x, y); }

void deriv(const double *x, const double *s, double *out) {
    double y[2], seeds[4];
    memcpy(seeds, s, sizeof seeds);
    memset(out, 0, 6 * sizeof(double));
    __enzyme_autodiff((void *)g, enzyme_width, 2, enzyme_dup, x, out, out + 3,
                      enzyme_dup, y, seeds, seeds + 2);
}
