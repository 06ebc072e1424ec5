/* vector: n=4 m=4 width=2 mode=forward lo=-2 hi=2 */
/* memcpy and memset: the copies move each lane's shadow. */
#include <math.h>
#include <string.h>
extern int enzyme_width, enzyme_dup;
void __enzyme_fwddiff(void *, ...);

static void g(const double *x, double *y) {
    double t[6];
    memset(t, 0, sizeof t);
    memcpy(t + 1, x, 4 * sizeof(double));
    for (int i = 1; i < 6; i++) t[i] += t[i - 1] * 0.5 + sin(t[i]);
    memcpy(y, t + 2, 4 * sizeof(double));
}

void fun(const double *x, double *y) { g(x, y); }

void deriv(const double *x, const double *s, double *out) {
    double y[4];
    __enzyme_fwddiff((void *)g, enzyme_width, 2, enzyme_dup, x, s, s + 4,
                     enzyme_dup, y, out, out + 4);
}
