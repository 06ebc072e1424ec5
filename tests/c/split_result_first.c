/* gradcheck: n=2 lo=-2 hi=2 */
/* Split mode with the augmented forward's struct declared result first,
 * { double result; void *tape; } (as Enzyme's virtualshadow test declares it): each field
 * gets the piece of its type, so the result the caller scales the seed by is the primal
 * and the tape handed to the reverse half is the tape (the loop's products are on it). */
#include <enzyme.h>
#include <math.h>

typedef struct { double result; void *tape; } ResultThenTape;
ResultThenTape __enzyme_augmentfwd(void *, ...);
typedef struct { double da, db; } Adjoints;
Adjoints __enzyme_reverse(void *, ...);

static double h(double a, double b) {
    double p = 1, s = 0;
    for (int i = 0; i < 3; i++) {
        p *= a + 0.25 * b;
        s += sin(p);
    }
    return s * b;
}

double f(const double *x) {
    double v = h(x[0], x[1]);
    return v * v * v;
}

void grad(const double *x, double *g) {
    ResultThenTape aug = __enzyme_augmentfwd((void *)h, x[0], x[1]);
    double seed = 3.0 * aug.result * aug.result;
    Adjoints d = __enzyme_reverse((void *)h, x[0], x[1], seed, aug.tape);
    g[0] = d.da;
    g[1] = d.db;
}
