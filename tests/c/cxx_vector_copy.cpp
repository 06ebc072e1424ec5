/* gradcheck: n=4 lo=-2 hi=2 */
/* The differentiated function copies its input into a local std::vector<double> (range
 * constructor) and reads it back: fine at -O2, but at -O0 the constructor stays an invoke. */
#include <enzyme.h>
#include <cmath>
#include <vector>

static double energy(const std::vector<double> &v) {
    double s = 0.0;
    for (size_t i = 0; i < v.size(); i++) s += std::sin(v[i]) * v[i];
    return s;
}
static double wrap(const double *p, int n) {
    std::vector<double> v(p, p + n);
    return energy(v);
}

extern "C" {
double f(const double *x) { return wrap(x, 4); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 4; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)wrap, enzyme_dup, x, g, enzyme_const, 4);
}
void analytic(const double *x, double *g) {
    for (int i = 0; i < 4; i++) g[i] = std::cos(x[i]) * x[i] + std::sin(x[i]);
}
}
