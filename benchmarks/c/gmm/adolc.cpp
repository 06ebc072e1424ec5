// gmm, gradient by ADOL-C: the same objective (objective.inc with REAL = adouble), taped and
// differentiated by gradient() inside the measured region, one process of its own.
// usage: adolc D K N
#include <adolc/adolc.h>
#include "common.h"

#define REAL adouble
#define REAL_NEW(n) (new adouble[(size_t)(n)])
#define REAL_FREE(p) delete[](p)
#define GMM_NAME(x) gmm_a_##x
#include "objective.inc"

static void gmm_grad_adolc(const struct gmm_data *g, double *params, double *grad) {
    int np = gmm_nparams(g), k = g->k, d = g->d;
    double f;
    trace_on(1);
    {
        adouble *p = new adouble[(size_t)np];
        for (int i = 0; i < np; i++)
            p[i] <<= params[i];
        adouble y = gmm_a_objective(d, k, g->n, p, p + k, p + k + k * d, g->x, g->gamma, g->m);
        y >>= f;
        delete[] p;
    }
    trace_off();
    gradient(1, np, params, grad);
}

int main(int argc, char **argv) {
    struct gmm_data g = gmm_setup(argc, argv);
    int np = gmm_nparams(&g), k = g.k, d = g.d, icf_sz = d * (d + 1) / 2;
    double *params = (double *)malloc(sizeof(double) * (size_t)np);
    double *grad = (double *)calloc((size_t)np, sizeof(double));
    memcpy(params, g.alphas, sizeof(double) * (size_t)k);
    memcpy(params + k, g.means, sizeof(double) * (size_t)(k * d));
    memcpy(params + k + k * d, g.icf, sizeof(double) * (size_t)(k * icf_sz));
    int reps = bench_reps(); /* one untimed warm-up run, then reps timed ones */
    double *times = (double *)malloc(sizeof(double) * (size_t)reps);
    for (int rep = -1; rep < reps; rep++) {
        double t0 = bench_now();
        gmm_grad_adolc(&g, params, grad);
        double t1 = bench_now();
        if (rep >= 0) times[rep] = t1 - t0;
    }
    bench_print_times(times, reps);
    bench_print_samples(grad, (size_t)np);
    return 0;
}
