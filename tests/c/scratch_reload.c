/* gradcheck: n=6 lo=-2 hi=2 */
/* Scratch filled once before a loop nest that only reads it (ADBench GMM's qdiags = exp(q)):
 * the reverse sweep loads it again instead of taping every read, and its `free` waits for
 * the reverse sweep (scratch_reload.py). Beside it, `run` is rewritten on every point after
 * it was read in the same loop, and `prev` in the next loop (GMM's main_term): their reads
 * must stay taped. tests/ad/test_store_forwarding.py
 * checks the remarks; a free left in place would be a use after free (test_memcheck). */
#include <math.h>
#include <stdlib.h>
#include <enzyme.h>

int npoints = 4, dims = 3;
static const double points[4 * 3] = {0.5, -1.0, 0.25, 1.5, 0.75, -0.5,
                                      -0.25, 0.125, 1.0, -1.5, 0.5, 0.0625};

double scaled(const double *q, const double *mu) {
    int p = npoints, d = dims;
    double *scale = malloc(sizeof(double) * (size_t)d);
    double *run = malloc(sizeof(double) * (size_t)d);
    double *prev = malloc(sizeof(double) * (size_t)d);
    for (int j = 0; j < d; j++)
        scale[j] = exp(q[j]);
    for (int j = 0; j < d; j++) {
        run[j] = 0.5 * mu[j];
        prev[j] = 0.25 * q[j];
    }
    double total = 0.0;
    for (int i = 0; i < p; i++) {
        double s = 0.0;
        for (int j = 0; j < d; j++) {
            double r = scale[j] * (points[i * d + j] - mu[j]);
            s += r * r * run[j];
            run[j] = sin(r) + 1.0;
        }
        for (int j = 0; j < d; j++)
            s += prev[j] * prev[j] * mu[j];             /* read, then rewritten below */
        for (int j = 0; j < d; j++)
            prev[j] = sin(points[i * d + j] * q[j]);
        total += log(1.0 + s * s);
    }
    for (int j = 0; j < d; j++)
        total += scale[j] * scale[j];
    free(scale);
    free(run);
    free(prev);
    return total;
}

double f(const double *x) { return scaled(x, x + 3); }

void grad(const double *x, double *g) {
    for (int i = 0; i < 6; i++)
        g[i] = 0.0;
    __enzyme_autodiff((void *)scaled, enzyme_dup, x, g, enzyme_dup, x + 3, g + 3);
}
