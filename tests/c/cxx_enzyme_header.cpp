/* gradcheck: n=4 lo=-1.5 hi=1.5 */
/* enzymec's C++ interface <enzyme/enzyme>: every piece of the gradient comes from a different
 * way of calling enzyme::autodiff (three Active doubles, returned through memory; two Active
 * floats; Duplicated pointer and reference; Const value and reference; DuplicatedNoNeed; a
 * functor and a lambda through the trampoline; ReverseWithPrimal, whose primal enters the
 * chain rule, and one with no Active argument, whose result must equal f's) and from the
 * templated C spelling __enzyme_autodiff<Ret>. A wrong marker, a
 * dropped adjoint or a swapped order changes the gradient. */
#include <enzyme/enzyme>
#include <cmath>

static double three(double a, double b, double c) { return a * std::sin(b) + b * c * c; }

static float two_floats(float a, float b) { return a * a * b + std::cos(b); }
/* f's twin of two_floats: central differences of a float result would be noise */
static double two_floats_in_double(double a, double b) { return a * a * b + std::cos(b); }

static double weighted(const double *p, int n, double w) {
    double s = 0.0;
    for (int i = 0; i < n; i++) s += w * (i + 1) * p[i] * p[i];
    return s;
}

static double by_reference(double &r, const double &k) { return std::exp(0.5 * r) * k; }

static double read_only(double *p) { return std::atan(p[0]) * p[1]; }

struct Scaled {
    double k;
    double operator()(double a) const { return k * std::tanh(a); }
};

struct two { double da, db; };
static double product(double a, double b) { return a * b * b; }

extern "C" double f(const double *x) {
    double p[2] = {x[2], x[3]};
    double r = x[1], k = 1.5;
    double q[2] = {x[0], x[3]};
    double t = std::sin(x[0]) * x[3];
    return three(x[0], x[1], x[2]) + two_floats_in_double(x[3], x[1]) +
           weighted(p, 2, 0.75) + by_reference(r, k) + read_only(q) +
           Scaled{2.0}(x[2]) + x[1] * x[1] * x[2] + t * t + product(x[3], x[0]);
}

extern "C" void grad(const double *x, double *g) {
    using namespace enzyme;
    auto d3 = get<0>(autodiff<Reverse>(three, Active<double>(x[0]), Active<double>(x[1]),
                                       Active<double>(x[2])));
    g[0] = get<0>(d3), g[1] = get<1>(d3), g[2] = get<2>(d3), g[3] = 0.0;

    auto d2 = get<0>(autodiff<Reverse, Active<float>>(two_floats, Active<float>((float)x[3]),
                                                      Active<float>((float)x[1])));
    g[3] += get<0>(d2), g[1] += get<1>(d2);

    double p[2] = {x[2], x[3]}, dp[2] = {0.0, 0.0};
    /* no Active argument: ReverseWithPrimal returns tuple<tuple<>, result> from one run */
    auto wp = autodiff<ReverseWithPrimal>(weighted, Duplicated<double *>(p, dp), Const<int>(2),
                                          Const<double>(0.75));
    bool same = std::fabs(get<1>(wp) - weighted(p, 2, 0.75)) <= 1e-13 * (1 + get<1>(wp));
    g[2] += same ? dp[0] : NAN, g[3] += same ? dp[1] : NAN;

    double r = x[1], dr = 0.0, k = 1.5;
    autodiff<Reverse>(by_reference, Duplicated<double &>(r, dr), Const<const double &>(k));
    g[1] += dr;

    double q[2] = {x[0], x[3]}, dq[2] = {0.0, 0.0};
    autodiff<Reverse>(read_only, DuplicatedNoNeed<double *>(q, dq));
    g[0] += dq[0], g[3] += dq[1];

    g[2] += get<0>(get<0>(autodiff<Reverse>(Scaled{2.0}, Active<double>(x[2]))));
    auto lambda = [](double a, double b) { return a * a * b; };
    auto dl = get<0>(autodiff<Reverse>(lambda, Active<double>(x[1]), Active<double>(x[2])));
    g[1] += get<0>(dl), g[2] += get<1>(dl);

    auto sin_times = [](double a, double b) { return std::sin(a) * b; };
    auto withp = autodiff<ReverseWithPrimal>(sin_times, Active<double>(x[0]),
                                             Active<double>(x[3]));
    double t = get<1>(withp);  /* d(t^2) = 2 t dt */
    g[0] += 2.0 * t * get<0>(get<0>(withp)), g[3] += 2.0 * t * get<1>(get<0>(withp));

    two dd = __enzyme_autodiff<two>((void *)product, enzyme_out, x[3], enzyme_out, x[0]);
    g[3] += dd.da, g[0] += dd.db;
}

extern "C" void analytic(const double *x, double *g) {
    double a = x[0], b = x[1], c = x[2], d = x[3];
    double t = std::sin(a) * d, th = std::tanh(c);
    g[0] = std::sin(b) + d / (1.0 + a * a) + 2.0 * t * std::cos(a) * d + d * d;
    g[1] = a * std::cos(b) + c * c + d * d - std::sin(b) + 0.5 * std::exp(0.5 * b) * 1.5 +
           2.0 * b * c;
    g[2] = 2.0 * b * c + 0.75 * 2.0 * c + 2.0 * (1.0 - th * th) + b * b;
    g[3] = 2.0 * d * b + 0.75 * 4.0 * d + std::atan(a) + 2.0 * t * std::sin(a) +
           2.0 * d * a;
}
