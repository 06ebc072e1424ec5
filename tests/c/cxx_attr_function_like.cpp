/* gradcheck: n=2 lo=-0.9 hi=3 */
/* Enzyme's attributes in C++ (mangled names): `Model::soft` behaves like log1p
 * (function_like; its code differentiates to log1p' + 1) and `Model::noise` is inactive
 * (a step function whose code differentiates to 1). Ignoring either changes the gradient. */
#include <enzyme.h>
#include <cmath>

struct Model {
    __attribute__((noinline, enzyme_function_like("log1p"))) static double soft(double v) {
        volatile double magic = 6755399441055744.0;
        return std::log1p(v) + (((v + magic) - magic) - std::rint(v));
    }
    __attribute__((noinline, enzyme_inactive)) static double noise(double v) {
        volatile double magic = 6755399441055744.0;
        return ((8.0 * v + magic) - magic) / 8.0;
    }
};

static double h(double a, double b) { return Model::soft(a) * (2.0 + Model::noise(b)) + a * b; }

struct pair { double da, db; };
extern "C" pair __enzyme_autodiff_pair(void *, ...);
extern "C" double f(const double *x) { return h(x[0], x[1]); }
extern "C" void grad(const double *x, double *g) {
    pair d = __enzyme_autodiff_pair((void *)h, x[0], x[1]);
    g[0] = d.da;
    g[1] = d.db;
}
extern "C" void analytic(const double *x, double *g) {
    g[0] = (2.0 + Model::noise(x[1])) / (1.0 + x[0]) + x[1];
    g[1] = x[0];
}
