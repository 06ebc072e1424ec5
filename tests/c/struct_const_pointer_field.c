/* gradcheck: n=2 lo=-1.5 hi=1.5 */
/* A struct on the stack holding active doubles beside a pointer passed as enzyme_const
 * (a parameter block: `par p = {a, b, coef}; model(&p, t)`). At -O0 the struct stays in
 * memory once the AD inlines model(), and a pointer loaded from memory holding active data
 * was taken for one with a shadow: the coefficients were read and accumulated through a
 * null shadow (a crash, reverse and forward). Every store to that field is of the constant
 * pointer, so the load has no shadow either (enzymec/analysis/local_fields.py). */
#include <enzyme.h>
#include <math.h>

struct par {
    double a;
    const double *coef;
    double b;
    int n;
};

static const double COEF[4] = {0.5, -1.25, 2.0, 0.75};

static double model(const struct par *p, double t) {
    double s = 0.0, power = 1.0;
    for (int i = 0; i < p->n; i++) {
        s += p->coef[i] * power;
        power *= t;
    }
    return exp(-p->a * t * t) * s + p->b * sin(t);
}

static double fit(const double *coef, double a, double b) {
    struct par p = {a, coef, b, 4};
    return model(&p, 0.4) + model(&p, 1.1);
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
