/* gradcheck: n=2 lo=0.3 hi=2
 * untaken: "if (v < 0) throw" the validation throw: never at valid points
 * untaken: "if (!(r < 1e6)) throw" the overflow check: never at valid points */
/* Validation throws whose message is built from the active values (std::to_string, a
 * vsnprintf wrapper taking variable arguments) on paths that never fire: a call that can
 * only lead to a throw or an abort carries no derivative (enzymec/ad/calls/doomed.py); it
 * was refused ("cannot differentiate the call to '__to_xstring': it takes variable
 * arguments"). */
#include <enzyme.h>
#include <cmath>
#include <stdexcept>
#include <string>

static double checked_sqrt(double v) {
    if (v < 0) throw std::domain_error("negative argument: " + std::to_string(v));
    return std::sqrt(v);
}

static double model(const double *x) {
    double r = checked_sqrt(x[0] * x[0] + x[1]);
    if (!(r < 1e6)) throw std::overflow_error("r = " + std::to_string(r + x[0]));
    return r * std::log(x[1] + 1.0);
}

extern "C" {
double f(const double *x) { return model(x); }
void grad(const double *x, double *g) {
    g[0] = g[1] = 0.0;
    __enzyme_autodiff((void *)model, enzyme_dup, x, g);
}
}
