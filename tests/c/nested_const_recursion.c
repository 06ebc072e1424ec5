/* gradcheck: n=8 lo=-1.5 hi=1.5 */
/* Constant-count loops nested in a loop of a recursive function: each call of `level`
 * runs a run-time number of rows, each row a constant loop of 4 whose sum of squares and
 * largest term are read after it (exit tapes per row, exit_tapes.py), with a flag per
 * iteration; the constant loops' last counters are constants in the reverse
 * (nested_finals.py); the recursion keeps every level's tapes alive until its reverse. */
#include <math.h>
extern int enzyme_dup, enzyme_const;
void __enzyme_autodiff(void *, ...);

static volatile int depth = 3;

static double level(const double *x, int d) {
    double s = 0;
    for (int r = 0; r < d + 1; r++) {
        double q = 0, best = -1e300;
        for (int i = 0; i < 4; i++) {
            double t = sin(x[(r + i + d) % 8]) * x[(2 * i + r) % 8];
            q += t * t;
            best = t > best ? t : best;
        }
        s += sqrt(q + 0.5) + best * q;
    }
    if (d == 0) return s;
    return s * 0.5 + level(x, d - 1) * cos(s * 0.1);
}

double f(const double *x) { return level(x, depth); }

void grad(const double *x, double *g) {
    for (int i = 0; i < 8; i++) g[i] = 0;
    __enzyme_autodiff((void *)level, enzyme_dup, x, g, enzyme_const, depth);
}
