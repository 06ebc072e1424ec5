/* gradcheck: n=6 lo=-2 hi=2 */
/* std::sort and std::stable_sort of active values in a std::vector: the permutation
 * depends on the data, the gradient must follow the values to their new places. */
#include <enzyme.h>
#include <algorithm>
#include <cmath>
#include <vector>

static double ranked(const double *x, int n) {
    std::vector<double> v(x, x + n);
    for (int i = 0; i < n; i++) v[i] = std::sin(v[i]) + 0.5 * v[i];
    std::sort(v.begin(), v.end());
    std::vector<double> w(x, x + n);
    std::stable_sort(w.begin(), w.end(), [](double a, double b) { return a * a < b * b; });
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
    int n = 6, rank_v[6], rank_w[6];
    for (int i = 0; i < n; i++) {
        double ti = std::sin(x[i]) + 0.5 * x[i];
        rank_v[i] = 0;
        rank_w[i] = 0;
        for (int j = 0; j < n; j++) {
            double tj = std::sin(x[j]) + 0.5 * x[j];
            if (tj < ti || (tj == ti && j < i)) rank_v[i]++;
            if (x[j] * x[j] < x[i] * x[i] || (x[j] * x[j] == x[i] * x[i] && j < i)) rank_w[i]++;
        }
    }
    for (int i = 0; i < n; i++)
        g[i] = (rank_v[i] + 1) * (std::cos(x[i]) + 0.5) + (n - rank_w[i]) * 3 * x[i] * x[i];
}
}
