/* How much of enzymec's GMM gap is the tape of overwritten scratch (benchmarks/notes/
 * adbench.md): the expert gradient (gmm/hand.h), enzymec's gradient of ADBench's objective
 * (gmm/objective.inc, xc and Q xc written to malloc'd scratch for every (point, component)),
 * and enzymec's gradient of the same objective written without that scratch (each y_j of
 * Q (x - mu) summed from x and mu where it is used, as a recompute-instead-of-tape cost
 * model would make the reverse sweep do). Interleaved, best of BENCH_REPS (default 5).
 * Build and run: enzymec -O3 -march=native gmm_recompute.c -o gmm_recompute -lm &&
 *                ./gmm_recompute D K N */
#include "../c/gmm/common.h"
#include "../c/gmm/hand.h"
#include <enzyme.h>
static double bench_hide(double v) {
    __asm__ __volatile__("" : "+m"(v));
    return v;
}

#define REAL double
#define REAL_NEW(n) ((double *)malloc(sizeof(double) * (size_t)(n)))
#define REAL_FREE(p) free(p)
#define GMM_NAME(x) gmm_##x
#include "../c/gmm/objective.inc"

/* |Q (x - mu)|^2 without scratch: y_j = e^{q_j} (x_j - mu_j) + sum_{i<j} L[j, i] (x_i - mu_i),
 * L stored column by column (column i starts at i d - i (i + 1) / 2). */
static double gmm_sq_noscratch(int d, const double *qdiag, const double *ltri,
                               const double *x, const double *mu) {
    double sq = 0;
    for (int j = 0; j < d; j++) {
        double y = qdiag[j] * (x[j] - mu[j]);
        for (int i = 0; i < j; i++)
            y += ltri[i * d - i * (i + 1) / 2 + (j - i - 1)] * (x[i] - mu[i]);
        sq += y * y;
    }
    return sq;
}

static double gmm_objective_ns(int d, int k, int n, const double *alphas, const double *means,
                               const double *icf, const double *x, double gamma, int m) {
    int icf_sz = d * (d + 1) / 2;
    double *qdiags = malloc(sizeof(double) * (size_t)(d * k)), *sum_qs = malloc(sizeof(double) * (size_t)k);
    double *main_term = malloc(sizeof(double) * (size_t)k);
    for (int ik = 0; ik < k; ik++) {
        sum_qs[ik] = 0;
        for (int j = 0; j < d; j++) {
            sum_qs[ik] += icf[ik * icf_sz + j];
            qdiags[ik * d + j] = exp(icf[ik * icf_sz + j]);
        }
    }
    double slse = 0;
    for (int ix = 0; ix < n; ix++) {
        for (int ik = 0; ik < k; ik++)
            main_term[ik] = alphas[ik] + sum_qs[ik] -
                            0.5 * gmm_sq_noscratch(d, qdiags + ik * d, icf + ik * icf_sz + d,
                                                   x + ix * d, means + ik * d);
        slse += gmm_logsumexp(main_term, k);
    }
    double r = -n * d * 0.5 * log(2 * M_PI) + slse - n * gmm_logsumexp(alphas, k) +
               gmm_wishart(d, k, gamma, m, sum_qs, qdiags, icf);
    free(qdiags);
    free(sum_qs);
    free(main_term);
    return r;
}

__attribute__((noinline)) static void grad_adbench(const struct gmm_data *g, double *grad) {
    int k = g->k, d = g->d;
    __enzyme_autodiff((void *)gmm_objective, d, k, g->n, enzyme_dup, g->alphas, grad,
                      enzyme_dup, g->means, grad + k, enzyme_dup, g->icf, grad + k + k * d,
                      enzyme_const, g->x, enzyme_const, g->gamma, g->m);
}

__attribute__((noinline)) static void grad_noscratch(const struct gmm_data *g, double *grad) {
    int k = g->k, d = g->d;
    __enzyme_autodiff((void *)gmm_objective_ns, d, k, g->n, enzyme_dup, g->alphas, grad,
                      enzyme_dup, g->means, grad + k, enzyme_dup, g->icf, grad + k + k * d,
                      enzyme_const, g->x, enzyme_const, g->gamma, g->m);
}

int main(int argc, char **argv) {
    struct gmm_data g = gmm_setup(argc, argv);
    size_t np = (size_t)gmm_nparams(&g);
    double *grads[3], best[5] = {1e30, 1e30, 1e30, 1e30, 1e30}, f[2];
    double *scratch = calloc((size_t)(3 * g.k * g.d + 3 * g.k), sizeof(double));
    const char *names[5] = {"expert", "enzymec_adbench", "enzymec_noscratch", "primal_adbench",
                            "primal_noscratch"};
    for (int v = 0; v < 3; v++)
        grads[v] = calloc(np, sizeof(double));
    for (int r = -1; r < bench_reps(); r++)
        for (int v = 0; v < 5; v++) {
            if (v < 3)
                memset(grads[v], 0, sizeof(double) * np);
            double t0 = bench_now();
            if (v == 0) gmm_grad_hand(&g, grads[0], scratch);
            else if (v == 1) grad_adbench(&g, grads[1]);
            else if (v == 2) grad_noscratch(&g, grads[2]);
            else if (v == 3)
                f[0] = bench_hide(gmm_objective(g.d, g.k, g.n, g.alphas, g.means, g.icf, g.x,
                                                g.gamma, g.m));
            else
                f[1] = bench_hide(gmm_objective_ns(g.d, g.k, g.n, g.alphas, g.means, g.icf, g.x,
                                                   g.gamma, g.m));
            double t = bench_now() - t0;
            if (r >= 0 && t < best[v]) best[v] = t;
        }
    double worst = 0;
    for (size_t i = 0; i < np; i++)
        for (int v = 1; v < 3; v++)
            worst = fmax(worst, fabs(grads[v][i] - grads[0][i]) / fmax(1.0, fabs(grads[0][i])));
    printf("d %d K %d n %d: values %.15g %.15g, max gradient difference %.2g\n", g.d, g.k, g.n,
           f[0], f[1], worst);
    for (int v = 0; v < 5; v++)
        printf("%-18s %.5f s  (%.2fx expert)\n", names[v], best[v], best[v] / best[0]);
    return worst < 1e-9 ? 0 : 1;
}
