/* gradcheck: n=1 lo=0.2 hi=2 */
/* __builtin_ math spellings, which clang lowers straight to llvm.* intrinsics. */
#include <enzyme.h>

double bi(double x) {
    return __builtin_sqrt(x) * __builtin_sin(x) + __builtin_exp(-x) + __builtin_fabs(x - 1.0) +
           __builtin_pow(x, 1.5) + __builtin_log(x + 1.0) + __builtin_fma(x, x, x);
}

double f(const double *x) { return bi(x[0]); }
void grad(const double *x, double *g) { g[0] = __builtin_autodiff(bi, x[0]); }
void analytic(const double *x, double *g) {
    double v = x[0];
    g[0] = 0.5 / __builtin_sqrt(v) * __builtin_sin(v) + __builtin_sqrt(v) * __builtin_cos(v)
         - __builtin_exp(-v) + (v < 1.0 ? -1.0 : 1.0) + 1.5 * __builtin_sqrt(v)
         + 1.0 / (v + 1.0) + 2.0 * v + 1.0;
}
