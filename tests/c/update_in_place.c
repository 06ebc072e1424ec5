/* gradcheck: n=8 lo=-2 hi=2 */
/* Read-modify-write updates `p[j] += y` whose shadow the reverse sweep leaves as it is
 * (ad/reverse/rmw_adjoint.py) instead of zeroing it and adding the same adjoint back: `+=` of a
 * product (clang's fmuladd, the loaded value its addend) into malloc'd scratch (GMM's
 * qtimesx), `p = p - y` (the minuend), `p = y + p` (the second operand), and `p = p + exp(y)`
 * with a math call between the load and the store, into a buffer the caller passes (its
 * shadow is the caller's, seeded by x through the initial values). The look-alikes whose
 * shadow must still be zeroed are in update_in_place_refused.c;
 * tests/ad/test_update_in_place.py checks which stores keep their shadow. */
#include <math.h>
#include <stdlib.h>
#include <enzyme.h>

/* out += L x for L strictly lower, packed column by column (GMM's qtimesx) */
static void ltimesx(int d, const double *ltri, const double *x, double *out) {
    int l = 0;
    for (int i = 0; i < d; i++)
        for (int j = i + 1; j < d; j++)
            out[j] += ltri[l++] * x[i];
}

double updates(const double *x, double *acc) {
    int d = 4;
    double *out = malloc(sizeof(double) * (size_t)d);
    for (int j = 0; j < d; j++)
        out[j] = x[j] * x[j + 4];
    ltimesx(d, x + 2, x, out);
    for (int j = 0; j < d; j++)
        acc[j] = acc[j] - out[j] * x[j];
    for (int j = 0; j < d; j++)
        acc[j] = sin(x[j + 4]) + acc[j];
    for (int j = 0; j < d; j++)
        acc[j] = acc[j] + exp(0.25 * x[7 - j]);
    double s = 0.0;
    for (int j = 0; j < d; j++)
        s += out[j] * acc[j] + acc[j] * acc[j];
    free(out);
    return s;
}

/* acc starts as x[4..7]: its shadow carries their derivative back */
double f(const double *x) {
    double acc[4] = {x[4], x[5], x[6], x[7]};
    return updates(x, acc);
}

void grad(const double *x, double *g) {
    double acc[4] = {x[4], x[5], x[6], x[7]}, dacc[4] = {0};
    for (int i = 0; i < 8; i++)
        g[i] = 0.0;
    __enzyme_autodiff((void *)updates, enzyme_dup, x, g, enzyme_dup, acc, dacc);
    for (int j = 0; j < 4; j++)
        g[4 + j] += dacc[j];
}
