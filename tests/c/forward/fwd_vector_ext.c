/* gradcheck: n=4 lo=-2 hi=2 tangent */
/* Clang's vector extension: element-wise arithmetic, element access and a vector math
 * intrinsic on <2 x double>. */
#include <enzyme.h>
#include <math.h>

typedef double v2 __attribute__((vector_size(16)));

static double g(double a, double b, double c, double d) {
    v2 x = {a, b}, y = {c, d};
    v2 z = x * y + x / (y * y + 1.0);
#ifdef __clang__
    z = __builtin_elementwise_sin(z) * x;
#else /* gcc measures the branches (test_forward's coverage): no such builtin */
    z = (v2){sin(z[0]), sin(z[1])} * x;
#endif
    return z[0] * z[1] + z[0];
}

double f(const double *x) { return g(x[0], x[1], x[2], x[3]); }

double jvp(const double *x, const double *v) {
    return __enzyme_fwddiff((void *)g, x[0], v[0], x[1], v[1], x[2], v[2], x[3], v[3]);
}
