/* gradcheck: n=2 lo=0.2 hi=1.5 */
/* GSL's pattern: a parameter struct holding active doubles beside an enzyme_const pointer,
 * reached through a second struct (`gsl_function {function, &params}`) that an integrator
 * calls through a function pointer. At -O0 the AD inlines the integrator and the callback,
 * both structs stay in memory, and the coefficients were read and accumulated through a
 * null shadow (a crash): the pointer loaded through the second struct may point only into
 * the constant argument (pointer origins), so it has no shadow
 * (enzymec/analysis/activity.py, _reads_no_shadow). */
#include <enzyme.h>
#include <math.h>

typedef struct {
    double (*function)(double x, void *params);
    void *params;
} callback;

typedef struct {
    double a;
    const double *coef;
    double b;
    int n;
} params;

static const double COEF[3] = {0.5, -1.0, 2.0};

static double integrand(double x, void *p) {
    params *q = p;
    double s = 0.0, power = 1.0;
    for (int i = 0; i < q->n; i++) {
        s += q->coef[i] * power;
        power *= x;
    }
    return exp(-q->a * x * x) * s + q->b * sin(x);
}

static double simpson(const callback *F, double lo, double hi, int n) {
    double h = (hi - lo) / n;
    double s = F->function(lo, F->params) + F->function(hi, F->params);
    for (int i = 1; i < n; i++) s += (i % 2 ? 4.0 : 2.0) * F->function(lo + i * h, F->params);
    return s * h / 3.0;
}

static double fit(const double *coef, double a, double b) {
    params p = {a, coef, b, 3};
    callback F = {integrand, &p};
    return simpson(&F, 0.0, 1.5, 20);
}

double f(const double *x) { return fit(COEF, x[0], x[1]); }

typedef struct {
    double da, db;
} pair;
pair __enzyme_autodiff_pair(void *, ...) __asm__("__enzyme_autodiff");

void grad(const double *x, double *g) {
    pair d = __enzyme_autodiff_pair((void *)fit, enzyme_const, COEF, x[0], x[1]);
    g[0] = d.da;
    g[1] = d.db;
}
