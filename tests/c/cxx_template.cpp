/* gradcheck: n=4 lo=-2 hi=2 */
/* C++ templates: a function template over the scalar type and length (dot<T, N>), a Huber
 * loss template and a class template holding polynomial coefficients, instantiated for double. */
#include <enzyme.h>

template <typename T, int N> T dot(const T *a, const T *b) {
    T s = T(0);
    for (int i = 0; i < N; i++) s += a[i] * b[i];
    return s;
}
template <typename T> T huber(T r, T delta) {
    T a = r < T(0) ? -r : r;
    return a <= delta ? T(0.5) * r * r : delta * (a - T(0.5) * delta);
}
template <typename T, int DEG> struct Poly {
    T c[DEG + 1];
    T operator()(T x) const {
        T p = c[DEG];
        for (int k = DEG - 1; k >= 0; k--) p = p * x + c[k];
        return p;
    }
};

static const double W[4] = {0.5, -1.0, 1.5, 0.25};

template <typename T> T model_loss(const T *x) {
    Poly<T, 3> p = {{T(1), T(-0.5), T(0.25), T(0.1)}};
    T z = dot<T, 4>(x, W);
    return p(z) + huber<T>(x[0] - x[3], T(1)) + dot<T, 4>(x, x);
}

extern "C" {
double f(const double *x) { return model_loss<double>(x); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 4; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)model_loss<double>, enzyme_dup, x, g);
}
void analytic(const double *x, double *g) {
    double z = 0.0;
    for (int i = 0; i < 4; i++) z += x[i] * W[i];
    double dp = -0.5 + 2 * 0.25 * z + 3 * 0.1 * z * z, r = x[0] - x[3];
    double dh = r > 1 ? 1.0 : r < -1 ? -1.0 : r;
    for (int i = 0; i < 4; i++) g[i] = dp * W[i] + 2 * x[i];
    g[0] += dh;
    g[3] -= dh;
}
}
