/* gradcheck: n=4 lo=-2 hi=2 */
/* std::function holding lambdas that capture active data: a double by value (copied into
 * the std::function's storage as an integer, next to the manager's pointer), a local double
 * by reference and the input pointer. Every call goes through the object's function
 * pointers: each object's own invoker and manager are the only targets
 * (enzymec/ad/passes/stored_target.py), and the manager, called with a constant operation,
 * has its branches for the other operations folded (constant_branches.py). A lambda too big
 * for the small buffer: pending/cxx_std_function_heap.cpp. */
#include <enzyme.h>
#include <functional>

static double model(const double *x) {
    double c = x[1];
    double acc = 0.5 * x[0];
    std::function<double(double)> by_value = [c](double t) { return t * c; };
    std::function<double(double)> by_reference = [&acc](double t) { return acc * t * t; };
    std::function<double(int)> through_pointer = [x](int i) { return x[i] * x[3]; };
    double s = 0.0;
    for (int i = 0; i < 4; i++)
        s += by_value(x[i]) + by_reference(x[(i + 1) % 4]) + through_pointer(i);
    return s;
}

extern "C" {
double f(const double *x) { return model(x); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 4; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)model, enzyme_dup, x, g);
}
void analytic(const double *x, double *g) {
    /* s = x1 * S + 0.5 x0 * Q + x3 * S with S = sum x_i, Q = sum x_i^2 */
    double S = 0, Q = 0;
    for (int i = 0; i < 4; i++) S += x[i], Q += x[i] * x[i];
    for (int i = 0; i < 4; i++) g[i] = x[1] + 0.5 * x[0] * 2 * x[i] + x[3];
    g[1] += S;
    g[0] += 0.5 * Q;
    g[3] += S;
}
}
