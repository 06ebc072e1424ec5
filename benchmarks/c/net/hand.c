/* net, handwritten gradient: p = softmax(W x + b), dact = (p - onehot(label)) / bs,
 * dW += dact x^T, db += dact (see common.h). */
#include "common.h"

__attribute__((noinline)) void dbatch_loss(const double *W, double *dW, const double *b,
                                           double *db, const double *x,
                                           const unsigned char *labels, long bs) {
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
        for (int o = 0; o < NOUT; o++) {
            double d = (act[o] / sum - (o == labels[k] ? 1.0 : 0.0)) / (double)bs;
            db[o] += d;
            for (int j = 0; j < NIN; j++)
                dW[o * NIN + j] += d * xk[j];
        }
    }
}

int main(int argc, char **argv) {
    struct net_setup s = net_setup(argc, argv);
    double t0 = bench_now();
    for (long it = 0; it < s.iters; it++) {
        const unsigned char *lab = net_batch(&s, it);
        dbatch_loss(s.W, s.dW, s.b, s.db, s.x, lab, BATCH);
        net_update(&s);
    }
    double t1 = bench_now();
    net_report(&s, t1 - t0);
    return 0;
}
