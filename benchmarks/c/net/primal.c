/* net, primal: the mean cross-entropy of every batch, no training (see common.h). */
#include "common.h"

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

int main(int argc, char **argv) {
    struct net_setup s = net_setup(argc, argv);
    double total = 0;
    double t0 = bench_now();
    for (long it = 0; it < s.iters; it++) {
        const unsigned char *lab = net_batch(&s, it);
        total += batch_loss(s.W, s.b, s.x, lab, BATCH);
    }
    double t1 = bench_now();
    bench_print_time(t1 - t0);
    bench_print_value(total / (double)s.iters);
    return 0;
}
