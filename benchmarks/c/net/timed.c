/* net: primal, expert handwritten gradient and enzymec gradient timed in one process
 * (bench_run.h). Timed region: ITERS training iterations (batch to doubles, gradient of the mean
 * batch loss w.r.t. (W, b), SGD update; identical code but for the gradient), or for the primal
 * ITERS batch losses. W and b are restored before every repetition (untimed).
 * usage: timed [ITERS=1000] [NTRAIN=60000]   (see common.h; -DBENCH_NO_AD: no enzymec version) */
#include "common.h"
#include "../bench_run.h"
#ifndef BENCH_NO_AD
#include <enzyme.h>
#endif

__attribute__((noinline)) double batch_loss(const double *W, const double *b, const double *x,
                                            const unsigned char *labels, long bs) {
    double loss = 0;
    for (long k = 0; k < bs; k++) {
        double act[NOUT], mx = -1e300, sum = 0;
        for (int o = 0; o < NOUT; o++) {
            double a = b[o];
            for (int j = 0; j < NIN; j++)
                a += W[o * NIN + j] * x[k * NIN + j];
            act[o] = a;
            mx = a > mx ? a : mx;
        }
        for (int o = 0; o < NOUT; o++)
            sum += exp(act[o] - mx);
        loss += log(sum) + mx - act[labels[k]];
    }
    return loss / (double)bs;
}

/* Expert gradient: per image, the primal's 10 dot products over W (read once), each exp once
 * (kept in act), then dact_o = (p_o - [o == label]) / bs with one division per image, and
 * dW_o += dact_o x_k while x_k (6 KB) is hot in L1: W read once and dW read and written once per
 * image, no loss value (the update does not need it), no log. `restrict`: dW and db are the
 * caller's gradient buffers, distinct from W, b and the batch. */
__attribute__((noinline)) void dbatch_loss_hand(const double *restrict W, double *restrict dW,
                                                const double *restrict b, double *restrict db,
                                                const double *restrict x,
                                                const unsigned char *restrict labels, long bs) {
    for (long k = 0; k < bs; k++) {
        double act[NOUT], mx = -1e300, sum = 0;
        const double *xk = x + k * NIN;
        for (int o = 0; o < NOUT; o++) {
            double a = b[o];
            for (int j = 0; j < NIN; j++)
                a += W[o * NIN + j] * xk[j];
            act[o] = a;
            mx = a > mx ? a : mx;
        }
        for (int o = 0; o < NOUT; o++) {
            act[o] = exp(act[o] - mx);
            sum += act[o];
        }
        double scale = 1.0 / (sum * (double)bs), inv_bs = 1.0 / (double)bs;
        for (int o = 0; o < NOUT; o++) {
            double d = act[o] * scale - (o == labels[k] ? inv_bs : 0.0);
            db[o] += d;
            for (int j = 0; j < NIN; j++)
                dW[o * NIN + j] += d * xk[j];
        }
    }
}

#ifndef BENCH_NO_AD
__attribute__((noinline)) void dbatch_loss_enzyme(const double *W, double *dW, const double *b,
                                                  double *db, const double *x,
                                                  const unsigned char *labels, long bs) {
    __enzyme_autodiff((void *)batch_loss, enzyme_dup, W, dW, enzyme_dup, b, db, enzyme_const, x,
                      enzyme_const, labels, bs);
}
#endif

struct nt { struct net_setup s; double *W0, f; };

static void nt_reset(void *c) {
    struct nt *t = c;
    memcpy(t->s.W, t->W0, sizeof(double) * NIN * NOUT);
    memset(t->s.b, 0, sizeof(double) * NOUT);
    memset(t->s.dW, 0, sizeof(double) * NIN * NOUT);
    memset(t->s.db, 0, sizeof(double) * NOUT);
}
static void nt_primal(void *c) {
    struct nt *t = c;
    double total = 0;
    for (long it = 0; it < t->s.iters; it++) {
        const unsigned char *lab = net_batch(&t->s, it);
        total += batch_loss(t->s.W, t->s.b, t->s.x, lab, BATCH);
    }
    t->f = total / (double)t->s.iters;
}
static void nt_hand(void *c) {
    struct net_setup *s = &((struct nt *)c)->s;
    for (long it = 0; it < s->iters; it++) {
        const unsigned char *lab = net_batch(s, it);
        dbatch_loss_hand(s->W, s->dW, s->b, s->db, s->x, lab, BATCH);
        net_update(s);
    }
}
#ifndef BENCH_NO_AD
static void nt_enzyme(void *c) {
    struct net_setup *s = &((struct nt *)c)->s;
    for (long it = 0; it < s->iters; it++) {
        const unsigned char *lab = net_batch(s, it);
        dbatch_loss_enzyme(s->W, s->dW, s->b, s->db, s->x, lab, BATCH);
        net_update(s);
    }
}
#endif
static void nt_value(void *c, const char *name) { bench_report_value(name, ((struct nt *)c)->f); }
static void nt_result(void *c, const char *name) {
    struct nt *t = c;
    bench_report_value(name, net_eval(&t->s));
    bench_report_samples(name, t->s.W, NIN * NOUT);
}

int main(int argc, char **argv) {
    struct nt t;
    t.s = net_setup(argc, argv);
    t.W0 = (double *)malloc(sizeof(double) * NIN * NOUT);
    memcpy(t.W0, t.s.W, sizeof(double) * NIN * NOUT);
    const struct bench_version vs[] = {
        {"primal", nt_reset, nt_primal, nt_value},
        {"hand", nt_reset, nt_hand, nt_result},
#ifndef BENCH_NO_AD
        {"enzyme", nt_reset, nt_enzyme, nt_result},
#endif
    };
    bench_run_all(vs, (int)(sizeof vs / sizeof vs[0]), bench_reps(), &t);
    free(t.W0);
    return 0;
}
