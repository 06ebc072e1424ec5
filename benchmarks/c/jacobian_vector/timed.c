/* jacobian_vector: the whole 3x4 Jacobian of a small function at n points, by one width-4
 * forward call (vector mode: the primal once, four tangents) against four width-1 forward
 * calls (the primal four times), timed in one process (bench_run.h). Run by
 * `python -m benchmarks.vector`; target: width 4 <= 0.6 x four width-1 calls.
 * usage: timed [N=2000000]   (build with -DBENCH_NO_AD for a compiler without autodiff) */
#include "../bench_run.h"

static void g(const double *x, double *y) {
    double r = x[0] * x[0] + x[1] * x[1] + x[2] * x[2] + x[3] * x[3];
    y[0] = exp(-r) * x[0] * x[1];
    y[1] = sin(x[2] - x[3]) * cos(x[0] + x[1]);
    y[2] = log(1.0 + r) * tanh(x[3]);
}

static const double UNIT[4][4] = {{1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 1}};

#ifndef BENCH_NO_AD
extern int enzyme_width, enzyme_dupv, enzyme_dup;
void __enzyme_fwddiff(void *, ...);

/* J[k * 3 + j] = dy_j / dx_k: row k is the JVP along the unit vector e_k. */
__attribute__((noinline)) void jacobian_width1(const double *x, double *J) {
    double y[3];
    for (int k = 0; k < 4; k++)
        __enzyme_fwddiff((void *)g, enzyme_dup, x, UNIT[k], enzyme_dup, y, J + 3 * k);
}

__attribute__((noinline)) void jacobian_width4(const double *x, double *J) {
    double y[3];
    __enzyme_fwddiff((void *)g, enzyme_width, 4, enzyme_dupv, sizeof UNIT[0], x, UNIT,
                     enzyme_dupv, 3 * sizeof(double), y, J);
}
#endif

struct jv { long n; double sum[12]; };

static void point(long p, double *x) {
    double t = bench_hide(0.37) + 1e-6 * (double)p;
    x[0] = t; x[1] = 0.5 - t; x[2] = 0.25 + 0.5 * t; x[3] = -0.75 + t;
}

static void jv_reset(void *c) { struct jv *s = c; for (int i = 0; i < 12; i++) s->sum[i] = 0; }

static void jv_primal(void *c) {
    struct jv *s = c;
    double x[4], y[3];
    for (long p = 0; p < s->n; p++) {
        point(p, x);
        g(x, y);
        for (int j = 0; j < 3; j++) s->sum[j] += y[j];
    }
}

#ifndef BENCH_NO_AD
static void jv_run(struct jv *s, void (*jacobian)(const double *, double *)) {
    double x[4], J[12];
    for (long p = 0; p < s->n; p++) {
        point(p, x);
        jacobian(x, J);
        for (int i = 0; i < 12; i++) s->sum[i] += J[i];
    }
}
static void jv_width1(void *c) { jv_run(c, jacobian_width1); }
static void jv_width4(void *c) { jv_run(c, jacobian_width4); }
#endif

static void jv_value(void *c, const char *name) { bench_report_value(name, ((struct jv *)c)->sum[0]); }
static void jv_grad(void *c, const char *name) { bench_report_samples(name, ((struct jv *)c)->sum, 12); }

int main(int argc, char **argv) {
    struct jv s = {bench_arg(argc, argv, 1, 2000000), {0}};
    const struct bench_version vs[] = {
        {"primal", jv_reset, jv_primal, jv_value},
#ifndef BENCH_NO_AD
        {"width1x4", jv_reset, jv_width1, jv_grad},
        {"width4", jv_reset, jv_width4, jv_grad},
#endif
    };
    (void)UNIT;
    bench_run_all(vs, (int)(sizeof vs / sizeof vs[0]), bench_reps(), &s);
    return 0;
}
