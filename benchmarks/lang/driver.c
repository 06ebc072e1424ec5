/* Times one language's kernels: taylor_log (n = 1e7 terms at x = 0.5) and logsumexp
 * (n = 1e7 doubles), primal and enzymec gradient in turn, best of REPS runs each, in CPU
 * time of the process (the machine is shared: wall time counts the other jobs' turns too).
 * Prints: NAME primal_seconds gradient_seconds value derivative_sample */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

double tl_primal(double x, long n);
double tl_grad(double x, long n);
double lse_primal(const double *x, long n);
void lse_grad(const double *x, double *dx, long n);

enum { REPS = 5 };
static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}
/* One timed call: its CPU seconds, kept in *best when lower. */
#define TIME(best, expr) do { double t_ = now(); expr; t_ = now() - t_; \
    if (t_ < *(best)) *(best) = t_; } while (0)

int main(void) {
    long n = 10000000;
    volatile double x0 = 0.5;
    double tp = 1e30, tg = 1e30, f = 0, d = 0;
    for (int r = 0; r < REPS; r++) { /* primal and gradient in turn: a busy spell hits both */
        TIME(&tp, f = tl_primal(x0, n));
        TIME(&tg, d = tl_grad(x0, n));
    }
    printf("taylor_log %.4f %.4f %.10g %.10g\n", tp, tg, f, d);
    double *x = malloc(n * sizeof *x), *dx = malloc(n * sizeof *dx);
    unsigned long long s = 12345;
    for (long i = 0; i < n; i++) {
        s = s * 6364136223846793005ull + 1442695040888963407ull;
        x[i] = (double)(s >> 11) / 9007199254740992.0 * 4.0 - 2.0;
    }
    tp = tg = 1e30;
    for (int r = 0; r < REPS; r++) {
        TIME(&tp, f = lse_primal(x, n));
        memset(dx, 0, n * sizeof *dx); /* the gradient adds into dx: zero it, untimed */
        TIME(&tg, lse_grad(x, dx, n));
    }
    printf("logsumexp %.4f %.4f %.10g %.10g\n", tp, tg, f, dx[n / 2]);
    free(x);
    free(dx);
    return 0;
}
