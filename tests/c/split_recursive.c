/* gradcheck: n=2 lo=-1.5 hi=1.5 */
/* A recursive function split by the user: its recursive calls are split inside its own
 * augmented forward and reverse (the same pair the user's calls get, or one for the inner
 * activities), so the user's tape holds the tapes of the whole recursion. */
#include <enzyme.h>
#include <math.h>

typedef struct { void *tape; double result; } Augmented;
typedef struct { double da, db; } Adjoints;
Augmented __enzyme_augmentfwd(void *, ...);
Adjoints __enzyme_reverse(void *, ...);

double series(double a, double b, int k) {
    if (k == 0)
        return b;
    return sin(a + series(a, b * 0.9, k - 1)) + a * b;
}

double f(const double *x) { return series(x[0], x[1], 4); }

void grad(const double *x, double *g) {
    Augmented aug = __enzyme_augmentfwd((void *)series, x[0], x[1], enzyme_const, 4);
    Adjoints d = __enzyme_reverse((void *)series, x[0], x[1], enzyme_const, 4, 1.0, aug.tape);
    g[0] = d.da;
    g[1] = d.db;
}
