/* gradcheck: n=2 lo=-2 hi=2 */
/* Split mode on scalars: __enzyme_augmentfwd returns {tape, result}, the caller scales the
 * result's adjoint by a factor it computes from the primal result in between, and
 * __enzyme_reverse takes the arguments, that adjoint and the tape, and returns the adjoints of
 * both active arguments as a struct. The loss is sq(h(a, b)), so the adjoint is 2 h. */
#include <enzyme.h>
#include <math.h>

typedef struct { void *tape; double result; } Augmented;
typedef struct { double da, db; } Adjoints;
Augmented __enzyme_augmentfwd(void *, ...);
Adjoints __enzyme_reverse(void *, ...);

double h(double a, double b) { return sin(a) * b + exp(0.5 * a * b); }

double f(const double *x) {
    double v = h(x[0], x[1]);
    return v * v;
}

void grad(const double *x, double *g) {
    Augmented aug = __enzyme_augmentfwd((void *)h, x[0], x[1]);
    double seed = 2.0 * aug.result;
    Adjoints d = __enzyme_reverse((void *)h, x[0], x[1], seed, aug.tape);
    g[0] = d.da;
    g[1] = d.db;
}

void analytic(const double *x, double *g) {
    double a = x[0], b = x[1], e = exp(0.5 * a * b), v = sin(a) * b + e;
    g[0] = 2.0 * v * (cos(a) * b + 0.5 * b * e);
    g[1] = 2.0 * v * (sin(a) + 0.5 * a * e);
}
