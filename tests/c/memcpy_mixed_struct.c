/* gradcheck: n=3 lo=-2 hi=2 */
/* memcpy of structs mixing int, double and pointer fields: a whole array of records copied
 * into malloc'd memory (a variable byte count), one record copied into a local, and a
 * memmove shifting records inside the array. The doubles' adjoints move back field by
 * field; the pointers' shadows are copied beside them. */
#include <enzyme.h>
#include <stdlib.h>
#include <string.h>

typedef struct { int n; double w; const double *data; double s; } record;

static volatile int M = 4;

double records(const double *x, int m) {
    record *a = malloc(m * sizeof(record)), *b = malloc(m * sizeof(record));
    for (int j = 0; j < m; j++) {
        a[j].n = 1 + j % 3;
        a[j].w = x[j % 3] * (j + 1);
        a[j].data = x + (j % 2);
        a[j].s = x[(j + 1) % 3] * x[j % 3];
    }
    memcpy(b, a, m * sizeof(record));
    record one;
    memcpy(&one, &b[1], sizeof(record));
    memmove(&b[1], &b[0], (m - 1) * sizeof(record));
    double s = one.w * one.s;
    for (int j = 0; j < m; j++) {
        s += b[j].w * b[j].w + b[j].s;
        for (int i = 0; i < b[j].n; i++) s += b[j].data[i] * b[j].w;
    }
    free(a); free(b);
    return s;
}

double f(const double *x) { return records(x, M); }
void grad(const double *x, double *g) {
    g[0] = g[1] = g[2] = 0.0;
    __enzyme_autodiff((void *)records, x, g, M);
}
