/* gradcheck: n=7 lo=-2 hi=2 */
/* qsort of active values inside the differentiated function: an array of doubles sorted by
 * value, and an array of structs sorted by a key computed from the data; the permutation
 * depends on the point, the gradient follows each value to its sorted place. */
#include <enzyme.h>
#include <math.h>
#include <stdlib.h>

typedef struct { double key, weight; } item;

static int by_value(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}
static int by_key_descending(const void *a, const void *b) {
    double x = ((const item *)a)->key, y = ((const item *)b)->key;
    return (x < y) - (x > y);
}

static double ranked(const double *x, int n) {
    double v[7];
    item it[7];
    for (int i = 0; i < n; i++) {
        v[i] = sin(x[i]) + 0.5 * x[i];
        it[i].key = x[i] * x[i];
        it[i].weight = x[i];
    }
    qsort(v, n, sizeof(double), by_value);
    qsort(it, n, sizeof(item), by_key_descending);
    double s = 0.0;
    for (int i = 0; i < n; i++) s += (i + 1) * v[i] + (i + 1) * it[i].weight * it[i].key;
    return s;
}

double f(const double *x) { return ranked(x, 7); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 7; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)ranked, enzyme_dup, x, g, enzyme_const, 7);
}
void analytic(const double *x, double *g) {
    for (int i = 0; i < 7; i++) {
        double ti = sin(x[i]) + 0.5 * x[i];
        int up = 0, down = 0;  /* places in ascending v order, descending key order */
        for (int j = 0; j < 7; j++) {
            if (sin(x[j]) + 0.5 * x[j] < ti) up++;
            if (x[j] * x[j] > x[i] * x[i]) down++;
        }
        g[i] = (up + 1) * (cos(x[i]) + 0.5) + (down + 1) * 3 * x[i] * x[i];
    }
}
