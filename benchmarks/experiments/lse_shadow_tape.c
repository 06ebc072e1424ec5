/* What a loop tape kept in the caller's shadow would buy on logsumexp (issue 11 items 3 and
 * 6; enzymec/ad/shadow_tape/shadow_tape.py finds the slots, no gradient uses it yet): C models of
 * enzymec's gradient as its optimized IR has it ("taped": argmax index, exp tape in a warm
 * kept buffer, reverse dx[i] += g t[i] with the reassociated adjoint of the max) and of
 * three ways to keep the exp tape in dx while dx is zero:
 * - chunks of CHUNK elements (forward: test the chunk of dx for +0.0 bitwise, store each
 *   exp into dx or into the ordinary tape, one flag per chunk; reverse: a zero chunk
 *   replaces dx[i] by 0.0 + g_i, an other chunk adds as today), also with a prefetch of
 *   the next chunk;
 * - a sparse list: every exp into dx, (i, old dx[i]) pushed where dx[i] was not +0.0 and
 *   added back after the reverse loop;
 * - an old-value tape: every exp into dx, every old dx[i] onto the ordinary tape, one flag
 *   for the loop (the clean case only);
 * - the chunks' flags with both loops kept whole ("selected": the chunk's test where
 *   i % CHUNK == 0, the exp stored and read back through a pointer chosen per element by
 *   its chunk's flag, the partner's old dx[i] replaced by +0.0 in a zero chunk), the form
 *   a rewrite of the finished gradient could give without strip-mining; and with only the
 *   forward loop kept whole ("one-loop forward": the test picks the base the chunk's exps
 *   go to, the reverse by chunks);
 * - enzymec's own gradient of logsumexp with its exp loop strip-mined by hand in C, the
 *   chunk loop alone (what enzymec/ad/strip_mine.py would hand to AD), no shadow tape;
 * beside the expert gradient and enzymec's own, interleaved in one process, CPU time of the
 * thread, best of ROUNDS and the median of the per-round ratios, with each model's phases
 * (max loop, forward exp loop, reverse). The chunks and sparse models run with dx zero and
 * with dx all ones, and their dx is checked bitwise equal to the taped model's with dx
 * zero, all ones, and mixed (-0.0, 1.0 and NaN in the first, second and last chunk), but at
 * the argmax, where each adds its own reassociated sum.
 * Build and run: enzymec -O3 -march=native -fno-math-errno lse_shadow_tape.c -o lst -lm
 *                && ./lst [n=1e7] [rounds=7] */
#include "../c/logsumexp/common.h"
#include <enzyme.h>
#include <stdint.h>
#include <sys/resource.h>
#include <time.h>

#define CHUNK 256

static double cpu_now(void) {
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

__attribute__((noinline)) double logsumexp(const double *x, long n) {
    double A = x[0];
    for (long i = 1; i < n; i++)
        A = x[i] > A ? x[i] : A;
    double s = 0;
    for (long i = 0; i < n; i++)
        s += exp(x[i] - A);
    return log(s) + A;
}

__attribute__((noinline)) void enzyme(const double *x, double *dx, long n) {
    __enzyme_autodiff((void *)logsumexp, enzyme_dup, x, dx, n);
}

/* logsumexp with its exp loop strip-mined by hand into chunks of CHUNK (as
 * enzymec/ad/strip_mine.py would before AD): what enzymec's gradient makes of the chunk
 * loop alone, before any shadow tape */
__attribute__((noinline)) double logsumexp_chunked(const double *x, long n) {
    double A = x[0];
    for (long i = 1; i < n; i++)
        A = x[i] > A ? x[i] : A;
    double s = 0;
    for (long c = 0; c < n; c += CHUNK) {
        long end = n - c < CHUNK ? n : c + CHUNK;
        for (long i = c; i < end; i++)
            s += exp(x[i] - A);
    }
    return log(s) + A;
}

__attribute__((noinline)) void enzyme_chunked(const double *x, double *dx, long n) {
    __enzyme_autodiff((void *)logsumexp_chunked, enzyme_dup, x, dx, n);
}

__attribute__((noinline)) void expert(const double *restrict x, double *restrict dx, long n) {
    double A = x[0];
    for (long i = 1; i < n; i++)
        A = x[i] > A ? x[i] : A;
    double s = 0;
    for (long i = 0; i < n; i++) {
        double e = exp(x[i] - A);
        dx[i] = e;
        s += e;
    }
    double inv = 1.0 / s;
    for (long i = 0; i < n; i++)
        dx[i] *= inv;
}

/* the CPU time of each model's phases in its last call: max, forward exp loop, reverse */
static double phase[3];
#define PHASE(k, t0) (phase[k] = cpu_now() - (t0))

static double *kept;      /* the ordinary tape, allocated and touched before (kept arena) */
static unsigned char *on_tape; /* one flag per chunk */

static long argmax(const double *x, long n, double *A) {
    long at = 0;
    *A = x[0];
    for (long i = 1; i < n; i++)
        if (x[i] > *A) { *A = x[i]; at = i; }
    return at;
}

/* enzymec's gradient today, as its optimized IR has it */
__attribute__((noinline)) void taped(const double *restrict x, double *restrict dx, long n) {
    double A, s = 0, t0 = cpu_now();
    long at = argmax(x, n, &A);
    PHASE(0, t0);
    double t1 = cpu_now();
    for (long i = 0; i < n; i++) {
        double e = exp(x[i] - A);
        kept[i] = e;
        s += e;
    }
    PHASE(1, t1);
    double inv = 1.0 / s, dA = 1.0, t2 = cpu_now();
    for (long i = n - 1; i >= 0; i--) {
#pragma clang fp reassociate(on) /* enzymec's adjoint sums are `fadd reassoc` */
        double g = inv * kept[i];
        dA -= g;
        dx[i] += g;
    }
    dx[at] += dA;
    PHASE(2, t2);
}

/* scalar on purpose: a zmm scan leaves the upper state dirty and LLVM then puts a
 * vzeroupper before every exp call of the chunk (measured: the forward 4-5 ms slower) */
static int chunk_is_zero(const double *p, long m) {
    uint64_t any = 0;
#pragma clang loop vectorize(disable)
    for (long k = 0; k < m; k++) {
        uint64_t bits;
        memcpy(&bits, &p[k], 8);
        any |= bits;
    }
    return any == 0;
}

/* the same with the exp tape in dx while dx holds +0.0 (x and dx proved disjoint first);
 * `ahead`: prefetch the next chunk of dx for writing during this chunk's exp loop, so its
 * zero test reads cached lines instead of stalling on memory */
static inline void shadow_model(const double *restrict x, double *restrict dx, long n,
                                int ahead) {
    double A, s = 0, t0 = cpu_now();
    long at = argmax(x, n, &A);
    PHASE(0, t0);
    double t1 = cpu_now();
    for (long c = 0; c < n; c += CHUNK) {
        long m = n - c < CHUNK ? n - c : CHUNK;
        int zero = chunk_is_zero(dx + c, m);
        on_tape[c / CHUNK] = !zero;
        double *to = zero ? dx : kept;
        for (long i = c; i < c + m; i++) {
            if (ahead && (i & 7) == 0)
                __builtin_prefetch(dx + i + CHUNK, 1, 3);
            double e = exp(x[i] - A);
            to[i] = e;
            s += e;
        }
    }
    PHASE(1, t1);
    double inv = 1.0 / s, dA = 1.0, t2 = cpu_now();
    for (long c = (n - 1) / CHUNK * CHUNK; c >= 0; c -= CHUNK) {
        long m = n - c < CHUNK ? n - c : CHUNK;
        if (!on_tape[c / CHUNK]) {
            for (long i = c + m - 1; i >= c; i--) {
#pragma clang fp reassociate(on)
                double g = inv * dx[i];
                dA -= g;
                dx[i] = 0.0 + g;
            }
        } else {
            for (long i = c + m - 1; i >= c; i--) {
#pragma clang fp reassociate(on)
                double g = inv * kept[i];
                dA -= g;
                dx[i] += g;
            }
        }
    }
    dx[at] += dA;
    PHASE(2, t2);
}

__attribute__((noinline)) void shadowed(const double *restrict x, double *restrict dx, long n) {
    shadow_model(x, dx, n, 0);
}

__attribute__((noinline)) void prefetched(const double *restrict x, double *restrict dx,
                                          long n) {
    shadow_model(x, dx, n, 1);
}

/* the chunks' flags without strip-mining either loop: the form a rewrite of the finished
 * gradient could give (its loops kept; a chunk's test where i % CHUNK == 0, the tape store
 * and load through a pointer chosen per element by the chunk's flag, the partner's old
 * value replaced by +0.0 in a zero chunk) */
__attribute__((noinline)) void selected(const double *restrict x, double *restrict dx, long n) {
    double A, s = 0, t0 = cpu_now();
    long at = argmax(x, n, &A);
    PHASE(0, t0);
    double t1 = cpu_now();
    int zero = 0;
    for (long i = 0; i < n; i++) {
        if (i % CHUNK == 0) {
            long m = n - i < CHUNK ? n - i : CHUNK;
            zero = chunk_is_zero(dx + i, m);
            on_tape[i / CHUNK] = !zero;
        }
        double e = exp(x[i] - A);
        *(zero ? &dx[i] : &kept[i]) = e;
        s += e;
    }
    PHASE(1, t1);
    double inv = 1.0 / s, dA = 1.0, t2 = cpu_now();
    for (long i = n - 1; i >= 0; i--) {
#pragma clang fp reassociate(on)
        int z = !on_tape[i / CHUNK];
        double g = inv * *(z ? &dx[i] : &kept[i]);
        dA -= g;
        dx[i] = (z ? 0.0 : dx[i]) + g;
    }
    dx[at] += dA;
    PHASE(2, t2);
}

/* the forward loop kept whole (the chunk's test where i % CHUNK == 0 picks the base the
 * exps go to until the next chunk), the reverse by chunks as in shadow_model */
__attribute__((noinline)) void one_loop_forward(const double *restrict x, double *restrict dx,
                                                long n) {
    double A, s = 0, t0 = cpu_now();
    long at = argmax(x, n, &A);
    PHASE(0, t0);
    double t1 = cpu_now();
    double *to = kept;
    for (long i = 0; i < n; i++) {
        if (i % CHUNK == 0) {
            long m = n - i < CHUNK ? n - i : CHUNK;
            int zero = chunk_is_zero(dx + i, m);
            on_tape[i / CHUNK] = !zero;
            to = zero ? dx : kept;
        }
        double e = exp(x[i] - A);
        to[i] = e;
        s += e;
    }
    PHASE(1, t1);
    double inv = 1.0 / s, dA = 1.0, t2 = cpu_now();
    for (long c = (n - 1) / CHUNK * CHUNK; c >= 0; c -= CHUNK) {
        long m = n - c < CHUNK ? n - c : CHUNK;
        if (!on_tape[c / CHUNK]) {
            for (long i = c + m - 1; i >= c; i--) {
#pragma clang fp reassociate(on)
                double g = inv * dx[i];
                dA -= g;
                dx[i] = 0.0 + g;
            }
        } else {
            for (long i = c + m - 1; i >= c; i--) {
#pragma clang fp reassociate(on)
                double g = inv * kept[i];
                dA -= g;
                dx[i] += g;
            }
        }
    }
    dx[at] += dA;
    PHASE(2, t2);
}

static long *moved_at;     /* the sparse fallback: where dx was not +0.0, and its value */
static double *moved_old;

/* the exp tape in dx always (x and dx proved disjoint first); an element of dx that was not
 * +0.0 bitwise is pushed as (index, old value) and added back after the reverse:
 * old + (0.0 + g) is bitwise old + g but for old = g = -0.0 (+0.0 instead of -0.0) */
__attribute__((noinline)) void sparse(const double *restrict x, double *restrict dx, long n) {
    double A, s = 0, t0 = cpu_now();
    long at = argmax(x, n, &A), moved = 0;
    PHASE(0, t0);
    double t1 = cpu_now();
    for (long i = 0; i < n; i++) {
        uint64_t bits;
        memcpy(&bits, &dx[i], 8);
        if (__builtin_expect(bits != 0, 0)) {
            moved_at[moved] = i;
            moved_old[moved++] = dx[i];
        }
        double e = exp(x[i] - A);
        dx[i] = e;
        s += e;
    }
    PHASE(1, t1);
    double inv = 1.0 / s, dA = 1.0, t2 = cpu_now();
    for (long i = n - 1; i >= 0; i--) {
#pragma clang fp reassociate(on)
        double g = inv * dx[i];
        dA -= g;
        dx[i] = 0.0 + g;
    }
    for (long k = moved - 1; k >= 0; k--)
        dx[moved_at[k]] = moved_old[k] + dx[moved_at[k]];
    dx[at] += dA;
    PHASE(2, t2);
}

/* the exp tape in dx always; the old dx values on the ordinary tape (written, branch-free)
 * and one flag for the loop: clean (every old value +0.0 bitwise) reads only dx in the
 * reverse; dirty runs today's reverse from a tape rebuilt from dx (not timed here: dx zero) */
__attribute__((noinline)) void old_tape(const double *restrict x, double *restrict dx,
                                        long n) {
    double A, s = 0, t0 = cpu_now();
    long at = argmax(x, n, &A);
    uint64_t dirty = 0;
    PHASE(0, t0);
    double t1 = cpu_now();
    for (long i = 0; i < n; i++) {
        uint64_t bits;
        memcpy(&bits, &dx[i], 8);
        dirty |= bits;
        kept[i] = dx[i];
        double e = exp(x[i] - A);
        dx[i] = e;
        s += e;
    }
    PHASE(1, t1);
    double inv = 1.0 / s, dA = 1.0, t2 = cpu_now();
    if (dirty)
        abort(); /* the model times the clean case only */
    for (long i = n - 1; i >= 0; i--) {
#pragma clang fp reassociate(on)
        double g = inv * dx[i];
        dA -= g;
        dx[i] = 0.0 + g;
    }
    dx[at] += dA;
    PHASE(2, t2);
}

typedef void (*gradient)(const double *, double *, long);

static void fill(double *dx, long n, double v) {
    for (long i = 0; i < n; i++)
        dx[i] = v;
}

/* both models' dx bitwise equal but at the argmax, where each adds its own reassociated
 * sum dA (as enzymec's vectorized reverse does) */
/* dx zero but -0.0 in the first chunk, 1.0 in the second, NaN in the last (partial when n
 * is not a multiple of CHUNK) */
static void mixed(double *dx, long n) {
    fill(dx, n, 0.0);
    dx[5 % n] = -0.0;
    dx[(CHUNK + 44) % n] = 1.0;
    dx[n - 1] = NAN;
}

static int same(long n, const double *x, double *a, double *b, double v, gradient other) {
    double A;
    long at = argmax(x, n, &A);
    fill(a, n, v);
    fill(b, n, v);
    if (v < 0) {
        mixed(a, n);
        mixed(b, n);
    }
    taped(x, a, n);
    other(x, b, n);
    a[at] = b[at];
    return memcmp(a, b, 8 * (size_t)n) == 0;
}

static int by_value(const void *a, const void *b) {
    double d = *(const double *)a - *(const double *)b;
    return (d > 0) - (d < 0);
}

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 10000000;
    int rounds = argc > 2 ? atoi(argv[2]) : 7;
    double *x = lse_input(n), *dx = calloc(n, 8), *other = calloc(n, 8);
    kept = calloc(n, 8);
    on_tape = calloc(n / CHUNK + 1, 1);
    moved_at = malloc(sizeof(long) * (size_t)n);
    moved_old = calloc(n, 8);
    printf("bitwise equal to the taped model (dx zero, ones, mixed): chunks %d %d %d; sparse "
           "%d %d %d\n", same(n, x, dx, other, 0.0, shadowed),
           same(n, x, dx, other, 1.0, shadowed), same(n, x, dx, other, -1, shadowed),
           same(n, x, dx, other, 0.0, sparse), same(n, x, dx, other, 1.0, sparse),
           same(n, x, dx, other, -1, sparse));
    printf("bitwise equal to the taped model (dx zero, ones, mixed): selected %d %d %d\n",
           same(n, x, dx, other, 0.0, selected), same(n, x, dx, other, 1.0, selected),
           same(n, x, dx, other, -1, selected));
    printf("bitwise equal to the taped model (dx zero, ones, mixed): one-loop forward %d %d %d\n",
           same(n, x, dx, other, 0.0, one_loop_forward),
           same(n, x, dx, other, 1.0, one_loop_forward),
           same(n, x, dx, other, -1, one_loop_forward));
    fill(dx, n, 0.0);
    fill(other, n, 0.0);
    enzyme(x, dx, n);
    enzyme_chunked(x, other, n);
    long differ = 0;
    for (long i = 0; i < n; i++)
        differ += memcmp(&dx[i], &other[i], 8) != 0;
    printf("enzymec's gradient of the strip-mined logsumexp: %ld elements differ from "
           "enzymec's (the argmax's reassociated sum may)\n", differ);
    for (int k = 0; k < 2; k++) {  /* page faults of a call, the first calls made above */
        struct rusage u0, u1;
        getrusage(RUSAGE_SELF, &u0);
        (k ? enzyme_chunked : enzyme)(x, dx, n);
        getrusage(RUSAGE_SELF, &u1);
        printf("%s: %ld page faults per call\n", k ? "enzymec, exp loop strip-mined" : "enzymec",
               u1.ru_minflt - u0.ru_minflt);
    }
    gradient g[] = {expert, enzyme, taped, shadowed, shadowed, prefetched, sparse, sparse,
                    old_tape, selected, selected, one_loop_forward, enzyme_chunked};
    const char *name[] = {"expert", "enzymec", "taped model", "chunks (dx zero)",
                          "chunks (dx one: all on tape)", "chunks + prefetch (dx zero)",
                          "sparse (dx zero)", "sparse (dx one: all moved)",
                          "old-value tape (dx zero)", "selected (dx zero)",
                          "selected (dx one: all on tape)", "one-loop forward (dx zero)",
                          "enzymec, exp loop strip-mined"};
    double start[] = {0, 0, 0, 0, 1.0, 0, 0, 1.0, 0, 0, 1.0, 0, 0};
    enum { V = 13 };
    double best[V], ratio[V][64], parts[V][3];
    for (int k = 0; k < V; k++)
        best[k] = parts[k][0] = parts[k][1] = parts[k][2] = 1e9;
    for (int r = -1; r < rounds && r < 64; r++) {
        double t[V];
        for (int k = 0; k < V; k++) {
            fill(dx, n, start[k]);
            double t0 = cpu_now();
            g[k](x, dx, n);
            t[k] = cpu_now() - t0;
            if (r >= 0 && t[k] < best[k])
                best[k] = t[k];
            for (int p = 0; r >= 0 && k >= 2 && k < V - 1 && p < 3; p++)
                parts[k][p] = phase[p] < parts[k][p] ? phase[p] : parts[k][p];
        }
        for (int k = 0; r >= 0 && k < V; k++)
            ratio[k][r] = t[k] / t[0];
    }
    for (int k = 0; k < V; k++) {
        qsort(ratio[k], (size_t)rounds, sizeof(double), by_value);
        printf("%-36s best %.4f s  best/expert %.3fx  median per-round %.3fx  (%.3f-%.3f)\n",
               name[k], best[k], best[k] / best[0], ratio[k][rounds / 2], ratio[k][0],
               ratio[k][rounds - 1]);
        if (k >= 2 && k < V - 1) /* the models time their phases */
            printf("    phases (best): max %.4f  forward exp %.4f  reverse %.4f\n", parts[k][0],
                   parts[k][1], parts[k][2]);
    }
    return 0;
}
