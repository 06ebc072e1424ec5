/* gradcheck: n=2 lo=-2 hi=2 */
/* Enzyme's `enzyme_inactive` on a global: `level` holds a quantized copy of x[1] (a step
 * function, true derivative 0, though its code differentiates to 1). Its data carries no
 * derivative; ignoring the attribute would let d/dx1 flow through it (x0^2 more). */
#include <enzyme.h>

double level __attribute__((enzyme_inactive));
static volatile double magic = 6755399441055744.0; /* volatile: no folding of (v+M)-M */

__attribute__((noinline)) void quantize(double v) { level = (v + magic) - magic; }

double h(double x0, double x1) {
    quantize(x1);
    return x0 * x0 * level + x1 * x1 * x0;
}

double f(const double *x) { return h(x[0], x[1]); }
typedef struct { double d0, d1; } pair;
pair __enzyme_autodiff_pair(void *, ...);
void grad(const double *x, double *g) {
    pair d = __enzyme_autodiff_pair((void *)h, x[0], x[1]);
    g[0] = d.d0;
    g[1] = d.d1;
}
void analytic(const double *x, double *g) {
    quantize(x[1]);
    g[0] = 2 * x[0] * level + x[1] * x[1];
    g[1] = 2 * x[1] * x[0];
}
