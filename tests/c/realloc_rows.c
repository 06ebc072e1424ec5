/* gradcheck: n=3 lo=-2 hi=2 */
/* A table of rows grown one row at a time: realloc moves an array of pointers to heap
 * rows, so the shadow array must carry the rows' shadow pointers along. */
#include <enzyme.h>
#include <stdlib.h>

static volatile int N = 9;

double table(const double *x, int n) {
    double **rows = NULL;
    for (int i = 0; i < n; i++) {
        rows = realloc(rows, (i + 1) * sizeof *rows);
        rows[i] = malloc(3 * sizeof(double));
        for (int j = 0; j < 3; j++) rows[i][j] = x[j] * (i + 1) - x[(j + i) % 3];
    }
    double s = 0.0;
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < 3; j++) s += rows[i][j] * rows[n - 1 - i][2 - j];
    }
    for (int i = 0; i < n; i++) free(rows[i]);
    free(rows);
    return s;
}

double f(const double *x) { return table(x, N); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 3; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)table, x, g, N);
}
