/* gradcheck: n=3 lo=-1 hi=1 */
/* Deep linear recursion (6000 calls, twice per gradient): the tape records of the split
 * calls fill several chunks of the record stack, which must be entered and left in order. */
#include <enzyme.h>
#include <math.h>

#define DEPTH 6000

/* a step on the way down and another on the way back up (so not a tail call, which LLVM
 * would turn into a loop) */
double walk(double s, double a, double b, int k) {
    if (k == 0) return s;
    double r = walk(s + 1e-3 * sin(s * a) * b, a, b, k - 1);
    return r + 1e-4 * sin(r) * s;
}

double back_and_forth(const double *x) {
    double there = walk(x[0], x[1], x[2], DEPTH);
    return walk(there, x[2], x[1], DEPTH);
}

double f(const double *x) { return back_and_forth(x); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 3; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)back_and_forth, enzyme_dup, x, g);
}
