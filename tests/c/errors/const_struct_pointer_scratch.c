/* expect-error: pointer loaded from memory without a derivative */
/* A workspace struct passed as enzyme_const holds a pointer to scratch memory; active data
 * stored through it is read back, so its derivative would be lost (it was dropped: the two
 * loads of wk->buf, one per loop, counted as two objects, and dx lacked the term through
 * buf). Passing the pointer itself as enzyme_const was already refused. */
#include <enzyme.h>

typedef struct {
    double *buf;
    int n;
} Work;

static double f(const double *x, Work *wk) {
    for (int i = 0; i < wk->n; i++)
        wk->buf[i] = x[i] * x[i]; /* ERROR */
    double s = 0;
    for (int i = 0; i < wk->n; i++)
        s += wk->buf[i] * x[i];
    return s;
}

void grad(const double *x, double *dx, Work *wk) {
    __enzyme_autodiff((void *)f, enzyme_dup, x, dx, enzyme_const, wk);
}
