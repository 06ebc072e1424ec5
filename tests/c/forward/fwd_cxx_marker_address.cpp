/* gradcheck: n=3 lo=-2 hi=2 tangent */
// Markers passed by address (`&enzyme_const`), as Enzyme's C++ tests do, in a template
// entry point declared by the user.
#include <cmath>

extern int enzyme_dup, enzyme_const;
template <typename R, typename... Args> R __enzyme_fwddiff(Args...);

struct Params { double scale; int unused; };

static double g(const Params *p, double a, const double *b) {
    return p->scale * std::exp(a / 4) * b[0] * b[1];
}

extern "C" double f(const double *x) {
    Params p{1.5, 0};
    return g(&p, x[0], x + 1);
}

extern "C" double jvp(const double *x, const double *v) {
    Params p{1.5, 0};
    return __enzyme_fwddiff<double>((void *)g, &enzyme_const, &p, &enzyme_dup, x[0], v[0],
                                    &enzyme_dup, x + 1, v + 1);
}
