/* gradcheck: n=2 lo=0.2 hi=0.8 */
/* std::complex<double> functions libstdc++ lowers to <complex.h> calls: std::asin (casin),
 * std::atanh (catanh), std::acosh (cacosh), std::tan (ctan), std::sinh (csinh), std::log10
 * (clog), std::proj (cproj), std::polar (cos/sin); z is taken by value. Each evaluation
 * takes both sides of a branch on |z|. */
#include <enzyme.h>
#include <complex>

using cplx = std::complex<double>;
extern "C" cplx __enzyme_autodiff_c(void *, ...);

static double inverse(cplx z) {
    double r = 0.0;
    for (int k = 0; k < 2; k++) {
        cplx v = z * (k ? 1.5 : 0.3);                /* |v| < 0.34, then > 0.42 */
        cplx w = std::asin(v) + std::atanh(v * 0.5) + std::tan(v)
                 + std::sinh(v) * std::acosh(v + 2.0) + std::log10(v)
                 + std::polar(1.5, v.real()) + std::proj(v);
        if (std::abs(v) > 0.34)
            r += w.real() * w.imag();
        else
            r -= std::abs(w) * v.imag();
    }
    return r;
}

extern "C" {
double f(const double *x) { return inverse(cplx(x[0], x[1])); }
void grad(const double *x, double *g) {
    cplx d = __enzyme_autodiff_c((void *)inverse, cplx(x[0], x[1]));
    g[0] = d.real();
    g[1] = d.imag();
}
}
