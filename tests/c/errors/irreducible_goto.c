/* expect-error: irreducible control flow */
/* A cycle entered at two places (at `top` from above, at `mid` by the goto) has no loop
 * header: the reverse sweep could not count its iterations (its gradient used to run
 * forever). The jump that closes the cycle is named; forward mode handles it. */
#include <enzyme.h>
#include <math.h>

static double irr(const double *x, int n) {
    double s = x[0];
    int i = 0;
    if (x[1] > 0)
        goto mid;
top:
    s = s * sin(s) + x[i % n]; /* ERROR */
mid:
    s = s + cos(s) * x[1];
    if (++i < n)
        goto top;
    return s;
}

void dirr(const double *x, double *dx) {
    __enzyme_autodiff((void *)irr, enzyme_dup, x, dx, enzyme_const, 3);
}
