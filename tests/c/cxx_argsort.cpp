/* gradcheck: n=6 lo=-2 hi=2 */
/* An argsort: std::sort of int indices with a comparator reading the active array, then a
 * rank-weighted sum. libstdc++'s insertion sort moves the indices with memmove; type
 * analysis knows those bytes only as i32, so the copy moves no derivative (it was refused:
 * "cannot deduce the layout of the memory copied here (found i32)"). */
#include <enzyme.h>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

static double ranked(const double *x, int n) {
    std::vector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return x[a] < x[b]; });
    double s = 0.0;
    for (int k = 0; k < n; k++) s += (k + 1) * x[order[k]] * std::sin(x[order[k]]);
    return s;
}

extern "C" {
double f(const double *x) { return ranked(x, 6); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 6; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)ranked, enzyme_dup, x, g, enzyme_const, 6);
}
}
