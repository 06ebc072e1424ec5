/* gradcheck: n=4 lo=-1 hi=3 */
/* calloc'ed buffer of active values: a Gaussian kernel-density histogram on a fixed grid,
 * whose bins start zeroed (no explicit init) and accumulate x-dependent contributions. */
#include <enzyme.h>
#include <math.h>
#include <stdlib.h>

#define NB 6
static double center(int b) { return -1.0 + 0.8 * b; }

double kde(const double *x, int n) {
    double *bins = calloc(NB, sizeof(double));
    for (int i = 0; i < n; i++)
        for (int b = 0; b < NB; b++) {
            double d = x[i] - center(b);
            bins[b] += exp(-d * d);
        }
    double s = 0.0;
    for (int b = 0; b < NB; b++) s += bins[b] * bins[b] * (b + 1);
    free(bins);
    return s;
}

double f(const double *x) { return kde(x, 4); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 4; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)kde, enzyme_dup, x, g, enzyme_const, 4);
}
void analytic(const double *x, double *g) {
    double bins[NB] = {0};
    for (int i = 0; i < 4; i++)
        for (int b = 0; b < NB; b++) bins[b] += exp(-(x[i] - center(b)) * (x[i] - center(b)));
    for (int i = 0; i < 4; i++) {
        g[i] = 0.0;
        for (int b = 0; b < NB; b++) {
            double d = x[i] - center(b);
            g[i] += 2 * bins[b] * (b + 1) * exp(-d * d) * (-2 * d);
        }
    }
}
