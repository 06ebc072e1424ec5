/* gradcheck: n=3 lo=-2 hi=2
 * works: -O0 -O2
 */
/* std::unordered_map lookups and inserts of active values inside the differentiated
 * function, with std::string keys (std::hash, string comparisons) and int keys: the hashing
 * is inactive, the values carry derivatives. Enough keys to rehash the table. */
#include <enzyme.h>
#include <cmath>
#include <string>
#include <unordered_map>

static double tabulate(const double *x) {
    std::unordered_map<std::string, double> h;
    std::unordered_map<int, double> byindex;
    h["a"] = x[0] * x[1];
    h["b"] = std::exp(x[2]);
    for (int i = 0; i < 12; i++) byindex[i * 7] = x[i % 3] * (i + 1);
    double s = h["a"] * h["b"];
    for (int i = 0; i < 12; i++) s += byindex[i * 7] * byindex[(11 - i) * 7];
    return s;
}

extern "C" {
double f(const double *x) { return tabulate(x); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 3; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)tabulate, enzyme_dup, x, g);
}
void analytic(const double *x, double *g) {
    double a = x[0] * x[1], b = std::exp(x[2]);
    g[0] = x[1] * b;
    g[1] = x[0] * b;
    g[2] = a * b;
    /* s += v_i v_{11-i}, v_i = x[i%3] (i+1): each pair counted twice */
    for (int i = 0; i < 12; i++) {
        int j = 11 - i;
        double vi = x[i % 3] * (i + 1), vj = x[j % 3] * (j + 1);
        g[i % 3] += (i + 1) * vj;
        g[j % 3] += (j + 1) * vi;
    }
}
}
