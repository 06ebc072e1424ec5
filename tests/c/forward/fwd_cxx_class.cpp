/* gradcheck: n=3 lo=-2 hi=2 tangent */
#include <cmath>
#include <vector>

extern "C" double __enzyme_fwddiff(void *, ...);

template <typename T> struct Poly {
    std::vector<T> c;
    explicit Poly(std::vector<T> coefficients) : c(coefficients) {}
    T operator()(T x) const {
        T r = 0;
        for (auto it = c.rbegin(); it != c.rend(); ++it) r = r * x + *it;
        return r;
    }
};

struct Shape {
    virtual ~Shape() {}
    virtual double area(double s) const = 0;
};
struct Square : Shape { double area(double s) const override { return s * s; } };
struct Circle : Shape { double area(double s) const override { return M_PI * s * s; } };

static double g(double a, double b, double c) {
    Poly<double> p({a, b, c});
    Square sq;
    Circle ci;
    const Shape *shape = a > 0 ? static_cast<const Shape *>(&sq) : &ci;
    return p(b) + shape->area(c) + std::sin(a * c);
}

extern "C" double f(const double *x) { return g(x[0], x[1], x[2]); }

extern "C" double jvp(const double *x, const double *v) {
    return __enzyme_fwddiff((void *)g, x[0], v[0], x[1], v[1], x[2], v[2]);
}
