/* gradcheck: n=2 lo=-2 hi=2 */
/* A void function writing its outputs through a dup pointer, seeded by the caller's shadow. */
#include <enzyme.h>
#include <math.h>

void polar(const double *in, double *out) {
    double r = in[0], t = in[1];
    out[0] = r * cos(t);
    out[1] = r * sin(t);
    out[2] = r * r;
}

static const double w[3] = {1.5, -0.5, 0.25};

double f(const double *x) {
    double out[3];
    polar(x, out);
    return w[0] * out[0] + w[1] * out[1] + w[2] * out[2];
}
void grad(const double *x, double *g) {
    double out[3], dout[3] = {w[0], w[1], w[2]};
    g[0] = g[1] = 0.0;
    __enzyme_autodiff((void *)polar, x, g, out, dout);
}
void analytic(const double *x, double *g) {
    double r = x[0], t = x[1];
    g[0] = w[0] * cos(t) + w[1] * sin(t) + 2.0 * w[2] * r;
    g[1] = -w[0] * r * sin(t) + w[1] * r * cos(t);
}
