/* gradcheck: n=5 lo=-2 hi=2 */
/* C++ heap: new[]/delete[] arrays of active scalars, new/delete of a single aggregate
 * object and of an array of objects (no destructors or noexcept: plain calls, no invokes).
 * All allocations come first (allocating between loops: cxx_new_delete_interleaved.cpp). */
#include <enzyme.h>
#include <cmath>

struct Acc {
    double sum, sumsq;
};
struct Cell {
    double value, weight;
};

static double stats_loss(const double *x, int n) {
    double *sq = new double[n];
    Cell *cells = new Cell[n];
    Acc *acc = new Acc{0.0, 0.0};
    for (int i = 0; i < n; i++) sq[i] = x[i] * x[i];
    for (int i = 0; i < n; i++) cells[i] = Cell{std::sin(x[i]) * sq[i], sq[i]};
    for (int i = 0; i < n; i++) {
        acc->sum += cells[i].value;
        acc->sumsq += cells[i].weight * cells[i].value;
    }
    double r = acc->sum * acc->sum + acc->sumsq;
    delete acc;
    delete[] cells;
    delete[] sq;
    return r;
}

extern "C" {
double f(const double *x) { return stats_loss(x, 5); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 5; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)stats_loss, enzyme_dup, x, g, enzyme_const, 5);
}
void analytic(const double *x, double *g) {
    double s = 0.0;
    for (int i = 0; i < 5; i++) s += std::sin(x[i]) * x[i] * x[i];
    for (int i = 0; i < 5; i++) {
        double c = std::cos(x[i]), sn = std::sin(x[i]), x2 = x[i] * x[i];
        double db = c * x2 + 2 * x[i] * sn; /* d(sin x x^2) */
        g[i] = 2 * s * db + (c * x2 * x2 + 4 * x2 * x[i] * sn); /* d(sin x x^4) */
    }
}
}
