/* gradcheck: n=3 lo=-2 hi=2 */
/* std::unordered_map lookups and inserts of active values inside the differentiated
 * function, with std::string keys (std::hash, string comparisons) and int keys: the hashing
 * is inactive, the values carry derivatives. Enough keys to rehash the table. Short keys
 * live in the string's local buffer, which libstdc++ moves into the hash node with a copy
 * of run-time length next to the node's double (split variant: operator[] not inlined);
 * the long key lives on the heap and moves by pointer. */
#include <enzyme.h>
#include <cmath>
#include <string>
#include <unordered_map>

static double tabulate(const double *x) {
    std::unordered_map<std::string, double> h;
    std::unordered_map<int, double> byindex;
    h["a"] = x[0] * x[1];
    h["b"] = std::exp(x[2]);
    h["a key longer than the local buffer"] = std::sin(x[1]);
    h["fifteen letters"] = x[2] * x[2]; /* the longest local key: the copy moves 16 bytes */
    for (int i = 0; i < 12; i++) byindex[i * 7] = x[i % 3] * (i + 1);
    double s = h["a"] * h["b"] + h["a key longer than the local buffer"] * x[0] +
               h["fifteen letters"];
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
    g[0] += std::sin(x[1]);
    g[1] += x[0] * std::cos(x[1]);
    g[2] += 2 * x[2];
    /* s += v_i v_{11-i}, v_i = x[i%3] (i+1): each pair counted twice */
    for (int i = 0; i < 12; i++) {
        int j = 11 - i;
        double vi = x[i % 3] * (i + 1), vj = x[j % 3] * (j + 1);
        g[i % 3] += (i + 1) * vj;
        g[j % 3] += (j + 1) * vi;
    }
}
}
