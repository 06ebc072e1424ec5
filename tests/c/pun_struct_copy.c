/* gradcheck: n=4 lo=-2 hi=2 */
/* Struct copies that clang lowers to 64-bit integer loads and stores: a one-double struct
 * swapped inside a malloc'd array, and a struct holding a pointer copied by assignment (the
 * pointer's shadow must move with it). */
#include <enzyme.h>
#include <stdlib.h>

typedef struct { double v; } boxed;
typedef struct { double *at; } handle;

static void swap_boxed(boxed *a, boxed *b) { boxed t = *a; *a = *b; *b = t; }

double structs(const double *x) {
    boxed *bs = malloc(4 * sizeof(boxed));
    for (int i = 0; i < 4; i++) bs[i].v = x[i] * (i + 1);
    swap_boxed(&bs[0], &bs[3]);
    swap_boxed(&bs[1], &bs[2]);
    handle h = {&bs[1].v}, k;
    k = h;
    *k.at *= x[0];
    double s = 0.0;
    for (int i = 0; i < 4; i++) s += bs[i].v * (i + 2);
    free(bs);
    return s;
}

double f(const double *x) { return structs(x); }
void grad(const double *x, double *g) {
    g[0] = g[1] = g[2] = g[3] = 0.0;
    __enzyme_autodiff((void *)structs, x, g);
}
