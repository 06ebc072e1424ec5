/* gradcheck: n=3 lo=-1 hi=1 */
/* A plain C form of cxx_member_shift.cpp: a struct with two double arrays and an int field,
 * whose delay-line member array is shifted by a loop; enzymec turns the loop into a memmove
 * and then cannot type the copied memory ("found conflict"). */
#include <enzyme.h>

typedef struct { double taps[3]; double state[3]; int count; } fir_t;
static const double IN[4] = {1.0, 2.0, -1.0, 0.5};

double run(fir_t *fir, const double *in, int n) {
    double loss = 0.0;
    for (int t = 0; t < n; t++) {
        for (int k = 2; k > 0; k--) fir->state[k] = fir->state[k - 1];
        fir->state[0] = in[t];
        double y = 0.0;
        for (int k = 0; k < 3; k++) y += fir->taps[k] * fir->state[k];
        fir->count++;
        loss += y * y;
    }
    return loss;
}

double f(const double *x) {
    fir_t s = {{x[0], x[1], x[2]}, {0, 0, 0}, 0};
    return run(&s, IN, 4);
}
void grad(const double *x, double *g) {
    fir_t s = {{x[0], x[1], x[2]}, {0, 0, 0}, 0}, ds = {{0, 0, 0}, {0, 0, 0}, 0};
    __enzyme_autodiff((void *)run, enzyme_dup, &s, &ds, enzyme_const, IN, enzyme_const, 4);
    for (int k = 0; k < 3; k++) g[k] = ds.taps[k];
}
void analytic(const double *x, double *g) {
    g[0] = g[1] = g[2] = 0.0;
    for (int t = 0; t < 4; t++) {
        double y = 0.0;
        for (int k = 0; k < 3 && k <= t; k++) y += x[k] * IN[t - k];
        for (int k = 0; k < 3 && k <= t; k++) g[k] += 2 * y * IN[t - k];
    }
}
