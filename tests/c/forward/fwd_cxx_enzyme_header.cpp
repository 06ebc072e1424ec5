/* gradcheck: n=3 lo=-1.5 hi=1.5 tangent */
/* enzymec's C++ interface in forward mode: enzyme::autodiff<enzyme::Forward> with every
 * result activity (the default DuplicatedNoNeed: the tangent; Duplicated: primal and
 * tangent; Const: the primal) and every argument kind (a scalar and its tangent, memory
 * and its shadow, a reference, a constant). Each piece of the JVP comes from a different
 * call, and the primal the Duplicated call returns enters it too, so a swapped pair, a
 * dropped tangent or a wrong marker changes the result. */
#include <enzyme/enzyme>
#include <cmath>

static double scalar(double a, double b) { return a * std::sin(b) + b * b; }
static double memory(const double *p, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) s += (i + 1) * p[i] * p[i];
    return s;
}
static double by_reference(double &r, double k) { return std::exp(0.5 * r) * k; }
static double cube(double a) { return a * a * a; }

static double g(double a, double b, double c) {
    double p[2] = {a, c};
    return scalar(a, b) * scalar(a, b) + memory(p, 2) + by_reference(b, 2.0) + c * cube(c);
}

extern "C" double f(const double *x) { return g(x[0], x[1], x[2]); }

extern "C" double jvp(const double *x, const double *v) {
    double a = x[0], b = x[1], c = x[2], b_tangent = v[1];
    auto both = enzyme::autodiff<enzyme::Forward, enzyme::Duplicated<double>>(
        scalar, enzyme::Duplicated<double>(a, v[0]), enzyme::Duplicated<double>(b, v[1]));
    double value = enzyme::get<0>(both), d_scalar = enzyme::get<1>(both);
    double p[2] = {a, c}, dp[2] = {v[0], v[2]};
    double d_memory = enzyme::get<0>(enzyme::autodiff<enzyme::Forward>(
        memory, enzyme::Duplicated<const double *>(p, dp), enzyme::Const<int>(2)));
    double d_reference = enzyme::get<0>(enzyme::autodiff<enzyme::Forward,
                                                         enzyme::DuplicatedNoNeed<double>>(
        by_reference, enzyme::Duplicated<double &>(b, b_tangent), enzyme::Const<double>(2.0)));
    double cube_value = enzyme::get<0>(enzyme::autodiff<enzyme::Forward, enzyme::Const<double>>(
        cube, enzyme::Duplicated<double>(c, 1.0)));
    double d_cube = enzyme::get<0>(enzyme::autodiff<enzyme::Forward>(
        cube, enzyme::Duplicated<double>(c, v[2])));
    return 2 * value * d_scalar + d_memory + d_reference
        + v[2] * cube_value + c * d_cube;
}
