/* gradcheck: n=2 lo=-2 hi=2 tangent
 * untaken: "throw std::domain_error" the error path for a NaN, which f never passes
 */
// Calls that may throw while a local object needs its destructor (invokes with a cleanup
// that resumes): the preparation turns them into calls (inline.calls_for_invokes), kept as
// calls of the callees' tangent functions with ENZYMEC_AD_INLINE=0 and for recursion.
#include <cmath>
#include <stdexcept>
#include <vector>

extern "C" double __enzyme_fwddiff(void *, ...);

__attribute__((noinline)) static double checked(double x) {
    if (std::isnan(x)) throw std::domain_error("nan");
    return x * std::sin(x);
}

static double depth(double x, int n) {
    if (n == 0) return checked(x);
    std::vector<double> keep(2, x);
    return keep[1] * depth(x * 0.5, n - 1);
}

static double g(double a, double b) {
    std::vector<double> w{a, b};
    double r = checked(w[0]) * w[1] + depth(w[1], 3);
    return r + checked(a * b);
}

extern "C" double f(const double *x) { return g(x[0], x[1]); }

extern "C" double jvp(const double *x, const double *v) {
    return __enzyme_fwddiff((void *)g, x[0], v[0], x[1], v[1]);
}
