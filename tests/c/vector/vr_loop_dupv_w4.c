/* vector: n=5 m=3 width=4 mode=reverse lo=-1.5 hi=1.5 */
/* A loop read back in reverse, shared tape, four seeds through enzyme_dupv. */
#include <math.h>
#include <string.h>
extern int enzyme_width, enzyme_dupv;
void __enzyme_autodiff(void *, ...);

static void g(const double *x, double *y, int n) {
    double s = 0, p = 1, q = 0;
    for (int i = 0; i < n; i++) {
        s += sin(x[i]) * x[(i + 1) % n];
        p *= 1.0 + 0.1 * x[i] * x[i];
        q = q * 0.5 + s * x[i];
    }
    y[0] = s;
    y[1] = log(p);
    y[2] = q;
}

void fun(const double *x, double *y) { g(x, y, 5); }

void deriv(const double *x, const double *s, double *out) {
    double y[3], seeds[12];
    memcpy(seeds, s, sizeof seeds);
    memset(out, 0, 20 * sizeof(double));
    __enzyme_autodiff((void *)g, enzyme_width, 4, enzyme_dupv, 5 * sizeof(double), x, out,
                      enzyme_dupv, 3 * sizeof(double), y, seeds, 5);
}
