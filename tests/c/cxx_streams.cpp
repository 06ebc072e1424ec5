/* gradcheck: n=3 lo=-2 hi=2 */
/* Values printed inside the differentiated function to std::cout, std::cerr and a
 * std::ostringstream: the printing is not differentiated, the gradient is unchanged. */
#include <enzyme.h>
#include <cmath>
#include <iostream>
#include <sstream>

static double report(const double *x) {
    double a = x[0] * x[1];
    std::ostringstream log;
    log << "a=" << a << " x2=" << x[2];
    if (x[2] > 0) std::cout << log.str() << std::endl;
    if (x[1] > 0) std::cerr << a << '\n';
    double s = std::sin(a) * x[2];
    return s + 0.0 * (double)log.str().size();
}

extern "C" {
double f(const double *x) { return report(x); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 3; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)report, enzyme_dup, x, g);
}
void analytic(const double *x, double *g) {
    double a = x[0] * x[1], c = std::cos(a);
    g[0] = c * x[1] * x[2];
    g[1] = c * x[0] * x[2];
    g[2] = std::sin(a);
}
}
