/* gradcheck: n=7 lo=-2 hi=2
 * point: 1.5, -1, 0.5, 1.25, -0.75, 0.25, -1.5
 * point: -1.5, -1, -0.5, 0.25, 0.75, 1.25, 1.75
 * point: 1.75, 1.25, 0.75, 0.25, -0.5, -1, -1.5
 */
/* A running maximum and a running minimum in one loop (an `int` counter, so the address
 * index is a widened counter), the minimum's select written with the kept value first.
 * enzymec tapes only the index of the last iteration that took each select
 * (enzymec/ad/reverse/select_recurrence.py). The points: a maximum in the middle, the first
 * element the minimum and the last the maximum (the minimum's select never taken), and
 * the reverse (the maximum's select never taken). */
#include <enzyme.h>

double maxmin(const double *x, int n) {
    double hi = x[0], lo = x[0];
    for (int i = 1; i < n; i++) {
        hi = x[i] > hi ? x[i] : hi;
        lo = x[i] >= lo ? lo : x[i];
    }
    return hi * x[2] + lo * lo - 0.5 * hi * lo;
}

double f(const double *x) { return maxmin(x, 7); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 7; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)maxmin, enzyme_dup, x, g, enzyme_const, 7);
}
void analytic(const double *x, double *g) {
    int ih = 0, il = 0;
    for (int i = 1; i < 7; i++) {
        if (x[i] > x[ih]) ih = i;
        if (x[i] < x[il]) il = i;
    }
    double hi = x[ih], lo = x[il];
    for (int i = 0; i < 7; i++) g[i] = 0.0;
    g[2] += hi;
    g[ih] += x[2] - 0.5 * lo;
    g[il] += 2.0 * lo - 0.5 * hi;
}
