/* gradcheck: n=6 lo=-2 hi=2 */
/* Look-alikes of `p[j] += y` whose store must still zero its shadow in the reverse sweep
 * (ad/reverse/rmw_adjoint.py refuses them), each a wrong gradient if it were kept in place: `p = y - p`
 * (the loaded value's adjoint is -d, not d), `p = p + p * y` (the loaded value has a
 * second use, so a second adjoint), a store between the load and the store through a
 * pointer that is p at run time (its reverse reads and zeroes p's shadow), and a call
 * between them that writes p. tests/ad/test_update_in_place.py checks that none is kept. */
#include <math.h>
#include <stdlib.h>
#include <enzyme.h>

__attribute__((noinline)) static void twice(double *p) { *p = 2.0 * *p; }

double refused(const double *x, double *acc, int shift) {
    double *alias = acc + shift;          /* acc itself, at run time */
    for (int j = 0; j < 3; j++)
        acc[j] = x[j] - acc[j];           /* the subtrahend */
    for (int j = 0; j < 3; j++)
        acc[j] = acc[j] + acc[j] * x[j + 3];   /* the loaded value used twice */
    for (int j = 0; j < 3; j++) {
        double t = acc[j];
        alias[j] = x[j] * x[j + 3];       /* a store to the same place in between */
        acc[j] = t + sin(x[j + 3]);
    }
    for (int j = 0; j < 3; j++) {
        double u = acc[j];
        twice(&acc[j]);                   /* a call that writes it, in between */
        acc[j] = u + x[j];
    }
    double s = 0.0;
    for (int j = 0; j < 3; j++)
        s += acc[j] * acc[j] * (1.0 + 0.5 * j);
    return s;
}

double f(const double *x) {
    double acc[3] = {x[3], x[4], x[5]};
    return refused(x, acc, 0);
}

void grad(const double *x, double *g) {
    double acc[3] = {x[3], x[4], x[5]}, dacc[3] = {0};
    for (int i = 0; i < 6; i++)
        g[i] = 0.0;
    __enzyme_autodiff((void *)refused, enzyme_dup, x, g, enzyme_dup, acc, dacc,
                      enzyme_const, 0);
    for (int j = 0; j < 3; j++)
        g[3 + j] += dacc[j];
}
