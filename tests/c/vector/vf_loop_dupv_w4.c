/* vector: n=5 m=2 width=4 mode=forward lo=-1.5 hi=1.5 */
/* A loop over an array; enzyme_dupv gives each lane its shadow at a byte stride. */
#include <math.h>
extern int enzyme_width, enzyme_dupv;
void __enzyme_fwddiff(void *, ...);

static void g(const double *x, double *y, int n) {
    double s = 0, p = 1;
    for (int i = 0; i < n; i++) {
        s += sin(x[i]) * x[(i + 1) % n];
        p *= 1.0 + 0.1 * x[i] * x[i];
    }
    y[0] = s;
    y[1] = log(p) + s * s;
}

void fun(const double *x, double *y) { g(x, y, 5); }

void deriv(const double *x, const double *s, double *out) {
    double y[2];
    __enzyme_fwddiff((void *)g, enzyme_width, 4, enzyme_dupv, 5 * sizeof(double), x, s,
                     enzyme_dupv, 2 * sizeof(double), y, out, 5);
}
