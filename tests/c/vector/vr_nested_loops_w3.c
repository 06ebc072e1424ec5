/* vector: n=3 m=3 width=3 mode=reverse lo=-1 hi=1 */
/* Nested loops updating an array in place: a whole 3x3 Jacobian (unit seeds) in one call
 * at the first point. */
#include <math.h>
#include <string.h>
extern int enzyme_width, enzyme_dupv;
void __enzyme_autodiff(void *, ...);

static void g(const double *x, double *y, int n) {
    for (int i = 0; i < n; i++) y[i] = x[i];
    for (int sweep = 0; sweep < 3; sweep++)
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                if (i != j) y[i] += 0.1 * sin(y[j]) * x[(i + j) % n];
}

void fun(const double *x, double *y) { g(x, y, 3); }

void deriv(const double *x, const double *s, double *out) {
    double y[3], seeds[9];
    memcpy(seeds, s, sizeof seeds);
    memset(out, 0, 9 * sizeof(double));
    __enzyme_autodiff((void *)g, enzyme_width, 3, enzyme_dupv, 3 * sizeof(double), x, out,
                      enzyme_dupv, 3 * sizeof(double), y, seeds, 3);
}
