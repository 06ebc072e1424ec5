/* gradcheck: n=5 lo=-2 hi=2 */
/* std::vector growth inside the differentiated function: push_back and emplace_back from
 * an empty vector (reallocations: operator new of a bigger buffer, elements moved over,
 * operator delete of the old one), reserve, resize with a fill value, and insert at the
 * front (elements shifted with memmove). */
#include <enzyme.h>
#include <cmath>
#include <vector>

static double grow(const double *x, int n) {
    std::vector<double> a;
    for (int i = 0; i < n; i++) a.push_back(x[i] * x[i]);
    std::vector<double> b;
    b.reserve(2);
    for (int i = 0; i < n; i++) b.emplace_back(std::sin(x[i]) + a[i]);
    a.resize(3 * n, x[0]);              /* grows again, the new slots hold x[0] */
    b.insert(b.begin(), x[1] * x[2]);   /* shifts the elements one slot up */
    double s = 0.0;
    for (size_t i = 0; i < a.size(); i++) s += a[i] * (double)(i + 1);
    for (size_t i = 0; i < b.size(); i++) s += b[i] * b[i];
    return s;
}

extern "C" {
double f(const double *x) { return grow(x, 5); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 5; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)grow, enzyme_dup, x, g, enzyme_const, 5);
}
void analytic(const double *x, double *g) {
    for (int i = 0; i < 5; i++) {
        double bi = std::sin(x[i]) + x[i] * x[i];
        g[i] = 2 * x[i] * (i + 1) + 2 * bi * (std::cos(x[i]) + 2 * x[i]);
    }
    double w = 0.0;  /* a[5..14] = x[0], weights 6..15 */
    for (int i = 5; i < 15; i++) w += i + 1;
    g[0] += w;
    g[1] += 2 * x[1] * x[2] * x[2];
    g[2] += 2 * x[1] * x[1] * x[2];
}
}
