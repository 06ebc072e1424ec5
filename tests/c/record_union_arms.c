/* gradcheck: n=9 lo=-1.5 hi=1.5 */
/* Records whose arms share bytes (enzymec/ad/split/record_union.py): a recursion whose arms keep
 * different values, and different numbers of them, for the reverse sweep. One arm keeps
 * nothing (a constant); two arms run loops whose tapes live on the record stack, with a trip
 * count that changes from call to call (1 to 4), so their tape headers lie over each other
 * and over the scalar caches of the other arms; one arm keeps two values (exp(x0) and the
 * callee's result); the internal arm keeps four (the square root, both halves and a loop's
 * sum computed after its recursive calls, so its loop tape header and its caches are on one
 * path and must not share bytes). */
#include <enzyme.h>
#include <math.h>

static double wave(const double *x, int n) {
    double s = 0;
    for (int i = 0; i < n; i++)
        s += sin(x[i]) * x[i];
    return s;
}

static double bump(const double *x, int n) {
    double p = 1;
    for (int i = 0; i < n; i++)
        p *= 1 + 0.1 * exp(0.3 * x[i]);
    return p;
}

static double walk(const double *x, int n, int k) {
    if (n <= 0)
        return 0.5;
    if (n <= 2)
        return wave(x, n);
    if (n <= 4 && (k & 1))
        return bump(x, n);
    if (n <= 4)
        return exp(0.5 * x[0]) * walk(x + 1, n - 2, k + 1);
    int h = n / 2;
    double a = walk(x, h, k + 1), b = walk(x + h, n - h, k + 2);
    double c = wave(x, 3);
    return sqrt(a * a + b * b + 1.0) + cos(c) * a;
}

double program(const double *x) {
    return walk(x, 9, 0) + walk(x + 2, 7, 1) * walk(x + 5, 4, 0) + walk(x + 8, 0, 0);
}

double f(const double *x) { return program(x); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 9; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)program, enzyme_dup, x, g);
}
