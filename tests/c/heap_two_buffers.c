/* gradcheck: n=2 lo=-2 hi=2 */
/* Two malloc'ed buffers, the second allocated after the loop filling the first (a plain C
 * form of cxx_new_delete_interleaved.cpp). enzymec's pre-AD optimization duplicates the
 * second malloc into both sides of the n > 0 branch, and the free of their phi has no shadow. */
#include <enzyme.h>
#include <stdlib.h>

typedef struct { double value, weight; } cell;

double cells_loss(const double *x, int n) {
    double *sq = malloc(n * sizeof(double));
    for (int i = 0; i < n; i++) sq[i] = x[i] * x[i];
    cell *cells = malloc(n * sizeof(cell));
    for (int i = 0; i < n; i++) {
        cells[i].value = x[i] * sq[i];
        cells[i].weight = sq[i];
    }
    double r = 0.0;
    for (int i = 0; i < n; i++) r += cells[i].value * cells[i].weight;
    free(cells);
    free(sq);
    return r;
}

double f(const double *x) { return cells_loss(x, 2); }
void grad(const double *x, double *g) {
    g[0] = g[1] = 0.0;
    __enzyme_autodiff((void *)cells_loss, enzyme_dup, x, g, enzyme_const, 2);
}
void analytic(const double *x, double *g) {
    for (int i = 0; i < 2; i++) g[i] = 5 * x[i] * x[i] * x[i] * x[i];
}
