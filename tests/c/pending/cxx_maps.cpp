/* gradcheck: n=3 lo=-2 hi=2 */
/* Inactive C++ library code inside the differentiated function: values printed to
 * std::cout, std::cerr and a std::ostringstream (not differentiated), and std::map /
 * std::unordered_map lookups with string keys (hashing, comparisons) of active values. */
#include <enzyme.h>
#include <cmath>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <unordered_map>

static double tabulate(const double *x) {
    std::unordered_map<std::string, double> h;
    std::map<std::string, double> m;
    h["a"] = x[0] * x[1];
    h["b"] = std::exp(x[2]);
    m["c"] = h["a"] + x[2];
    m["d"] = std::sin(x[0]);
    std::ostringstream log;
    log << "a=" << h["a"] << " d=" << m["d"];
    std::cout << "";
    std::cerr << "";
    double r = h["a"] * m["c"] + h["b"] * m["d"] + (double)log.str().size() * 0.0;
    return r;
}

extern "C" {
double f(const double *x) { return tabulate(x); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 3; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)tabulate, enzyme_dup, x, g);
}
void analytic(const double *x, double *g) {
    double a = x[0] * x[1], c = a + x[2], b = std::exp(x[2]), d = std::sin(x[0]);
    /* r = a*c + b*d, dc/da = 1 */
    double dr_da = c + a;
    g[0] = dr_da * x[1] + b * std::cos(x[0]);
    g[1] = dr_da * x[0];
    g[2] = a + b * d;
}
}
