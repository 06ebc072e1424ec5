#include "stats.h"
#include <stdlib.h>

double mean(const double *x, size_t n) { double s = 0; for (size_t i = 0; i < n; i++) s += x[i]; return s / (double)n; }

double variance(const double *x, size_t n) {
    double m = mean(x, n), s = 0;
    for (size_t i = 0; i < n; i++) s += (x[i] - m) * (x[i] - m);
    return s / (double)(n - 1);
}

static int cmp(const void *a, const void *b) { double x = *(const double *)a, y = *(const double *)b; return (x > y) - (x < y); }
void sort_doubles(double *x, size_t n) { qsort(x, n, sizeof *x, cmp); }
