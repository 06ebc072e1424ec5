/* gradcheck: n=37 lo=-2 hi=2 */
/* Loop tapes of every kind (enzymec/ad/tape/tape_arena.py) in one gradient: a recursion whose
 * leaves run a loop over sin and cos of the same elements (the forward computes each pair
 * once; two tapes per leaf on the record stack, released in reverse order of their
 * reservation, between the records of the recursive calls); a nested loop whose inner trip
 * count is a constant (its last counter is not taped); a loop whose trip count is unknown
 * before it (a kept tape, grown as it runs). The tree runs over 12,000 values made from the
 * inputs, so that its records and tapes fill several chunks of the record stack (a tape
 * released out of order there would free a chunk still in use). */
#include <enzyme.h>
#include <math.h>

static double leaf(const double *x, int n) {
    double s = 0;
    for (int i = 0; i < n; i++)
        s += sin(x[i]) * x[i] + 0.25 * cos(x[i]) * s;
    return s;
}

static double tree(const double *x, int n) {
    if (n <= 5)
        return leaf(x, n);
    int h = n / 2;
    double a = tree(x, h), b = tree(x + h, n - h);
    return sqrt(a * a + b * b + 1.0);
}

enum { SPREAD = 12000 };

double program(const double *x) {
    static double y[SPREAD];
    for (int i = 0; i < SPREAD; i++)
        y[i] = x[i % 37] * (1.0 + 1e-4 * i);
    double t = 1e-3 * tree(y, SPREAD);
    double u = 0;
    for (int k = 0; k < 3; k++)
        for (int j = 0; j < 4; j++)
            u += x[k * 4 + j] * cos(u);
    double v = 1;
    int m = 0;
    while (v < 50) {  /* each factor is at least 1.4: at most 12 steps */
        v = v * (1.5 + 0.1 * sin(x[m]));
        m++;
    }
    return t + u + 0.01 * v;
}

double f(const double *x) { return program(x); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 37; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)program, x, g);
}
