/* gradcheck: n=2 lo=0.3 hi=1.4 float */
/* std::complex<float> through libstdc++: <2 x float> values, __mulsc3 / __divsc3 or inline
 * code, std::abs (cabsf), std::exp (cexpf), std::log (clogf), std::norm, std::arg (cargf);
 * the complex argument by value, its adjoint returned as a std::complex<float>. */
#include <enzyme.h>
#include <complex>

using cplxf = std::complex<float>;
extern "C" cplxf __enzyme_autodiff_cf(void *, ...);

static float lossf(cplxf z) {
    cplxf w = z * z / (z + 1.5f) + std::log(z + 0.5f) * z;
    return std::abs(std::exp(w * 0.5f)) + std::norm(w) * std::arg(z) - w.imag();
}

extern "C" {
double f(const double *x) { return lossf(cplxf((float)x[0], (float)x[1])); }
void grad(const double *x, double *g) {
    cplxf d = __enzyme_autodiff_cf((void *)lossf, cplxf((float)x[0], (float)x[1]));
    g[0] = d.real();
    g[1] = d.imag();
}
}
