/* vector: n=3 m=2 width=4 mode=forward lo=-1.5 hi=1.5 */
// C++: a template and a class method, four lanes.
#include <cmath>
extern "C" {
extern int enzyme_width, enzyme_dupv;
void __enzyme_fwddiff(void *, ...);
}

template <typename T, int N> struct Poly {
    T c[N];
    T eval(T x) const {
        T r = 0;
        for (int i = N - 1; i >= 0; i--) r = r * x + c[i];
        return r;
    }
};

static void g(const double *x, double *y) {
    Poly<double, 3> p = {{x[0], x[1], x[2]}};
    y[0] = p.eval(0.5 + x[2]);
    y[1] = std::exp(p.eval(-0.25)) * x[0];
}

extern "C" void fun(const double *x, double *y) { g(x, y); }

extern "C" void deriv(const double *x, const double *s, double *out) {
    double y[2];
    __enzyme_fwddiff((void *)g, enzyme_width, 4, enzyme_dupv, 3 * sizeof(double), x, s,
                     enzyme_dupv, 2 * sizeof(double), y, out);
}
