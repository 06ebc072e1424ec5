/* selfcheck: checks=16 */
/* cpow(z, w) at z = 0, which the gradcheck harness never draws (tests/c/test_selfcheck.py).
 * z^w is 0 there for Re w > 0, so its derivative in w is 0; its derivative in z, w z^(w-1),
 * is 0 for Re w > 1 and 1 for w = 1. The rule's w r / z and r log z were 0/0 and 0 * inf
 * there: NaN (complexfns._cpow_vjp). One point away from 0 checks the usual formula.
 * Reverse (autodiff) and forward (fwddiff) each, against closed forms. */
#include <complex.h>
#include <enzyme.h>
#include <math.h>
#include <stdio.h>
#include "selfcheck.h"

static double re_pow(double x, double y, double a, double b) {
    return creal(cpow(__builtin_complex(x, y), __builtin_complex(a, b)));
}
static double im_pow(double x, double y, double a, double b) {
    return cimag(cpow(__builtin_complex(x, y), __builtin_complex(a, b)));
}

struct grad4 {
    double dx, dy, da, db;
};
struct grad4 __enzyme_autodiff_grad4(void *, ...); /* an entry point: its name holds one */

int main(void) {
    /* z = 0, w = 2: Re z^2 has gradient 0 in x, y, a and b */
    struct grad4 g = __enzyme_autodiff_grad4((void *)re_pow, 0.0, 0.0, 2.0, 0.0);
    check("d Re 0^2 / dx reverse", g.dx, 0.0);
    check("d Re 0^2 / dy reverse", g.dy, 0.0);
    check("d Re 0^2 / da reverse", g.da, 0.0);
    check("d Re 0^2 / db reverse", g.db, 0.0);
    check("d Re 0^2 along (1, 1, 1, 1) forward",
          __enzyme_fwddiff((void *)re_pow, 0.0, 1.0, 0.0, 1.0, 2.0, 1.0, 0.0, 1.0), 0.0);
    /* z = 0, w = 1: z^1 = z, the identity: d Re / dx = 1, d Im / dy = 1, d Re / dy = 0 */
    g = __enzyme_autodiff_grad4((void *)re_pow, 0.0, 0.0, 1.0, 0.0);
    check("d Re 0^1 / dx reverse", g.dx, 1.0);
    check("d Re 0^1 / dy reverse", g.dy, 0.0);
    g = __enzyme_autodiff_grad4((void *)im_pow, 0.0, 0.0, 1.0, 0.0);
    check("d Im 0^1 / dy reverse", g.dy, 1.0);
    check("d Im 0^1 along y forward",
          __enzyme_fwddiff((void *)im_pow, 0.0, 0.0, 0.0, 1.0, 1.0, 0.0, 0.0, 0.0), 1.0);
    check("d Re 0^1 along x forward",
          __enzyme_fwddiff((void *)re_pow, 0.0, 1.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0), 1.0);
    /* z = 0, w = 2.5 + 0.5i: not an integer power, still flat at 0 */
    g = __enzyme_autodiff_grad4((void *)im_pow, 0.0, 0.0, 2.5, 0.5);
    check("d Im 0^(2.5+0.5i) / dx reverse", g.dx, 0.0);
    check("d Im 0^(2.5+0.5i) / db reverse", g.db, 0.0);
    check("d Re 0^(2.5+0.5i) along (1, 1, 1, 1) forward",
          __enzyme_fwddiff((void *)re_pow, 0.0, 1.0, 0.0, 1.0, 2.5, 1.0, 0.5, 1.0), 0.0);
    /* z = 1 + i, w = 2: z^2 = 2i, d/dz = 2z = 2 + 2i: d Re / dx = 2, d Re / dy = -2,
     * d Re / da = Re(z^2 log z) = -2 arg z = -pi/2 */
    g = __enzyme_autodiff_grad4((void *)re_pow, 1.0, 1.0, 2.0, 0.0);
    check("d Re (1+i)^2 / dx reverse", g.dx, 2.0);
    check("d Re (1+i)^2 / dy reverse", g.dy, -2.0);
    check("d Re (1+i)^2 / da reverse", g.da, -M_PI / 2);
    return failures != 0;
}
