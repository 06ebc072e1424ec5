/* gradcheck: n=4 lo=-2 hi=2
 * works: -O0 -O2 */
/* tests/c/cxx_std_function.cpp plus a lambda capturing three doubles, too big for
 * std::function's small buffer: the functor lives on the heap. Inlined (-O0, -O2) it works;
 * in the split variant (every call kept) the manager is differentiated on its own, for every
 * operation, and its copy of the heap functor (`new _Functor(*source)`, a memcpy of memory
 * reached through the storage's pointer) has no type enzymec can deduce: a located error. */
#include <enzyme.h>
#include <functional>

static double model(const double *x) {
    double c = x[1];
    double acc = 0.5 * x[0];
    std::function<double(double)> by_value = [c](double t) { return t * c; };
    std::function<double(double)> by_reference = [&acc](double t) { return acc * t * t; };
    std::function<double(int)> through_pointer = [x](int i) { return x[i] * x[3]; };
    double a = x[0], b = x[2], d = x[3];
    std::function<double(double)> three = [a, b, d](double t) { return a * t + b * d - t; };
    double s = 0.0;
    for (int i = 0; i < 4; i++)
        s += by_value(x[i]) + by_reference(x[(i + 1) % 4]) + through_pointer(i) +
             three(0.1 * (i + 1));
    return s;
}

extern "C" {
double f(const double *x) { return model(x); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 4; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)model, enzyme_dup, x, g);
}
void analytic(const double *x, double *g) {
    /* s = x1 * S + 0.5 x0 * Q + x3 * S + sum_i (0.1 (i+1) (x0 - 1) + x2 x3)
     * with S = sum x_i, Q = sum x_i^2 */
    double S = 0, Q = 0;
    for (int i = 0; i < 4; i++) S += x[i], Q += x[i] * x[i];
    for (int i = 0; i < 4; i++) g[i] = x[1] + 0.5 * x[0] * 2 * x[i] + x[3];
    g[1] += S;
    g[0] += 0.5 * Q + 0.1 * (1 + 2 + 3 + 4);
    g[3] += S + 4 * x[2];
    g[2] += 4 * x[3];
}
}
