/* The shadow tape (enzymec/ad/shadow_tape/shadow_tape_apply.py) against the ordinary tape in one process:
 * enzymec's gradient of logsumexp called with dx all +0.0 (the exp tape kept in dx) and with
 * dx all -0.0 (the same binary's ordinary tape: the forward leaves the shadow at the first
 * element, having stored nothing there, so the rest is the gradient as before the change),
 * beside the expert, interleaved (the order rotates each round), CPU time of the thread,
 * best of ROUNDS and the median of the per-round ratios. Filling dx is not timed. Also the
 * worst case of the fallback: dx +0.0 but its last element 1.0 (every exp but the last
 * stored into dx, then moved to the ordinary tape and the zeros put back).
 * Build and run: enzymec -O3 -march=native -fno-math-errno lse_shadow_ab.c -o ab -lm
 *                && ./ab [n=1e7] [rounds=9] */
#include "../c/logsumexp/common.h"
#include <enzyme.h>
#include <time.h>
static double cpu_now(void) {
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}
__attribute__((noinline)) double logsumexp(const double *x, long n) {
    double A = x[0];
    for (long i = 1; i < n; i++)
        A = x[i] > A ? x[i] : A;
    double sema = 0;
    for (long i = 0; i < n; i++)
        sema += exp(x[i] - A);
    return log(sema) + A;
}
__attribute__((noinline)) void expert(const double *restrict x, double *restrict dx, long n) {
    double A = x[0];
    for (long i = 1; i < n; i++)
        A = x[i] > A ? x[i] : A;
    double sema = 0;
    for (long i = 0; i < n; i++) {
        double e = exp(x[i] - A);
        dx[i] = e;
        sema += e;
    }
    double inv = 1.0 / sema;
    for (long i = 0; i < n; i++)
        dx[i] *= inv;
}
__attribute__((noinline)) void enz(const double *x, double *dx, long n) {
    __enzyme_autodiff((void *)logsumexp, enzyme_dup, x, dx, n);
}
static int cmp(const void *a, const void *b) { double x = *(const double *)a, y = *(const double *)b; return (x > y) - (x < y); }
int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 10000000;
    int rounds = argc > 2 ? atoi(argv[2]) : 9;
    if (rounds < 1 || rounds > 64)
        rounds = 9;
    double *x = lse_input(n), *dx = calloc(n, 8);
    double t[4][64], r1[64], r2[64], r3[64];
    for (int r = -1; r < rounds; r++) {
        for (int v = 0; v < 4; v++) {
            int k = (v + (r < 0 ? 0 : r)) % 4;
            if (k == 2) for (long i = 0; i < n; i++) dx[i] = -0.0; else memset(dx, 0, n * 8);
            if (k == 3) dx[n - 1] = 1.0;
            double t0 = cpu_now();
            if (k == 0) expert(x, dx, n); else enz(x, dx, n);
            double t1 = cpu_now();
            if (r >= 0) t[k][r] = t1 - t0;
        }
        if (r >= 0) {
            r1[r] = t[1][r] / t[0][r];
            r2[r] = t[2][r] / t[0][r];
            r3[r] = t[3][r] / t[0][r];
        }
    }
    double b[4];
    for (int k = 0; k < 4; k++) { qsort(t[k], rounds, 8, cmp); b[k] = t[k][0]; }
    qsort(r1, rounds, 8, cmp); qsort(r2, rounds, 8, cmp); qsort(r3, rounds, 8, cmp);
    printf("expert %.4f  shadow %.4f (%.3fx, median %.3fx)  taped %.4f (%.3fx, median %.3fx)  shadow/taped %.3f\n",
           b[0], b[1], b[1] / b[0], r1[rounds / 2], b[2], b[2] / b[0], r2[rounds / 2], b[1] / b[2]);
    printf("late nonzero (moved) %.4f (%.3fx, median %.3fx)\n", b[3], b[3] / b[0], r3[rounds / 2]);
    return 0;
}
