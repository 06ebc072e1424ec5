/* vector: n=2 m=1 width=2 mode=forward lo=-2 hi=2 */
/* enzyme_primal_return at width 2: {primal, [2 x tangent]}; a wrong primal poisons the
 * lanes with NaN. */
#include <math.h>
extern int enzyme_width, enzyme_primal_return;
typedef struct { double primal; double d[2]; } Result;
Result __enzyme_fwddiff(void *, ...);

static double g(double a, double b) { return sin(a * b) + a * a * a - 2 * b; }

void fun(const double *x, double *y) { y[0] = g(x[0], x[1]); }

void deriv(const double *x, const double *s, double *out) {
    Result r = __enzyme_fwddiff((void *)g, enzyme_width, 2, enzyme_primal_return,
                                x[0], s[0], s[2], x[1], s[1], s[3]);
    double bad = r.primal == g(x[0], x[1]) ? 0.0 : NAN;
    out[0] = r.d[0] + bad;
    out[1] = r.d[1] + bad;
}
