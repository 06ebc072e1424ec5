/* gradcheck: n=5 lo=-2 hi=2 */
/* std::vector<double> constructed, grown with push_back and destroyed inside the
 * differentiated function (at -O0 its constructor and push_back are invokes). */
#include <enzyme.h>
#include <cmath>
#include <vector>

static double vec_loss(const double *x, int n) {
    std::vector<double> v(x, x + n);
    std::vector<double> sq;
    for (int i = 0; i < n; i++) sq.push_back(v[i] * v[i]);
    double s = 0.0;
    for (size_t i = 0; i < sq.size(); i++) s += std::sin(v[i]) * sq[i];
    return s;
}

extern "C" {
double f(const double *x) { return vec_loss(x, 5); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 5; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)vec_loss, enzyme_dup, x, g, enzyme_const, 5);
}
void analytic(const double *x, double *g) {
    for (int i = 0; i < 5; i++) g[i] = std::cos(x[i]) * x[i] * x[i] + 2 * x[i] * std::sin(x[i]);
}
}
