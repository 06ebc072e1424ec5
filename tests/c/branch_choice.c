/* gradcheck: n=6 lo=-2 hi=2 */
/* Joins inside loops whose entering edge the reverse sweep rebuilds from the branch that
 * chose it (ad/tape/branch_rebuild.py) instead of taping it every iteration: a triangular nest
 * whose inner loop is skipped on the last row (GMM's qtimesx), an `if` on the parity of the
 * counter, one on a bound read from a constant; and beside them joins whose branch depends
 * on a value the reverse sweep only has from a tape (`sin` of an active value, a running
 * sum), which stay taped. tests/ad/test_branch_choice.py counts the taped joins. */
#include <math.h>
#include <enzyme.h>

int rows = 4, limit = 2;

double joins(const double *x) {
    int d = rows;
    double s = 0.0, run = 0.0;
    for (int i = 0; i < d; i++) {
        for (int j = i + 1; j < d; j++)
            s += x[j] * x[i] * (j - i);
        if (i & 1)
            s = s * 0.5 + cos(x[i]);
        if (i < limit)
            s += x[i + 2] * x[i + 2];
        double c = sin(x[i] * s);
        if (c > 0.25)
            s -= c * x[i + 1];
        run += x[i] * s;
        if (run > 0.5)
            s += 0.125 * run;
    }
    return s + run;
}

double f(const double *x) {
    return joins(x);
}

void grad(const double *x, double *g) {
    for (int i = 0; i < 6; i++)
        g[i] = 0.0;
    __enzyme_autodiff((void *)joins, enzyme_dup, x, g);
}
