/* net, gradient of the batch loss w.r.t. (W, b) synthesized by enzymec (see common.h). */
#include <enzyme.h>
#include "common.h"
#include "../bench_alloc.h"

double batch_loss(const double *W, const double *b, const double *x, const unsigned char *labels,
                  long bs) {
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

__attribute__((noinline)) void dbatch_loss(const double *W, double *dW, const double *b,
                                           double *db, const double *x,
                                           const unsigned char *labels, long bs) {
    __enzyme_autodiff((void *)batch_loss, enzyme_dup, W, dW, enzyme_dup, b, db, enzyme_const, x,
                      enzyme_const, labels, bs);
}

int main(int argc, char **argv) {
    struct net_setup s = net_setup(argc, argv);
    bench_alloc_begin();
    double t0 = bench_now();
    for (long it = 0; it < s.iters; it++) {
        const unsigned char *lab = net_batch(&s, it);
        dbatch_loss(s.W, s.dW, s.b, s.db, s.x, lab, BATCH);
        net_update(&s);
    }
    double t1 = bench_now();
    net_report(&s, t1 - t0);
    bench_alloc_end();
    return 0;
}
