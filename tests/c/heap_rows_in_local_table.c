/* gradcheck: n=3 lo=-1.5 hi=1.5 */
/* Rows allocated one by one and kept in a table whose array of row pointers lives in a
 * local struct that stays in memory (its address is taken): each row's block is stored,
 * and freed, through a pointer loaded from that struct. The rows are the gradient's own
 * (freed before it returns); their shadows are its to free (in the CI memcheck set: a
 * block stored through a loaded pointer was taken for one handed to the caller, and its
 * shadow leaked). */
#include <enzyme.h>
#include <math.h>
#include <stdlib.h>

struct table {
    double **rows;
    int n;
};

static void fill(struct table *volatile *keep, struct table *t) { *keep = t; }

static double rows_sum(const double *x, int n) {
    struct table t;
    struct table *volatile seen = 0;
    fill(&seen, &t);  /* t's address escapes: it stays in memory */
    t.n = n;
    t.rows = malloc(n * sizeof *t.rows);
    for (int r = 0; r < n; r++) {
        double *row = malloc((r + 1) * sizeof *row);
        for (int c = 0; c <= r; c++) row[c] = sin(x[(r + c) % n]) * x[r];
        t.rows[r] = row;
    }
    double s = 0.0;
    for (int r = 0; r < t.n; r++)
        for (int c = 0; c <= r; c++) s += t.rows[r][c] * t.rows[r][c];
    for (int r = 0; r < t.n; r++) free(t.rows[r]);
    free(t.rows);
    return s;
}

double f(const double *x) { return rows_sum(x, 3); }

void grad(const double *x, double *g) {
    for (int i = 0; i < 3; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)rows_sum, enzyme_dup, x, g, enzyme_const, 3);
}
