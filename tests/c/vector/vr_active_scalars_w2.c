/* vector: n=3 m=2 width=2 mode=reverse lo=0.3 hi=2 */
/* Active scalar arguments at width 2: the call returns each one's two adjoints
 * ({[2 x double], [2 x double]}); the result is seeded with 1 in every lane, the written
 * output by the lane's shadow. Lane k's seeds (s0, s1) are applied as s0 * (1, s1 / s0). */
#include <math.h>
#include <string.h>
extern int enzyme_width, enzyme_dup, enzyme_out;
typedef struct { double da[2]; double db[2]; } Adjoints;
Adjoints __enzyme_autodiff(void *, ...);

static double g(double a, double b, const double *c, double *w) {
    w[0] = a * c[0] + b * b;
    return sin(a * b) + log(a + c[0]) * b;
}

void fun(const double *x, double *y) {
    double w;
    y[0] = g(x[0], x[1], x + 2, &w);
    y[1] = w;
}

void deriv(const double *x, const double *s, double *out) {
    double w, dw[2] = {s[1] / s[0], s[3] / s[2]}, dc[2] = {0, 0};
    Adjoints r = __enzyme_autodiff((void *)g, enzyme_width, 2, enzyme_out, x[0],
                                   enzyme_out, x[1], enzyme_dup, x + 2, dc, dc + 1,
                                   enzyme_dup, &w, dw, dw + 1);
    for (int k = 0; k < 2; k++) {
        out[3 * k] = s[2 * k] * r.da[k];
        out[3 * k + 1] = s[2 * k] * r.db[k];
        out[3 * k + 2] = s[2 * k] * dc[k];
    }
}
