/* bench_run.h: times the versions of one benchmark in ONE process, interleaved.
 *
 * A benchmark program lists its versions (primal, expert handwritten gradient, enzymec
 * gradient; the gcc build leaves the enzymec one out with -DBENCH_NO_AD) as bench_version
 * rows sharing one context. bench_run_all() first runs every version once untimed (warm-up:
 * every buffer of the context is allocated and touched before, every page the versions touch
 * is mapped after it), then REPS rounds, each timing every version once in turn, so a burst
 * of load on the machine hits all versions alike. Before every call `reset` (untimed) puts
 * the inputs back and zeroes the outputs; after the last round's call `report` prints that
 * version's results. Output lines, parsed by benchmarks/harness.py:
 *   time NAME T1 ... TREPS        seconds of each timed call
 *   value NAME X / grad NAME X0 .. X15 / gabs NAME X     (see bench.h)
 *   heap_peak_bytes NAME N        peak heap bytes live above the level before the call
 *   heap_total_bytes NAME N       bytes requested inside the call (malloc'd tapes, buffers)
 *   heap_first_peak_bytes NAME N  the same peak in the first (warm-up) call: enzymec's tapes
 *                                 are kept between gradients, so only the first call
 *                                 allocates them and this is their size
 * The heap counters need the program linked with -Wl,--wrap=malloc,... (bench_alloc.h). */
#ifndef BENCH_RUN_H
#define BENCH_RUN_H

#include "bench.h"
#include "bench_alloc.h"

struct bench_version {
    const char *name;
    void (*reset)(void *ctx); /* untimed: restore inputs, zero outputs */
    void (*run)(void *ctx);   /* timed */
    void (*report)(void *ctx, const char *name);
};

/* Prints NAME then the samples/value lines with the version's name as the second word. */
static inline void bench_report_samples(const char *name, const double *a, size_t n) {
    size_t k = n < 16 ? n : 16;
    double sabs = 0;
    printf("grad %s", name);
    for (size_t i = 0; i < k; i++)
        printf(" %.17g", a[k > 1 ? i * (n - 1) / (k - 1) : 0]);
    printf("\n");
    for (size_t i = 0; i < n; i++)
        sabs += fabs(a[i]);
    printf("gabs %s %.17g\n", name, sabs);
}

static inline void bench_report_value(const char *name, double v) {
    printf("value %s %.17g\n", name, v);
}

/* The value v, unknown to the optimizer: a gradient of scalars only is a pure function
 * (enzymec turns libm calls into intrinsics without errno), which LLVM would otherwise
 * compute once for all repetitions. */
static inline double bench_hide(double v) {
    __asm__ __volatile__("" : "+m"(v));
    return v;
}

static double bench_time_one(const struct bench_version *v, void *ctx) {
    v->reset(ctx);
    bench_alloc_begin();
    double t0 = bench_now();
    v->run(ctx);
    double t1 = bench_now();
    return t1 - t0;
}

static void bench_run_all(const struct bench_version *vs, int nv, int reps, void *ctx) {
    double *t = (double *)malloc(sizeof(double) * (size_t)(nv * reps));
    for (int i = 0; i < nv; i++) { /* warm-up round, untimed */
        bench_time_one(&vs[i], ctx);
        printf("heap_first_peak_bytes %s %lld\n", vs[i].name, bench_peak);
    }
    for (int r = 0; r < reps; r++)
        for (int i = 0; i < nv; i++) {
            t[i * reps + r] = bench_time_one(&vs[i], ctx);
            if (r == reps - 1) {
                printf("heap_peak_bytes %s %lld\nheap_total_bytes %s %lld\n", vs[i].name,
                       bench_peak, vs[i].name, bench_total);
                vs[i].report(ctx, vs[i].name);
            }
        }
    for (int i = 0; i < nv; i++) {
        printf("time %s", vs[i].name);
        for (int r = 0; r < reps; r++)
            printf(" %.9f", t[i * reps + r]);
        printf("\n");
    }
    free(t);
}

#endif
