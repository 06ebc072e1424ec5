/* gradcheck: n=2 lo=-2 hi=2 */
/* A split function with three returns on branches of its inputs: the tape records which
 * return the augmented forward took, and the reverse starts there. The tape is passed through
 * memory (enzyme_tape without enzyme_allocated: a void * slot), and the reverse's result
 * adjoint is left out, so it is 1 (Enzyme's default). */
#include <enzyme.h>
#include <math.h>

extern int enzyme_tape;
double __enzyme_augmentfwd(void *, ...);
typedef struct { double da, db; } Adjoints;
Adjoints __enzyme_reverse(void *, ...);

double piece(double a, double b) {
    if (a > 0.5)
        return a * a * b;
    if (b < -0.3)
        return exp(a) - b * b;
    return sin(a * b) + a;
}

double f(const double *x) { return piece(x[0], x[1]); }

void grad(const double *x, double *g) {
    void *slot;
    double value = __enzyme_augmentfwd((void *)piece, x[0], x[1], enzyme_tape, &slot);
    (void)value;
    Adjoints d = __enzyme_reverse((void *)piece, x[0], x[1], enzyme_tape, &slot);
    g[0] = d.da;
    g[1] = d.db;
}

void analytic(const double *x, double *g) {
    double a = x[0], b = x[1];
    if (a > 0.5) { g[0] = 2 * a * b; g[1] = a * a; }
    else if (b < -0.3) { g[0] = exp(a); g[1] = -2 * b; }
    else { g[0] = cos(a * b) * b + 1; g[1] = cos(a * b) * a; }
}
