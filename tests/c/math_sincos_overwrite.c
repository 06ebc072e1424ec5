/* gradcheck: n=3 lo=0.2 hi=2.8 */
/* sincos writing into the caller's array (enzyme_dup), its only write there, in a loop: the
 * values read before the call in each iteration must be taped, not re-read in the reverse
 * sweep (the call overwrote them); the adjoints of the written sine and cosine flow back to
 * their argument; modf's integer part overwrites a local holding an active value (its shadow
 * is cleared) and frexp writes an int. */
#define _GNU_SOURCE
#include <enzyme.h>
#include <math.h>

__attribute__((noinline)) double rotate(double *v, double x) {
    double r = 0.0;
    for (int k = 0; k < 3; k++) {
        double before = v[0] * v[1] + v[2];     /* read, then overwritten by sincos */
        sincos(x * before, &v[0], &v[1]);
        double ip = before;                      /* overwritten by modf */
        double fraction = modf(3.0 * x * before, &ip);
        int e;
        double m = frexp(v[1] * x + 3.0, &e);
        r += before * before * fraction + v[0] * x * m + e * ip + v[1] * before;
    }
    return r;
}

double f(const double *x) {
    double v[3] = {x[0], x[1], x[2]};
    return rotate(v, x[2]);
}
void grad(const double *x, double *g) {
    double v[3] = {x[0], x[1], x[2]}, dv[3] = {0.0, 0.0, 0.0};
    double dx = __enzyme_autodiff((void *)rotate, enzyme_dup, v, dv, enzyme_out, x[2]);
    g[0] = dv[0];
    g[1] = dv[1];
    g[2] = dv[2] + dx;
}
