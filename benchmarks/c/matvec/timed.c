/* matvec: primal, expert handwritten gradient and enzymec gradient timed in one process
 * (bench_run.h), in the two shapes users write:
 *   malloc: double matvec(mat, vec, n) mallocs `out` inside (as in the talk),
 *   outarg: double matvec_out(mat, vec, out, n) writes the caller's `out` (enzyme_dup, no
 *           `restrict`: out may alias mat or vec as far as the compiler knows).
 * loss(M) = sum_i (M v)_i^2; dloss/dM_ij = 2 (M v)_i v_j (see common.h).
 * usage: timed malloc|outarg grad N        one gradient (dM zeroed before, untimed)
 *        timed malloc|outarg descent N S   S steps M -= rate dM (M restored before, untimed);
 *                                          the primal evaluates the loss S times instead.
 * Build with -DBENCH_NO_AD for a compiler without autodiff. */
#include "common.h"
#include "../bench_run.h"
#ifndef BENCH_NO_AD
#include <enzyme.h>
#endif

__attribute__((noinline)) double matvec(const double *mat, const double *vec, long n) {
    double *out = (double *)malloc(sizeof(double) * (size_t)n);
    for (long i = 0; i < n; i++) {
        out[i] = 0;
        for (long j = 0; j < n; j++)
            out[i] += mat[i * n + j] * vec[j];
    }
    double sum = 0;
    for (long i = 0; i < n; i++)
        sum += out[i] * out[i];
    free(out);
    return sum;
}

__attribute__((noinline)) double matvec_out(const double *mat, const double *vec, double *out,
                                            long n) {
    for (long i = 0; i < n; i++) {
        out[i] = 0;
        for (long j = 0; j < n; j++)
            out[i] += mat[i * n + j] * vec[j];
    }
    double sum = 0;
    for (long i = 0; i < n; i++)
        sum += out[i] * out[i];
    return sum;
}

/* Expert gradient of matvec (malloc shape): one pass over the rows; row i's dot product
 * o = M_i . v (a register, so no `out` buffer at all) is followed at once by
 * dM_i += 2 o v while v and the row's cache lines are hot. M is read once and dM read and
 * written once: the least memory traffic any gradient of this loss has, with the primal's
 * n^2 multiply-adds plus n^2 for dM. `restrict`: dM is the caller's gradient buffer. */
__attribute__((noinline)) void dmatvec_hand(const double *restrict mat, double *restrict dmat,
                                            const double *restrict vec, long n) {
    for (long i = 0; i < n; i++) {
        const double *row = mat + i * n;
        double o = 0;
        for (long j = 0; j < n; j++)
            o += row[j] * vec[j];
        double d = 2.0 * o;
        double *drow = dmat + i * n;
        for (long j = 0; j < n; j++)
            drow[j] += d * vec[j];
    }
}

/* Expert gradient of matvec_out: the same single pass, and it also does what the enzymec
 * gradient (enzyme_dup out, dout) does to the caller's buffers: out_i = (M v)_i, the seed
 * dout_i joins 2 out_i, and dout_i is consumed (zeroed). */
__attribute__((noinline)) void dmatvec_out_hand(const double *restrict mat, double *restrict dmat,
                                                const double *restrict vec, double *restrict out,
                                                double *restrict dout, long n) {
    for (long i = 0; i < n; i++) {
        const double *row = mat + i * n;
        double o = 0;
        for (long j = 0; j < n; j++)
            o += row[j] * vec[j];
        out[i] = o;
        double d = 2.0 * o + dout[i];
        dout[i] = 0;
        double *drow = dmat + i * n;
        for (long j = 0; j < n; j++)
            drow[j] += d * vec[j];
    }
}

#ifndef BENCH_NO_AD
__attribute__((noinline)) void dmatvec_enzyme(const double *mat, double *dmat, const double *vec,
                                              long n) {
    __enzyme_autodiff((void *)matvec, enzyme_dup, mat, dmat, enzyme_const, vec, n);
}

__attribute__((noinline)) void dmatvec_out_enzyme(const double *mat, double *dmat,
                                                  const double *vec, double *out, double *dout,
                                                  long n) {
    __enzyme_autodiff((void *)matvec_out, enzyme_dup, mat, dmat, enzyme_const, vec, enzyme_dup,
                      out, dout, n);
}
#endif

struct mv {
    struct matvec_setup s;
    int outarg;
    double *mat0, *out, *dout, f;
};

enum which { HAND, ENZYME };

static void mv_gradient(struct mv *m, enum which w) {
    struct matvec_setup *s = &m->s;
    if (w == HAND && m->outarg) dmatvec_out_hand(s->mat, s->dmat, s->vec, m->out, m->dout, s->n);
    if (w == HAND && !m->outarg) dmatvec_hand(s->mat, s->dmat, s->vec, s->n);
#ifndef BENCH_NO_AD
    if (w == ENZYME && m->outarg)
        dmatvec_out_enzyme(s->mat, s->dmat, s->vec, m->out, m->dout, s->n);
    if (w == ENZYME && !m->outarg) dmatvec_enzyme(s->mat, s->dmat, s->vec, s->n);
#endif
}

/* The timed region of a gradient version: one gradient, or the descent loop (identical code
 * for every version: zero dM and dout, gradient, update). */
static void mv_train(struct mv *m, enum which w) {
    struct matvec_setup *s = &m->s;
    size_t nn = (size_t)s->n * (size_t)s->n;
    if (!s->descent) {
        mv_gradient(m, w);
        return;
    }
    for (long k = 0; k < s->steps; k++) {
        memset(s->dmat, 0, sizeof(double) * nn);
        memset(m->dout, 0, sizeof(double) * (size_t)s->n);
        mv_gradient(m, w);
        for (size_t i = 0; i < nn; i++)
            s->mat[i] -= s->rate * s->dmat[i];
    }
}

static void mv_reset(void *c) {
    struct mv *m = c;
    size_t nn = (size_t)m->s.n * (size_t)m->s.n;
    memcpy(m->s.mat, m->mat0, sizeof(double) * nn);
    memset(m->s.dmat, 0, sizeof(double) * nn);
    memset(m->dout, 0, sizeof(double) * (size_t)m->s.n);
}
static void mv_primal(void *c) {
    struct mv *m = c;
    long evals = m->s.descent ? m->s.steps : 1;
    double f = 0;
    for (long k = 0; k < evals; k++) {
        __asm__ __volatile__("" : : : "memory"); /* no CSE across evaluations */
        f += m->outarg ? matvec_out(m->s.mat, m->s.vec, m->out, m->s.n)
                       : matvec(m->s.mat, m->s.vec, m->s.n);
    }
    m->f = f / (double)evals;
}
static void mv_hand(void *c) { mv_train(c, HAND); }
static void mv_enzyme(void *c) { mv_train(c, ENZYME); }
static void mv_value(void *c, const char *name) { bench_report_value(name, ((struct mv *)c)->f); }
static void mv_result(void *c, const char *name) {
    struct mv *m = c;
    size_t nn = (size_t)m->s.n * (size_t)m->s.n;
    if (m->s.descent) {
        bench_report_value(name, matvec_loss_ref(m->s.mat, m->s.vec, m->s.n));
        bench_report_samples(name, m->s.mat, nn);
    } else {
        bench_report_samples(name, m->s.dmat, nn);
    }
}

int main(int argc, char **argv) {
    struct mv m;
    m.outarg = argc > 1 && strcmp(argv[1], "outarg") == 0;
    m.s = matvec_setup(argc - 1, argv + 1);
    size_t nn = (size_t)m.s.n * (size_t)m.s.n;
    m.mat0 = (double *)malloc(sizeof(double) * nn);
    memcpy(m.mat0, m.s.mat, sizeof(double) * nn);
    m.out = (double *)calloc((size_t)m.s.n, sizeof(double));
    m.dout = (double *)calloc((size_t)m.s.n, sizeof(double));
    const struct bench_version vs[] = {
        {"primal", mv_reset, mv_primal, mv_value},
        {"hand", mv_reset, mv_hand, mv_result},
#ifndef BENCH_NO_AD
        {"enzyme", mv_reset, mv_enzyme, mv_result},
#endif
    };
    bench_run_all(vs, (int)(sizeof vs / sizeof vs[0]), bench_reps(), &m);
    free(m.mat0);
    free(m.out);
    free(m.dout);
    free(m.s.mat);
    free(m.s.dmat);
    free(m.s.vec);
    return 0;
}
