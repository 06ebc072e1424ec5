/* gradcheck: n=3 lo=-2 hi=2 tangent */
/* <enzyme/enzyme> forward mode of a function returning std::vector<double> (returned through
 * memory): the tangent is a vector whose buffer enzymec allocated, owned and freed by the
 * caller's vector; Duplicated gives {value, tangent}, DuplicatedNoNeed the tangent, Const
 * the value, and each must agree with the others and with the function itself. */
#include <enzyme/enzyme>
#include <cmath>
#include <vector>

static std::vector<double> features(const std::vector<double> &x) {
    std::vector<double> r(2);
    r[0] = x[0] * x[1] + std::sin(x[2]);
    r[1] = x[2] * x[2] * x[0];
    return r;
}

static bool close(const std::vector<double> &a, const std::vector<double> &b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); i++)
        if (std::fabs(a[i] - b[i]) > 1e-14 * (1 + std::fabs(b[i]))) return false;
    return true;
}

extern "C" double f(const double *x) {
    std::vector<double> r = features(std::vector<double>(x, x + 3));
    return r[0] + 3.0 * r[1];
}

extern "C" double jvp(const double *x, const double *dx) {
    using namespace enzyme;
    std::vector<double> v(x, x + 3), dv(dx, dx + 3);
    auto both = autodiff<Forward, Duplicated<std::vector<double>>>(
        features, Duplicated<const std::vector<double> &>(v, dv));
    auto tangent = get<0>(autodiff<Forward, DuplicatedNoNeed<std::vector<double>>>(
        features, Duplicated<const std::vector<double> &>(v, dv)));
    auto value = get<0>(autodiff<Forward, Const<std::vector<double>>>(
        features, Duplicated<const std::vector<double> &>(v, dv)));
    const std::vector<double> &t = get<1>(both);
    if (!close(get<0>(both), features(v)) || !close(value, features(v)) || !close(tangent, t))
        return NAN;
    return t[0] + 3.0 * t[1];
}
