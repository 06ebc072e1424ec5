/* fwd_taylor_log: forward mode (issue 9 item 8). The primal, an expert handwritten tangent and
 * enzymec's `__enzyme_fwddiff` of the primal, timed in one process (bench_run.h).
 * f(x) = sum_{i=1..n} x^i / i at x = 0.5; the tangent for dx = 1 is sum x^(i-1).
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

/* Expert tangent: d(x^i / i) = x^(i-1) dx, one pow per term as in the primal and nothing
 * else (the i / i of the chain rule cancels by hand; the primal's sum is not needed).
 * A running product would drop the pow but is a different algorithm the primal could use. */
__attribute__((noinline)) double tangent_taylor_log_hand(double x, double dx, long n) {
    double d = 0;
    for (long i = 1; i <= n; i++)
        d += pow(x, (double)(i - 1));
    return d * dx;
}

#ifndef BENCH_NO_AD
double __enzyme_fwddiff_tl(void *, double, double, long);
__attribute__((noinline)) double tangent_taylor_log_enzyme(double x, double dx, long n) {
    return __enzyme_fwddiff_tl((void *)taylor_log, x, dx, n); /* x then its tangent; n const */
}
#endif

struct tl { double x, r; long n; };

static void tl_reset(void *c) { ((struct tl *)c)->r = 0; }
static void tl_primal(void *c) { struct tl *s = c; s->r = taylor_log(bench_hide(s->x), s->n); }
static void tl_hand(void *c) {
    struct tl *s = c;
    s->r = tangent_taylor_log_hand(bench_hide(s->x), bench_hide(1.0), s->n);
}
#ifndef BENCH_NO_AD
static void tl_enzyme(void *c) {
    struct tl *s = c;
    s->r = tangent_taylor_log_enzyme(bench_hide(s->x), bench_hide(1.0), s->n);
}
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
