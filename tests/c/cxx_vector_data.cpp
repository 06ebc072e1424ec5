/* gradcheck: n=5 lo=-2 hi=2 */
/* std::vector<double> storage: a function taking the vector by reference reads it through
 * data(), size() and operator[]; the gradient passes the vector and a shadow vector of the
 * same size (whose storage receives the adjoints), Enzyme-style. */
#include <enzyme.h>
#include <cmath>
#include <vector>

double energy(const std::vector<double> &v) {
    const double *p = v.data();
    double s = 0.0;
    for (size_t i = 0; i < v.size(); i++) s += std::sin(p[i]) * p[i];
    for (size_t i = 0; i + 1 < v.size(); i++) s += v[i] * v[i + 1];
    return s;
}

extern "C" {
double f(const double *x) {
    std::vector<double> v(x, x + 5);
    return energy(v);
}
void grad(const double *x, double *g) {
    std::vector<double> v(x, x + 5), dv(5, 0.0);
    __enzyme_autodiff((void *)energy, enzyme_dup, &v, &dv);
    for (int i = 0; i < 5; i++) g[i] = dv[i];
}
void analytic(const double *x, double *g) {
    for (int i = 0; i < 5; i++) {
        g[i] = std::cos(x[i]) * x[i] + std::sin(x[i]);
        if (i > 0) g[i] += x[i - 1];
        if (i < 4) g[i] += x[i + 1];
    }
}
}
