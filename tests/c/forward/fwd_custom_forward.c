/* gradcheck: n=2 lo=-2 hi=2 tangent */
#include <math.h>
#include <stdlib.h>
#include <string.h>

double __enzyme_fwddiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_dupnoneed, enzyme_primal_return, enzyme_const_return;

typedef struct { double value, tangent; } dual;
static double mul3(double a, double b) { return 3 * a * b; }
static dual mul3_fwd(double a, double da, double b, double db) {
    dual r = {3 * a * b, 3 * (da * b + a * db)};
    return r;
}
void *__enzyme_register_derivative_mul3[2] = {(void *)mul3, (void *)mul3_fwd};

static double g(double a, double b) { return mul3(a, b) * a + sin(b); }

double f(const double *x) { return g(x[0], x[1]); }

double jvp(const double *x, const double *v) {
    return __enzyme_fwddiff((void *)g, x[0], v[0], x[1], v[1]);
}
