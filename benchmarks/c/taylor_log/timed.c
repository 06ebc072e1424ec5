/* taylor_log: primal, expert handwritten gradient and enzymec gradient timed in one process
 * (bench_run.h).  f(x) = sum_{i=1..n} x^i / i  (~ -log(1 - x)) at x = 0.5; df/dx = sum x^(i-1).
 * usage: timed [N=10000000]   (build with -DBENCH_NO_AD for a compiler without autodiff) */
#include "../bench_run.h"
#ifndef BENCH_NO_AD
#include <enzyme.h>
#endif

__attribute__((noinline)) double taylor_log(double x, long n) {
    double sum = 0;
    for (long i = 1; i <= n; i++)
        sum += pow(x, (double)i) / (double)i;
    return sum;
}

/* Expert gradient of this program: d/dx x^i / i = x^(i-1), one pow per term as in the
 * primal, no division, nothing stored. (A running product x^(i-1) = x^(i-2) x would drop the
 * pow, but it is a different algorithm with different rounding that the primal could use as
 * well; the baseline differentiates the primal's arithmetic, as enzymec must.) */
__attribute__((noinline)) double dtaylor_log_hand(double x, long n) {
    double d = 0;
    for (long i = 1; i <= n; i++)
        d += pow(x, (double)(i - 1));
    return d;
}

#ifndef BENCH_NO_AD
__attribute__((noinline)) double dtaylor_log_enzyme(double x, long n) {
    return __builtin_autodiff(taylor_log, x, n); /* n: an integer, constant by default */
}
#endif

struct tl { double x, r; long n; };

static void tl_reset(void *c) { ((struct tl *)c)->r = 0; }
static void tl_primal(void *c) { struct tl *s = c; s->r = taylor_log(bench_hide(s->x), s->n); }
static void tl_hand(void *c) { struct tl *s = c; s->r = dtaylor_log_hand(bench_hide(s->x), s->n); }
#ifndef BENCH_NO_AD
static void tl_enzyme(void *c) { struct tl *s = c; s->r = dtaylor_log_enzyme(bench_hide(s->x), s->n); }
#endif
static void tl_value(void *c, const char *name) { bench_report_value(name, ((struct tl *)c)->r); }
static void tl_grad(void *c, const char *name) { bench_report_samples(name, &((struct tl *)c)->r, 1); }

int main(int argc, char **argv) {
    volatile double x0 = 0.5;
    struct tl s = {x0, 0, bench_arg(argc, argv, 1, 10000000)};
    const struct bench_version vs[] = {
        {"primal", tl_reset, tl_primal, tl_value},
        {"hand", tl_reset, tl_hand, tl_grad},
#ifndef BENCH_NO_AD
        {"enzyme", tl_reset, tl_enzyme, tl_grad},
#endif
    };
    bench_run_all(vs, (int)(sizeof vs / sizeof vs[0]), bench_reps(), &s);
    return 0;
}
