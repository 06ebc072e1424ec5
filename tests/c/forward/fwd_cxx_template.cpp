/* gradcheck: n=2 lo=-2 hi=2 tangent */
#include <cmath>

extern "C" double __enzyme_fwddiff(void *, ...);

template <typename T, int N> T horner(const T (&c)[N], T x) {
    T r = 0;
    for (int i = N - 1; i >= 0; --i) r = r * x + c[i];
    return r;
}

template <typename T> struct Vec2 {
    T x, y;
    Vec2 operator*(T s) const { return {x * s, y * s}; }
    T dot(const Vec2 &o) const { return x * o.x + y * o.y; }
};

static double g(double a, double b) {
    double c[4] = {a, b, a * b, 1.0};
    Vec2<double> u{a, b}, w = u * std::exp(b / 3);
    return horner(c, b) + u.dot(w);
}

extern "C" double f(const double *x) { return g(x[0], x[1]); }

extern "C" double jvp(const double *x, const double *v) {
    return __enzyme_fwddiff((void *)g, x[0], v[0], x[1], v[1]);
}
