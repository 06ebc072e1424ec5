/* gradcheck: n=4 lo=-2 hi=2 */
/* qsort of records mixing an int and doubles ({int id; double v, w;}, 24 bytes): the
 * runtime's merge sort, inlined with the constant record size, copies whole records at
 * `base + j * size` with lengths `(mid - i) * size`; type analysis takes the byte offsets
 * in steps of the record size as a stride (it merged the int and the doubles into one
 * conflict: "cannot deduce the layout of the memory copied here"), and a copy of an
 * unknown number of records takes the record size from the arrays' own facts. */
#include <enzyme.h>
#include <math.h>
#include <stdlib.h>

typedef struct { int id; double v, w; } rec;

static int by_v(const void *a, const void *b) {
    double d = ((const rec *)a)->v - ((const rec *)b)->v;
    return (d > 0) - (d < 0);
}

static double ranked(const double *x) {
    rec r[4];
    for (int i = 0; i < 4; i++) {
        r[i].id = i;
        r[i].v = x[i] * x[i] + 0.1 * i;
        r[i].w = sin(x[i]);
    }
    qsort(r, 4, sizeof(rec), by_v);
    double s = 0.0;
    for (int i = 0; i < 4; i++) s += (i + 1) * r[i].v * r[i].w + r[i].id * r[i].w;
    return s;
}

double f(const double *x) { return ranked(x); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 4; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)ranked, enzyme_dup, x, g);
}
