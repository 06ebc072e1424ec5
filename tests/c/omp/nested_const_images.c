/* images in a parallel loop, each with the net's constant-count inner loops: the last
 * counters of the constant loops are constants in the reverse (nested_finals.py), the
 * running sum of exps read after its loop is taped once per image (exit_tapes.py), each
 * thread's tapes its own; per-image losses written to `out`, then summed */
#define NO 4
#define NJ 6
#define NIMG 8
#define N (NO * NJ)
#include "omp_check.h"

static double value(double *x, double *out) {
#pragma omp parallel for schedule(static)
    for (long k = 0; k < NIMG; k++) {
        double act[NO], mx = -1e300, sum = 0;
        for (int o = 0; o < NO; o++) {
            double a = 0.05 * k;
            for (int j = 0; j < NJ; j++) a += x[o * NJ + j] * cos(0.3 * (k + j));
            act[o] = a;
            mx = a > mx ? a : mx;
        }
        for (int o = 0; o < NO; o++) sum += exp(act[o] - mx);
        out[k] = log(sum) * (mx + 2.0) - act[k % NO] * sum;
    }
    double s = 0;
    for (int k = 0; k < NIMG; k++) s += out[k];
    return s;
}
static double f(double *x) { double out[NIMG]; return value(x, out); }
void __enzyme_autodiff(void *, ...);
int enzyme_dup;
static void grad(double *x, double *dx) {
    double out[NIMG], dout[NIMG] = {0};
    __enzyme_autodiff((void *)value, enzyme_dup, x, dx, enzyme_dup, out, dout);
}
