/* gradcheck: n=3 lo=-2 hi=2 */
/* std::map (a red-black tree) of active values inside the differentiated function: inserts
 * that rebalance the tree, lookups, an in-order walk with iterators, and an erase. */
#include <enzyme.h>
#include <cmath>
#include <map>

static double tree_sum(const double *x) {
    std::map<int, double> m;
    for (int i = 0; i < 9; i++) m[(i * 5) % 9] = x[i % 3] * (i + 1);
    m[4] = m[4] * std::sin(x[0]);
    m.erase(7);
    double s = 0.0;
    int k = 1;
    for (auto it = m.begin(); it != m.end(); ++it, ++k) s += k * it->second * it->second;
    return s;
}

extern "C" {
double f(const double *x) { return tree_sum(x); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 3; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)tree_sum, enzyme_dup, x, g);
}
void analytic(const double *x, double *g) {
    /* key (i*5)%9 holds x[i%3]*(i+1); key 4 (i = 8) is scaled by sin(x0); key 7 (i = 5)
     * is erased; walk order is by key, k counting from 1 */
    double val[9], dval[9][3] = {{0}};
    for (int i = 0; i < 9; i++) {
        int key = (i * 5) % 9;
        val[key] = x[i % 3] * (i + 1);
        dval[key][i % 3] = i + 1;
    }
    double s4 = std::sin(x[0]), c4 = std::cos(x[0]);
    for (int j = 0; j < 3; j++) dval[4][j] *= s4;
    dval[4][0] += val[4] * c4;
    val[4] *= s4;
    for (int j = 0; j < 3; j++) g[j] = 0.0;
    int k = 1;
    for (int key = 0; key < 9; key++) {
        if (key == 7) continue;
        for (int j = 0; j < 3; j++) g[j] += 2 * k * val[key] * dval[key][j];
        k++;
    }
}
}
