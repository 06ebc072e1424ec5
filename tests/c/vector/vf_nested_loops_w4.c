/* vector: n=3 m=3 width=4 mode=forward lo=-1 hi=1 */
/* Nested loops updating an array in place. */
#include <math.h>
extern int enzyme_width, enzyme_dupv;
void __enzyme_fwddiff(void *, ...);

static void g(const double *x, double *y, int n) {
    for (int i = 0; i < n; i++) y[i] = x[i];
    for (int sweep = 0; sweep < 3; sweep++)
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                if (i != j) y[i] += 0.1 * sin(y[j]) * x[(i + j) % n];
}

void fun(const double *x, double *y) { g(x, y, 3); }

void deriv(const double *x, const double *s, double *out) {
    double y[3];
    __enzyme_fwddiff((void *)g, enzyme_width, 4, enzyme_dupv, 3 * sizeof(double), x, s,
                     enzyme_dupv, 3 * sizeof(double), y, out, 3);
}
