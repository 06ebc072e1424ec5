/* gradcheck: n=2 lo=-2 hi=2 tangent */
/* Forward mode of a function returning memory it allocates: the tangent returned is a shadow
 * block enzymec allocated, which the caller owns like the primal block: it reallocates it and
 * frees it with the C library's own calls (a shadow with a hidden header made free() abort
 * with "invalid size"). */
#include <math.h>
#include <stdlib.h>

extern int enzyme_primal_return;
typedef struct { double *value, *tangent; } both;
both __enzyme_fwddiff_both(void *, ...) __asm__("__enzyme_fwddiff");

static double *make(double a, double b) {
    double *p = malloc(3 * sizeof *p);
    p[0] = a * b;
    p[1] = sin(a);
    p[2] = b * b * a;
    return p;
}

double f(const double *x) {
    double *p = make(x[0], x[1]);
    double s = p[0] + 2.0 * p[1] + 3.0 * p[2];
    free(p);
    return s;
}

double jvp(const double *x, const double *v) {
    both r = __enzyme_fwddiff_both((void *)make, enzyme_primal_return, x[0], v[0], x[1], v[1]);
    double *dp = realloc(r.tangent, 64 * sizeof *dp);
    if (dp == NULL) abort();
    double t = dp[0] + 2.0 * dp[1] + 3.0 * dp[2];
    free(dp);
    free(r.value);
    return t;
}
