/* gradcheck: n=2 lo=-2 hi=2 */
/* __enzyme_virtualreverse(f) is the shadow of the function pointer f: a table of f's
 * augmented forward and reverse with the activities Enzyme gives an unknown callee (a
 * double is active, a pointer duplicated). The gradient calls the halves from the table,
 * as code holding only the shadow of a function pointer would, with its own work between
 * them (the seed depends on the primal result). */
#include <enzyme.h>
#include <math.h>

typedef struct { void *tape; double result; } Augmented;
typedef Augmented (*augmented_fn)(double x, const double *w, double *dw);
typedef double (*reverse_fn)(double x, const double *w, double *dw, double seed, void *tape);
void *__enzyme_virtualreverse(void *);

static double weighted(double x, const double *w) {
    double s = w[0] * sin(x);
    for (int i = 0; i < 3; i++)
        s = s * x + w[1];
    return s;
}

double f(const double *x) {
    double w[2] = {x[1], 0.5 * x[1] * x[1]};
    double v = weighted(x[0], w);
    return v * v;
}

void grad(const double *x, double *g) {
    void **table = __enzyme_virtualreverse((void *)weighted);
    double w[2] = {x[1], 0.5 * x[1] * x[1]}, dw[2] = {0, 0};
    Augmented a = ((augmented_fn)table[0])(x[0], w, dw);
    double dx = ((reverse_fn)table[1])(x[0], w, dw, 2 * a.result, a.tape);
    g[0] = dx;
    g[1] = dw[0] + dw[1] * x[1];
}
