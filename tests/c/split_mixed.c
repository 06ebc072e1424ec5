/* gradcheck: n=4 lo=-2 hi=2 */
/* Mixed activities in one split call: an active scalar (enzyme_out, its adjoint returned), a
 * constant pointer, an integer and a dupnoneed output; the same function is also
 * differentiated by __enzyme_autodiff in this file, a separate gradient, and the two must
 * agree (the loss adds both ways' halves). */
#include <enzyme.h>
#include <math.h>

extern int enzyme_dupnoneed;
void *__enzyme_augmentfwd(void *, ...);
double __enzyme_reverse(void *, ...);

static const double weights[3] = {0.5, -1.0, 2.0};

void layer(double s, const double *x, const double *w, int n, double *out) {
    for (int i = 0; i < n; i++)
        out[i] = tanh(s * x[i] * w[i]) + s * s;
}

double loss(const double *x) {
    double out[3];
    layer(x[3], x, weights, 3, out);
    return out[0] + 2.0 * out[1] - out[2];
}

double f(const double *x) { return loss(x); }

void grad(const double *x, double *g) {
    double xs[3] = {x[0], x[1], x[2]}, out[3], dout[3] = {0.0, 0.0, 0.0};
    void *tape = __enzyme_augmentfwd((void *)layer, x[3], enzyme_const, xs, enzyme_const,
                                     weights, 3, enzyme_dupnoneed, out, dout);
    dout[0] = 1.0; dout[1] = 2.0; dout[2] = -1.0;
    xs[0] = xs[1] = xs[2] = 0.0; /* overwritten: the reverse must use its tape */
    g[3] = __enzyme_reverse((void *)layer, x[3], enzyme_const, xs, enzyme_const, weights, 3,
                            enzyme_dupnoneed, out, dout, tape);
    double d[4] = {0.0, 0.0, 0.0, 0.0};
    __enzyme_autodiff((void *)loss, enzyme_dup, x, d);
    for (int i = 0; i < 3; i++) g[i] = d[i];
    g[3] = 0.5 * (g[3] + d[3]);
}
