/* gradcheck: n=3 lo=-1 hi=1 tangent */
/* Forward over forward through heap memory: jvp differentiates, along v, enzymec's
 * directional derivative (along V) of a function with a malloc'd temporary, checked
 * against central differences of that directional derivative written by hand (f). The
 * inner tangent's heap shadow (__enzymec_shadow_alloc) is calloc'd user memory to the
 * outer one (it was a located error: enzymec/ad/higher_order/nested_runtime.py). */
#include <math.h>
#include <stdlib.h>

double __enzyme_fwddiff(void *, ...);
extern int enzyme_dup, enzyme_const;

static const double V[3] = {1.0, 0.5, -0.75};

static double loss(const double *x, int n) {  /* sum_i (x_i x_{i+1})^2 */
    double *t = malloc(n * sizeof(double));
    for (int i = 0; i < n; i++) t[i] = x[i] * x[(i + 1) % n];
    double s = 0;
    for (int i = 0; i < n; i++) s += t[i] * t[i];
    free(t);
    return s;
}

static double directional(const double *x) {
    double v[3] = {V[0], V[1], V[2]};
    return __enzyme_fwddiff((void *)loss, enzyme_dup, x, v, enzyme_const, 3);
}

double f(const double *x) {  /* the derivative of loss along V, by hand */
    double d = 0;
    for (int i = 0; i < 3; i++) {
        int j = (i + 1) % 3;
        d += 2 * x[i] * x[j] * (V[i] * x[j] + x[i] * V[j]);
    }
    return d;
}

double jvp(const double *x, const double *v) {
    return __enzyme_fwddiff((void *)directional, enzyme_dup, x, v);
}
