/* gradcheck: n=3 lo=-2 hi=2 */
/* Virtual calls whose object is known where they are made: local objects used through a
 * base-class reference (devirtualized after inlining at -O2, a call through the vtable at
 * -O0), a member function calling a virtual one on `this`, and a virtual destructor. */
#include <enzyme.h>
#include <cmath>

struct Term {
    virtual double eval(const double *x) const = 0;
    double twice(const double *x) const { return 2 * eval(x); }
    virtual ~Term() {}
};
struct Power : Term {
    int i, p;
    Power(int i, int p) : i(i), p(p) {}
    double eval(const double *x) const override { return std::pow(x[i], p); }
};
struct Wave : Term {
    double k;
    explicit Wave(double k) : k(k) {}
    double eval(const double *x) const override { return std::sin(k * x[1]) * x[2]; }
};

static double apply(const Term &t, const double *x) { return t.eval(x); }

static double known(const double *x) {
    Power cube(0, 3);
    Wave wave(1.5);
    Term *heap = new Power(2, 2);
    double r = apply(cube, x) + wave.twice(x) * x[0] + apply(*heap, x);
    delete heap;
    return r;
}

extern "C" {
double f(const double *x) { return known(x); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 3; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)known, enzyme_dup, x, g);
}
void analytic(const double *x, double *g) {
    double s = std::sin(1.5 * x[1]), c = std::cos(1.5 * x[1]);
    g[0] = 3 * x[0] * x[0] + 2 * s * x[2];
    g[1] = 2 * 1.5 * c * x[2] * x[0];
    g[2] = 2 * s * x[0] + 2 * x[2];
}
}
