/* gradcheck: n=3 lo=-2 hi=2 */
/* A memcpy into a buffer a struct points to (`memcpy(s->v, x, ...)`), then the buffer used
 * through the field again (`s->v[i]`, each a fresh load of the field): type analysis takes
 * pointers loaded from one address as the same pointer, so the copy's type is that of the
 * later accesses (it was refused: "cannot deduce the type of the memory copied here (found
 * nothing)"). */
#include <enzyme.h>
#include <math.h>
#include <string.h>

typedef struct { double *v; int n; } state;

static double relax(const double *x, state *s) {
    memcpy(s->v, x, sizeof(double) * s->n);
    double e = 0.0;
    for (int i = 0; i < s->n; i++) {
        s->v[i] = s->v[i] * s->v[i] + sin(s->v[(i + 1) % s->n]);
        e += s->v[i] * (1.0 + 0.1 * i);
    }
    return e;
}

double f(const double *x) {
    double buf[3];
    state s = {buf, 3};
    return relax(x, &s);
}
void grad(const double *x, double *g) {
    double buf[3], dbuf[3] = {0, 0, 0};
    state s = {buf, 3}, ds = {dbuf, 3};
    for (int i = 0; i < 3; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)relax, enzyme_dup, x, g, enzyme_dup, &s, &ds);
}
