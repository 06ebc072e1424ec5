/* gmm/hand.h: the expert handwritten gradient of the GMM objective (objective.inc) with
 * respect to alphas, means and icf.
 *
 * With y = Q_k (x_i - mu_k), main_ik = alpha_k + sum_j q_kj - |y|^2 / 2 and p_ik the softmax
 * of main_i. over k:  d/d alpha_k = sum_i p_ik - n softmax(alpha)_k;
 * d/d q_kj = sum_i p_ik (1 - y_j e^{q_kj} xc_j) + gamma^2 e^{2 q_kj} - m;
 * d/d L_k[j, c] = -sum_i p_ik y_j xc_c + gamma^2 L_k[j, c];  d/d mu_k = sum_i p_ik Q_k^T y.
 * Why it is the fastest we know: every exp, y and xc is computed once (one pass over the K
 * components for each point keeps them in K d scratch, in L1 for ADBench's sizes); the
 * reverse of Q x and the L gradient share one pass over L's entries; sum_i p_ik is added to
 * the K diagonals once at the end instead of per point; no tape beyond that scratch. Each
 * row's dot product `acc` is summed in order (scalar) for short rows and in any order for
 * rows of 8 entries or more (`#pragma clang fp reassociate`: the compiler vectorizes it),
 * chosen per row from d = 16 on and per problem below (once per gradient; the figures are
 * at GMM_HAND_LONG_ROW below). `restrict`: the gradient buffers are the caller's, distinct from the inputs. */
#ifndef GMM_HAND_H
#define GMM_HAND_H
#include "common.h"

/* Rows of this many entries or more are summed in any order (vectorized), shorter ones in
 * order, from d = GMM_HAND_PER_ROW_FROM on; below it every row is summed in order. Measured
 * (gmm/timed, paired against enzymec's gradient in the same process): thresholds 4, 6, 8
 * and 12 were within 3% of each other at d = 20, 32 and 64 (8 best at d = 20 and 64), each
 * 11-20% faster than summing whole rows in order (d = 20, 32) or every row in any order
 * (d = 64, the session 13 expert); at d = 10 the per-row choice was 5-10% slower than rows
 * in order, whose inner loop the compiler then unrolls by two. */
#ifndef GMM_HAND_LONG_ROW
#define GMM_HAND_LONG_ROW 8
#endif
#ifndef GMM_HAND_PER_ROW_FROM
#define GMM_HAND_PER_ROW_FROM 16
#endif

static double gmm_lse(const double *v, int k) {
    double mx = v[0], s = 0;
    for (int i = 1; i < k; i++)
        mx = v[i] > mx ? v[i] : mx;
    for (int i = 0; i < k; i++)
        s += exp(v[i] - mx);
    return log(s) + mx;
}

/* Forward part for point xi and component ik: xc, y = Q xc and the main term. */
static double gmm_hand_main(int d, const double *restrict xi, const double *restrict mu,
                            const double *restrict qdiag, const double *restrict ltri,
                            double sum_q, double alpha, double *restrict xc, double *restrict y) {
    for (int j = 0; j < d; j++) {
        xc[j] = xi[j] - mu[j];
        y[j] = qdiag[j] * xc[j];
    }
    int l = 0;
    for (int c = 0; c < d; c++)
        for (int j = c + 1; j < d; j++)
            y[j] += ltri[l++] * xc[c];
    double sq = 0;
    for (int j = 0; j < d; j++)
        sq += y[j] * y[j];
    return alpha + sum_q - 0.5 * sq;
}

/* One row of L (entries c + 1 .. d - 1 of row c's column): its `dl` update and its dot
 * product, summed in any order, so the compiler vectorizes it. */
static inline double gmm_hand_row_any_order(int c, int d, double p, const double *restrict xc,
                                            const double *restrict y,
                                            const double *restrict lrow,
                                            double *restrict dlrow) {
#ifdef __clang__
#pragma clang fp reassociate(on)
#endif
    double acc = 0;
    for (int j = c + 1; j < d; j++) {
        double py = p * y[j];
        dlrow[j - c - 1] -= py * xc[c];
        acc += lrow[j - c - 1] * py;
    }
    return acc;
}

/* Reverse part for one (point, component) with weight p: adds into dmu, dq and dl; rows of
 * `long_row` entries or more summed in any order, shorter ones (every one when `long_row`
 * is 0) in order. A constant in each caller below, so each compiles to its own loop nest. */
static inline void gmm_hand_back_rows(int d, double p, const double *restrict xc,
                                      const double *restrict y, const double *restrict qdiag,
                                      const double *restrict ltri, double *restrict dmu,
                                      double *restrict dq, double *restrict dl, int long_row) {
    for (int j = 0; j < d; j++) {
        double py = p * y[j];
        dq[j] -= py * qdiag[j] * xc[j];
        dmu[j] += py * qdiag[j];
    }
    int l = 0;
    for (int c = 0; c < d; c++) {
        double acc = 0;
        if (long_row > 0 && d - 1 - c >= long_row) {
            acc = gmm_hand_row_any_order(c, d, p, xc, y, ltri + l, dl + l);
            l += d - 1 - c;
        } else {
            for (int j = c + 1; j < d; j++, l++) {
                double py = p * y[j];
                dl[l] -= py * xc[c];
                acc += ltri[l] * py;
            }
        }
        dmu[c] += acc;
    }
}

/* Every row in order: for d below GMM_HAND_PER_ROW_FROM (see gmm_grad_hand). */
static void gmm_hand_back(int d, double p, const double *restrict xc, const double *restrict y,
                          const double *restrict qdiag, const double *restrict ltri,
                          double *restrict dmu, double *restrict dq, double *restrict dl) {
    gmm_hand_back_rows(d, p, xc, y, qdiag, ltri, dmu, dq, dl, 0);
}

/* Rows of GMM_HAND_LONG_ROW entries or more vectorized: from d = GMM_HAND_PER_ROW_FROM on. */
static void gmm_hand_back_per_row(int d, double p, const double *restrict xc,
                                  const double *restrict y, const double *restrict qdiag,
                                  const double *restrict ltri, double *restrict dmu,
                                  double *restrict dq, double *restrict dl) {
    gmm_hand_back_rows(d, p, xc, y, qdiag, ltri, dmu, dq, dl, GMM_HAND_LONG_ROW);
}

typedef void gmm_back_fn(int, double, const double *restrict, const double *restrict,
                         const double *restrict, const double *restrict, double *restrict,
                         double *restrict, double *restrict);

/* The prior's and the alphas' log-normalizer's terms, and the per-component sums of p. */
static void gmm_hand_finish(const struct gmm_data *g, const double *qdiags, const double *psum,
                            double *restrict da, double *restrict dicf) {
    int d = g->d, k = g->k, icf_sz = d * (d + 1) / 2;
    double lse_a = gmm_lse(g->alphas, k), g2 = g->gamma * g->gamma;
    for (int ik = 0; ik < k; ik++) {
        da[ik] = psum[ik] - g->n * exp(g->alphas[ik] - lse_a);
        double *dq = dicf + ik * icf_sz;
        const double *icf = g->icf + ik * icf_sz;
        for (int j = 0; j < d; j++)
            dq[j] += psum[ik] + g2 * qdiags[ik * d + j] * qdiags[ik * d + j] - g->m;
        for (int j = d; j < icf_sz; j++)
            dq[j] += g2 * icf[j];
    }
}

/* The gradient with `back` as each component's reverse (inlined with it, below). */
static inline void gmm_grad_hand_with(const struct gmm_data *g, double *restrict grad,
                                      double *restrict scratch, gmm_back_fn *back) {
    int d = g->d, k = g->k, icf_sz = d * (d + 1) / 2;
    double *da = grad, *dmu = grad + k, *dicf = grad + k + k * d;
    double *qdiags = scratch, *sum_qs = qdiags + k * d, *psum = sum_qs + k;
    double *main_t = psum + k, *xc = main_t + k, *y = xc + k * d;
    memset(grad, 0, sizeof(double) * (size_t)gmm_nparams(g));
    for (int ik = 0; ik < k; ik++) {
        sum_qs[ik] = 0;
        psum[ik] = 0;
        for (int j = 0; j < d; j++) {
            sum_qs[ik] += g->icf[ik * icf_sz + j];
            qdiags[ik * d + j] = exp(g->icf[ik * icf_sz + j]);
        }
    }
    for (int ix = 0; ix < g->n; ix++) {
        const double *xi = g->x + (long)ix * d;
        for (int ik = 0; ik < k; ik++)
            main_t[ik] = gmm_hand_main(d, xi, g->means + ik * d, qdiags + ik * d,
                                       g->icf + ik * icf_sz + d, sum_qs[ik], g->alphas[ik],
                                       xc + ik * d, y + ik * d);
        double lse = gmm_lse(main_t, k);
        for (int ik = 0; ik < k; ik++) {
            double p = exp(main_t[ik] - lse);
            psum[ik] += p;
            back(d, p, xc + ik * d, y + ik * d, qdiags + ik * d, g->icf + ik * icf_sz + d,
                 dmu + ik * d, dicf + ik * icf_sz, dicf + ik * icf_sz + d);
        }
    }
    gmm_hand_finish(g, qdiags, psum, da, dicf);
}

__attribute__((noinline)) static void gmm_grad_hand_rows(const struct gmm_data *g,
                                                         double *restrict grad,
                                                         double *restrict scratch) {
    gmm_grad_hand_with(g, grad, scratch, gmm_hand_back);
}

__attribute__((noinline)) static void gmm_grad_hand_per_row(const struct gmm_data *g,
                                                            double *restrict grad,
                                                            double *restrict scratch) {
    gmm_grad_hand_with(g, grad, scratch, gmm_hand_back_per_row);
}

/* grad = [d alphas (k), d means (k d), d icf (k d (d + 1) / 2)], overwritten. scratch:
 * 3 k d + 3 k doubles. */
static void gmm_grad_hand(const struct gmm_data *g, double *restrict grad,
                          double *restrict scratch) {
    if (g->d >= GMM_HAND_PER_ROW_FROM)
        gmm_grad_hand_per_row(g, grad, scratch);
    else
        gmm_grad_hand_rows(g, grad, scratch);
}

#endif
