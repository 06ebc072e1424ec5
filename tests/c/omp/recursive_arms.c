/* a recursive helper of scalars in a parallel loop whose arms keep different values for
 * the reverse (none; a loop's values, trip count n; exp and the callee's result; the square
 * root and both halves): its heap records lay the arms' fields over each other
 * (enzymec/ad/split/record_union.py) */
#define N 12
#include "omp_check.h"

static double walk(double x, int n) {
    if (n <= 0)
        return 0.5;
    if (n <= 2) {
        double s = x;
        for (int i = 0; i < n + 1; i++)
            s = sin(s) * x + 0.1 * s;
        return s;
    }
    if (n % 3 == 0)
        return exp(0.3 * x) * walk(0.9 * x, n - 1);
    double a = walk(x, n / 2), b = walk(0.5 * x + 0.1, n / 2 - 1);
    return sqrt(a * a + b * b + 1.0);
}

static double value(double *x) {
    double s = 0;
#pragma omp parallel for reduction(+ : s) schedule(dynamic)
    for (int i = 0; i < N; i++) s += walk(x[i], i % 7);
    return s;
}
static double f(double *x) { return value(x); }
void __enzyme_autodiff(void *, ...);
static void grad(double *x, double *dx) { __enzyme_autodiff((void *)value, x, dx); }
