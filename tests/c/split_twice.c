/* gradcheck: n=4 lo=-1.5 hi=1.5 */
/* The same function split twice, at two inputs, with both augmented forwards run before
 * either reverse and the reverses in the order of the forwards (not nested): each tape, and
 * the tapes of the calls split inside (`pair_term`, kept out of line), must stay the caller's. */
#include <enzyme.h>
#include <math.h>

typedef struct { void *tape; double result; } Augmented;
typedef struct { double da, db; } Adjoints;
Augmented __enzyme_augmentfwd(void *, ...);
Adjoints __enzyme_reverse(void *, ...);

static __attribute__((noinline)) double pair_term(double a, double b) { return a * cos(b) + b * b * a; }

double cell(double a, double b) {
    double s = 0.0;
    for (int i = 1; i <= 3; i++) s += pair_term(a / i, b + 0.1 * i);
    return s;
}

double f(const double *x) { return cell(x[0], x[1]) * cell(x[2], x[3]); }

void grad(const double *x, double *g) {
    Augmented p = __enzyme_augmentfwd((void *)cell, x[0], x[1]);
    Augmented q = __enzyme_augmentfwd((void *)cell, x[2], x[3]);
    Adjoints dp = __enzyme_reverse((void *)cell, x[0], x[1], q.result, p.tape);
    Adjoints dq = __enzyme_reverse((void *)cell, x[2], x[3], p.result, q.tape);
    g[0] = dp.da; g[1] = dp.db; g[2] = dq.da; g[3] = dq.db;
}
