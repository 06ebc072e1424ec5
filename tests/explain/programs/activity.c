/* explain: -O2 */
/* Arguments of every convention: an active scalar, one with no path to the output, a
 * constant one, an integer and a duplicated pointer; a value that does not depend on an
 * active input and one that does not reach the output. */
#include <enzyme.h>

int enzyme_const, enzyme_out, enzyme_dup;

static double f(double a, double unused, double c, int n, double *p) {
    double scale = c * 2.0;
    double wasted = a * unused;
    p[0] = wasted > 1.0 ? 1.0 : 0.0;
    return a * scale * n + p[1];
}
typedef struct { double da, du; } grads;
grads __enzyme_autodiff_pair(void *, ...);
void df(double a, double u, double c, int n, double *p, double *dp, double *out) {
    grads g = __enzyme_autodiff_pair((void *)f, enzyme_out, a, enzyme_out, u, enzyme_const, c,
                                     n, enzyme_dup, p, dp);
    out[0] = g.da;
    out[1] = g.du;
}
