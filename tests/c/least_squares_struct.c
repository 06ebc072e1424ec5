/* gradcheck: n=3 lo=-1 hi=1 */
/* A nonlinear least-squares loss with its parameters in a struct (amplitude, decay rate,
 * offset of y = a exp(-k t) + c) passed by pointer with a shadow struct, data inactive. */
#include <enzyme.h>
#include <math.h>

typedef struct { double amp, rate, offset; } model;
typedef struct { const double *t, *y; int n; } dataset;

static const double TS[7] = {0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0};
static const double YS[7] = {3.1, 2.2, 1.7, 1.3, 1.1, 0.9, 0.8};

static double predict(const model *m, double t) { return m->amp * exp(-m->rate * t) + m->offset; }

double sse(const model *m, const dataset *d) {
    double s = 0.0;
    for (int i = 0; i < d->n; i++) {
        double r = predict(m, d->t[i]) - d->y[i];
        s += r * r;
    }
    return 0.5 * s;
}

static model make(const double *x) {
    model m = {2.5 + x[0], 0.8 + 0.3 * x[1], 0.7 + x[2]};
    return m;
}

double f(const double *x) {
    model m = make(x);
    dataset d = {TS, YS, 7};
    return sse(&m, &d);
}
void grad(const double *x, double *g) {
    model m = make(x), dm = {0.0, 0.0, 0.0};
    dataset d = {TS, YS, 7};
    __enzyme_autodiff((void *)sse, enzyme_dup, &m, &dm, enzyme_const, &d);
    g[0] = dm.amp;
    g[1] = 0.3 * dm.rate;
    g[2] = dm.offset;
}
void analytic(const double *x, double *g) {
    model m = make(x);
    g[0] = g[1] = g[2] = 0.0;
    for (int i = 0; i < 7; i++) {
        double e = exp(-m.rate * TS[i]), r = m.amp * e + m.offset - YS[i];
        g[0] += r * e;
        g[1] += r * m.amp * e * -TS[i] * 0.3;
        g[2] += r;
    }
}
