/* gmm: problem data shaped as ADBench's GMM inputs (d, k, n; alphas, means, icf, x, and the
 * Wishart prior's gamma = 1, m = 0), generated deterministically (splitmix64, seed 2018)
 * instead of read from ADBench's files: alphas and x ~ N-ish(0, 1) (sum of uniforms), means
 * uniform in [0, 1), icf uniform in [-0.5, 0.5) for the log diagonal and [-0.25, 0.25) for L. */
#ifndef GMM_COMMON_H
#define GMM_COMMON_H
#include "../bench.h"

struct gmm_data {
    int d, k, n, m;
    double gamma;
    double *alphas, *means, *icf, *x;
};

static double gmm_gauss(uint64_t *s) {
    double r = 0;
    for (int i = 0; i < 4; i++)
        r += bench_rng_unif(s);
    return (r - 2.0) * 1.7320508075688772; /* mean 0, variance 1 */
}

static int gmm_nparams(const struct gmm_data *g) {
    return g->k + g->k * g->d + g->k * g->d * (g->d + 1) / 2;
}

/* usage: PROG D K N (defaults 2 5 1000) */
static struct gmm_data gmm_setup(int argc, char **argv) {
    struct gmm_data g;
    g.d = (int)bench_arg(argc, argv, 1, 2);
    g.k = (int)bench_arg(argc, argv, 2, 5);
    g.n = (int)bench_arg(argc, argv, 3, 1000);
    g.m = 0;
    g.gamma = 1.0;
    int icf_sz = g.d * (g.d + 1) / 2;
    uint64_t s = 2018;
    g.alphas = (double *)malloc(sizeof(double) * (size_t)g.k);
    g.means = (double *)malloc(sizeof(double) * (size_t)(g.k * g.d));
    g.icf = (double *)malloc(sizeof(double) * (size_t)(g.k * icf_sz));
    g.x = (double *)malloc(sizeof(double) * (size_t)g.n * (size_t)g.d);
    for (int i = 0; i < g.k; i++)
        g.alphas[i] = gmm_gauss(&s);
    for (int i = 0; i < g.k * g.d; i++)
        g.means[i] = bench_rng_unif(&s);
    for (int i = 0; i < g.k; i++)
        for (int j = 0; j < icf_sz; j++)
            g.icf[i * icf_sz + j] = (bench_rng_unif(&s) - 0.5) * (j < g.d ? 1.0 : 0.5);
    for (long i = 0; i < (long)g.n * g.d; i++)
        g.x[i] = gmm_gauss(&s);
    return g;
}

#endif
