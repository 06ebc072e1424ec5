/* gradcheck: n=4 lo=-2 hi=2 */
/* One element of the input read as a uint64_t (its sign bit cleared: |x[2]|) and the
 * whole array copied as doubles, into a local the loop then updates: the memory is read
 * both as an integer and as doubles, which is no conflict (fuzzer seed 115 was refused:
 * "cannot deduce the type of the memory copied here (found conflict, double)"). */
#include <enzyme.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

static void scale(double *w, int n, double s) {
    for (int i = 0; i < n; i++) w[i] = w[i] * s + w[i];
}

double bits_and_copy(const double *x) {
    double t = x[2];
    uint64_t bits;
    memcpy(&bits, &t, sizeof bits);
    bits &= 0x7fffffffffffffffULL;
    double v;
    memcpy(&v, &bits, sizeof v);
    double w[4];
    memcpy(w, x, sizeof w);
    scale(w, 4, x[3] * atan(v));
    return w[0] * w[1] + sin(w[2]) + w[3] * v;
}

double f(const double *x) { return bits_and_copy(x); }
void grad(const double *x, double *g) {
    g[0] = g[1] = g[2] = g[3] = 0.0;
    __enzyme_autodiff((void *)bits_and_copy, x, g);
}
