/* selfcheck: checks=19 */
/* Math derivatives at operands the gradcheck harness cannot draw (tests/c/test_selfcheck.py):
 * - fmin/fmax with a NaN operand return the other operand, which gets the derivative 1
 *   (an ordered x <= y test gave it 0), in either position;
 * - copysign(x, -0.0) is -|x|: the sign bit counts, not y < 0;
 * - forward mode of pow(x, y) with both arguments active along a direction that leaves one
 *   of them still: the still one's term is 0 even where its partial is not finite (d/dy at
 *   a negative base is NaN, d/dx at a zero base with y < 1 infinite), as in reverse mode.
 * - d/dx pow(x, y) at (0, 0): x^0 is 1 for every x, so 0 (y x^(y-1) was 0 * inf, NaN);
 * - cbrt'(0) is +infinity, as sqrt'(0) is (r / 3x was 0/0, NaN);
 * - __builtin_canonicalize (llvm.canonicalize: the same number, derivative 1; refused before).
 * Reverse (autodiff) and forward (fwddiff) each, against closed forms. */
#include <enzyme.h>
#include <math.h>
#include <stdio.h>
#include "selfcheck.h"

static volatile double nan_value, negative_zero = -0.0; /* not folded at compile time */

static double min_nan_second(double x) { return fmin(x, nan_value) * 3.0; }
static double max_nan_first(double x) { return fmax(nan_value, x) * 3.0; }
static double sign_of_negative_zero(double x) { return copysign(x, negative_zero); }
static double power(double x, double y) { return pow(x, y); }
static double canonical(double x) { return __builtin_canonicalize(x * x); }
static double cube_root(double x) { return cbrt(x); }

struct pair {
    double dx, dy;
};
struct pair __enzyme_autodiff_pair(void *, ...); /* an entry point: its name holds one */

int main(void) {
    nan_value = NAN;
    double x = 1.5;
    check("fmin(x, NaN) reverse", __enzyme_autodiff((void *)min_nan_second, x), 3.0);
    check("fmin(x, NaN) forward", __enzyme_fwddiff((void *)min_nan_second, x, 1.0), 3.0);
    check("fmax(NaN, x) reverse", __enzyme_autodiff((void *)max_nan_first, x), 3.0);
    check("fmax(NaN, x) forward", __enzyme_fwddiff((void *)max_nan_first, x, 1.0), 3.0);
    check("copysign(1.5, -0.0) reverse",
          __enzyme_autodiff((void *)sign_of_negative_zero, x), -1.0);
    check("copysign(1.5, -0.0) forward",
          __enzyme_fwddiff((void *)sign_of_negative_zero, x, 1.0), -1.0);
    check("copysign(-1.5, -0.0) reverse",
          __enzyme_autodiff((void *)sign_of_negative_zero, -x), 1.0);
    check("copysign(-1.5, -0.0) forward",
          __enzyme_fwddiff((void *)sign_of_negative_zero, -x, 1.0), 1.0);
    /* pow(-2, 3) along (1, 0): 3 (-2)^2 = 12; along (0, 1) at (0, 0.5): 0^y stays 0 */
    check("pow(-2, 3) forward along x",
          __enzyme_fwddiff((void *)power, -2.0, 1.0, 3.0, 0.0), 12.0);
    check("pow(-2, 3) forward along x, y const",
          __enzyme_fwddiff((void *)power, -2.0, 1.0, enzyme_const, 3.0), 12.0);
    check("pow(0, 0.5) forward along y",
          __enzyme_fwddiff((void *)power, 0.0, 0.0, 0.5, 1.0), 0.0);
    check("pow(-1.5, -3) forward along x",
          __enzyme_fwddiff((void *)power, -1.5, 1.0, -3.0, 0.0), -3.0 * pow(-1.5, -4.0));
    /* reverse mode: d/dx at a negative base with an integer exponent */
    struct pair d = __enzyme_autodiff_pair((void *)power, -2.0, 3.0);
    check("pow(-2, 3) reverse d/dx", d.dx, 12.0);
    d = __enzyme_autodiff_pair((void *)power, 2.0, 3.0);
    check("pow(2, 3) reverse d/dy", d.dy, 8.0 * log(2.0));
    d = __enzyme_autodiff_pair((void *)power, 0.0, 0.0);
    check("pow(0, 0) reverse d/dx", d.dx, 0.0);
    check("pow(0, 0) forward along x",
          __enzyme_fwddiff((void *)power, 0.0, 1.0, enzyme_const, 0.0), 0.0);
    double at0 = __enzyme_autodiff((void *)cube_root, 0.0);
    check("cbrt'(0) is +inf (1 = yes)", isinf(at0) && at0 > 0 ? 1.0 : 0.0, 1.0);
    check("canonicalize(x^2) reverse", __enzyme_autodiff((void *)canonical, x), 2 * x);
    check("canonicalize(x^2) forward", __enzyme_fwddiff((void *)canonical, x, 1.0), 2 * x);
    return failures != 0;
}
