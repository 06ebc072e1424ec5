/* gradcheck: n=4 lo=-1.5 hi=1.5 */
/* A callee with a local array declared inside a loop: clang brackets each iteration's array
 * with llvm.lifetime.start/end. Differentiated through its augmented forward and reverse
 * (the split variant, and here always: the callee is noinline and called twice), the array
 * moves to the heap, and its lifetime markers must go with it (LLVM accepts them only on
 * stack allocations). */
#include <enzyme.h>

__attribute__((noinline)) double window_energy(const double *x, int n, double w) {
    double s = 0.0;
    for (int k = 0; k < n; k++) {
        double buf[4];
        for (int j = 0; j < 4; j++) buf[j] = x[(k + j) % n] * (j + w);
        for (int j = 0; j < 4; j++) s += buf[j] * buf[3 - j] * (k % 2 ? 1.0 : -0.5);
    }
    return s;
}

double f(const double *x) { return window_energy(x, 4, 1.0) + window_energy(x, 3, x[3]); }

void grad(const double *x, double *g) {
    for (int i = 0; i < 4; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)f, enzyme_dup, x, g);
}
