// net, gradient by ADOL-C: every iteration records the batch loss on a tape (the batch data
// differ each time) and calls gradient() for (W, b) (see common.h).
#include <adolc/adolc.h>
#include "common.h"

static adouble batch_loss(const adouble *W, const adouble *b, const double *x,
                          const unsigned char *labels, long bs) {
    adouble loss = 0;
    for (long k = 0; k < bs; k++) {
        adouble act[NOUT], mx = -1e300, sum = 0;
        for (int o = 0; o < NOUT; o++) {
            adouble a = b[o];
            for (int j = 0; j < NIN; j++)
                a += W[o * NIN + j] * x[k * NIN + j];
            act[o] = a;
            mx = fmax(a, mx);
        }
        for (int o = 0; o < NOUT; o++)
            sum += exp(act[o] - mx);
        loss += log(sum) + mx - act[labels[k]];
    }
    return loss / (double)bs;
}

static double params[NIN * NOUT + NOUT], grads[NIN * NOUT + NOUT];

static void dbatch_loss(struct net_setup *s, const unsigned char *labels) {
    const int np = NIN * NOUT + NOUT;
    double f;
    memcpy(params, s->W, sizeof(double) * NIN * NOUT);
    memcpy(params + NIN * NOUT, s->b, sizeof(double) * NOUT);
    trace_on(1);
    {
        adouble *ap = new adouble[np];
        for (int i = 0; i < np; i++)
            ap[i] <<= params[i];
        adouble y = batch_loss(ap, ap + NIN * NOUT, s->x, labels, BATCH);
        y >>= f;
        delete[] ap;
    }
    trace_off();
    gradient(1, np, params, grads);
    memcpy(s->dW, grads, sizeof(double) * NIN * NOUT);
    memcpy(s->db, grads + NIN * NOUT, sizeof(double) * NOUT);
}

int main(int argc, char **argv) {
    struct net_setup s = net_setup(argc, argv);
    double *W0 = (double *)malloc(sizeof(double) * NIN * NOUT);
    memcpy(W0, s.W, sizeof(double) * NIN * NOUT);
    int reps = bench_reps(); /* one untimed warm-up run, then reps timed ones */
    double *times = (double *)malloc(sizeof(double) * (size_t)reps);
    for (int rep = -1; rep < reps; rep++) {
        memcpy(s.W, W0, sizeof(double) * NIN * NOUT); memset(s.b, 0, sizeof(double) * NOUT);
        double t0 = bench_now();
        for (long it = 0; it < s.iters; it++) {
            const unsigned char *lab = net_batch(&s, it);
            dbatch_loss(&s, lab);
            net_update(&s);
        }
        double t1 = bench_now();
        if (rep >= 0) times[rep] = t1 - t0;
    }
    bench_print_times(times, reps);
    net_report(&s);
    return 0;
}
