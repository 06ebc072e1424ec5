/* gradcheck: n=6 lo=-2 hi=2 */
/* std::sort and std::stable_sort (inlined to loops of compares and moves) over plain
 * arrays of active values: the permutation depends on the point, the gradient follows the
 * values. (Over std::vector iterators: cxx_sort.cpp beside this file.) */
#include <enzyme.h>
#include <algorithm>
#include <cmath>

static double ranked(const double *x, int n) {
    double v[6], w[6];
    for (int i = 0; i < n; i++) {
        v[i] = std::sin(x[i]) + 0.5 * x[i];
        w[i] = x[i];
    }
    std::sort(v, v + n);
    std::stable_sort(w, w + n, [](double a, double b) { return a * a < b * b; });
    double s = 0.0;
    for (int i = 0; i < n; i++) s += (i + 1) * v[i] + (n - i) * w[i] * w[i] * w[i];
    return s;
}

extern "C" {
double f(const double *x) { return ranked(x, 6); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 6; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)ranked, enzyme_dup, x, g, enzyme_const, 6);
}
void analytic(const double *x, double *g) {
    for (int i = 0; i < 6; i++) {
        double ti = std::sin(x[i]) + 0.5 * x[i];
        int up = 0, by_square = 0;
        for (int j = 0; j < 6; j++) {
            if (std::sin(x[j]) + 0.5 * x[j] < ti) up++;
            if (x[j] * x[j] < x[i] * x[i]) by_square++;
        }
        g[i] = (up + 1) * (std::cos(x[i]) + 0.5) + (6 - by_square) * 3 * x[i] * x[i];
    }
}
}
