/* gradcheck: n=4 lo=0.3 hi=1.5 */
/* std::complex<double> through libstdc++: operators (z * w and z / w become __muldc3 /
 * __divdc3 or inline code), std::abs (cabs), std::exp (cexp), std::norm, std::arg (carg),
 * std::sqrt, std::pow, std::conj. The differentiated function takes complex numbers by
 * const reference with enzyme_dup (Enzyme's cmplx.cpp convention: the adjoint of the real
 * and imaginary parts is added into the shadow complex number), and one by value. */
#include <enzyme.h>
#include <complex>

using cplx = std::complex<double>;

static double energy(const cplx &z, const cplx &w, double t) {
    cplx m = (z * w + t) / (z - std::conj(w) + cplx(0.0, 2.0));
    cplx s = std::exp(m * 0.5) + std::sqrt(z) * std::pow(w, z);
    double r = std::abs(s) + std::norm(m) * std::arg(w) + s.real() * m.imag();
    if (std::norm(z) > 1.0)
        r += t * std::abs(z * z);
    else
        r -= t * std::arg(z / w);
    return r;
}

/* both branches on |z| at every point: z scaled below and above 1 */
static double both(const cplx &z, const cplx &w, double t) {
    return energy(z * 0.4, w, t) + energy(z * 2.0, w, t);
}

extern "C" {
double f(const double *x) { return both(cplx(x[0], x[1]), cplx(x[2], 0.5), x[3]); }
void grad(const double *x, double *g) {
    cplx z(x[0], x[1]), w(x[2], 0.5), dz(0.0, 0.0), dw(0.0, 0.0);
    double dt = __enzyme_autodiff((void *)both, enzyme_dup, &z, &dz, enzyme_dup, &w, &dw,
                                  enzyme_out, x[3]);
    g[0] = dz.real();
    g[1] = dz.imag();
    g[2] = dw.real();
    g[3] = dt;
}
}
