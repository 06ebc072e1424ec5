/* gradcheck: n=6 lo=-2 hi=2 tangent */
/* qsort of a local array of computed values, then a nonlinear use of the sorted values.
 * The runtime's sort is inlined into the tangent; its memcpy calls carried `tail`, which
 * promises the callee touches none of the caller's allocas, and the local array is one: at
 * -O2 LLVM then forwarded the unsorted values past the sort (the tangent used the sorted
 * tangents with the unsorted primal values). */
#include <math.h>
#include <stdlib.h>

double __enzyme_fwddiff(void *, ...);
extern int enzyme_dup, enzyme_const;

static int ascending(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double ranked_squares(const double *x, int n) {
    double v[6];
    for (int i = 0; i < n; i++) v[i] = 2 * x[i] + 0.1 * x[i] * x[i];
    qsort(v, n, sizeof(double), ascending);
    double s = 0.0;
    for (int i = 0; i < n; i++) s += (i + 1) * v[i] * v[i];
    return s;
}

double f(const double *x) { return ranked_squares(x, 6); }

double jvp(const double *x, const double *v) {
    return __enzyme_fwddiff((void *)ranked_squares, enzyme_dup, x, v, enzyme_const, 6);
}

void analytic(const double *x, double *g) {
    for (int i = 0; i < 6; i++) {
        double vi = 2 * x[i] + 0.1 * x[i] * x[i];
        int place = 0;  /* values below v_i: its index in ascending order */
        for (int j = 0; j < 6; j++)
            if (2 * x[j] + 0.1 * x[j] * x[j] < vi) place++;
        g[i] = (place + 1) * 2 * vi * (2 + 0.2 * x[i]);
    }
}
