/* net: one fully connected layer (784 -> 10), softmax, cross-entropy, trained by SGD
 * (batch 100, rate 0.5) on deterministic synthetic data shaped like MNIST: 28x28 uint8
 * images of 10 classes (a random sparse prototype per class plus pixel noise).
 * usage: PROG [ITERS=1000] [NTRAIN=60000]
 * The measured region is the training loop: per iteration, convert the batch to doubles,
 * compute the gradient of the mean batch loss w.r.t. (W, b), and update. The primal version
 * evaluates the batch loss instead (no gradient, no update). */
#include "../bench.h"

#define NIN 784
#define NOUT 10
#define BATCH 100
#define RATE 0.5

struct net_setup {
    long iters, ntrain;
    unsigned char *images, *labels;
    double *W, *b, *dW, *db, *x; /* x: the current batch as doubles in [0, 1] */
};

static struct net_setup net_setup(int argc, char **argv) {
    struct net_setup s;
    s.iters = bench_arg(argc, argv, 1, 1000);
    s.ntrain = bench_arg(argc, argv, 2, 60000);
    if (s.ntrain < BATCH) s.ntrain = BATCH;
    s.images = (unsigned char *)malloc((size_t)s.ntrain * NIN);
    s.labels = (unsigned char *)malloc((size_t)s.ntrain);
    uint64_t r = 2019;
    static unsigned char proto[NOUT][NIN];
    for (int c = 0; c < NOUT; c++)
        for (int j = 0; j < NIN; j++)
            proto[c][j] = bench_rng_unif(&r) < 0.2 ? (unsigned char)(128 + 127 * bench_rng_unif(&r)) : 0;
    for (long k = 0; k < s.ntrain; k++) {
        int c = (int)(bench_rng_next(&r) % NOUT);
        s.labels[k] = (unsigned char)c;
        for (int j = 0; j < NIN; j++) {
            unsigned char p = proto[c][j];
            if (bench_rng_unif(&r) < 0.1) p = (unsigned char)(255 * bench_rng_unif(&r));
            s.images[k * NIN + j] = p;
        }
    }
    s.W = (double *)malloc(sizeof(double) * NIN * NOUT);
    s.b = (double *)calloc(NOUT, sizeof(double));
    s.dW = (double *)calloc(NIN * NOUT, sizeof(double));
    s.db = (double *)calloc(NOUT, sizeof(double));
    s.x = (double *)malloc(sizeof(double) * NIN * BATCH);
    for (int i = 0; i < NIN * NOUT; i++)
        s.W[i] = 0.01 * (2.0 * bench_rng_unif(&r) - 1.0);
    return s;
}

/* Batch `it` as doubles into s->x; returns its labels. */
static const unsigned char *net_batch(struct net_setup *s, long it) {
    long start = (it * BATCH) % (s->ntrain - BATCH + 1);
    const unsigned char *img = s->images + start * NIN;
    for (long i = 0; i < (long)NIN * BATCH; i++)
        s->x[i] = img[i] * (1.0 / 255.0);
    return s->labels + start;
}

static void net_update(struct net_setup *s) {
    for (int i = 0; i < NIN * NOUT; i++) {
        s->W[i] -= RATE * s->dW[i];
        s->dW[i] = 0;
    }
    for (int o = 0; o < NOUT; o++) {
        s->b[o] -= RATE * s->db[o];
        s->db[o] = 0;
    }
}

/* Plain mean loss over the first 1000 images, reported after training. */
static double net_eval(struct net_setup *s) {
    long n = s->ntrain < 1000 ? s->ntrain : 1000;
    double loss = 0;
    for (long k = 0; k < n; k++) {
        double act[NOUT], mx = -1e300, sum = 0;
        for (int o = 0; o < NOUT; o++) {
            double a = s->b[o];
            for (int j = 0; j < NIN; j++)
                a += s->W[o * NIN + j] * (s->images[k * NIN + j] * (1.0 / 255.0));
            act[o] = a;
            mx = a > mx ? a : mx;
        }
        for (int o = 0; o < NOUT; o++)
            sum += exp(act[o] - mx);
        loss += log(sum) + mx - act[s->labels[k]];
    }
    return loss / (double)n;
}

static void net_report(struct net_setup *s) {
    bench_print_value(net_eval(s));
    bench_print_samples(s->W, NIN * NOUT);
}
