/* gradcheck: n=20 lo=-2 hi=2 */
/* A split call's reverse finds its record on top of the record stack (enzymec/ad/calls/
 * record_top.py): no child record pointers in the caller's record. Every order in which
 * records and stacked loop tapes are pushed is exercised: a recursion whose arms need
 * different values (an arm with two calls and a loop after them, an arm with one call inside
 * a loop and a stacked tape around it, a leaf with a loop before its only value), a call in
 * a loop that runs a data-dependent number of times, a callee that needs no record (its
 * reverse must not take someone else's), and a callee called from both arms of a branch.
 * The recursion runs over 3,000 values so its records fill several chunks of the stack. */
#include <enzyme.h>
#include <math.h>

#ifdef __clang__ /* LLVM's sin intrinsic, as -fno-math-errno makes of libm's (chains) */
#define SIN(v) __builtin_elementwise_sin(v)
#else /* gcc (the branch coverage build) */
#define SIN(v) sin(v)
#endif

static double plain(double v) { return 3.0 * v; }  /* linear: its pair needs no record */

static double rec(const double *x, int n, int depth) {
    if (n <= 6) {                      /* leaf: a loop, then one value */
        double s = 0;
        for (int i = 0; i < n; i++)
            s += SIN(x[i]) * x[i];
        return plain(s) + 0.1 * exp(0.01 * s);
    }
    if (depth % 2 == 0) {              /* two calls, then a loop over what they return */
        int h = n / 2;
        double a = rec(x, h, depth + 1), b = rec(x + h, n - h, depth + 1);
        double t = 0;
        for (int k = 0; k < 3; k++)
            t += sqrt(a * a + b * b + 1.0 + k);
        return 0.25 * t;
    }
    double s = 1.0;                    /* calls inside a loop: thirds, a stacked tape */
    int third = n / 3;
    for (int k = 0; k < 3; k++) {
        int m = k < 2 ? third : n - 2 * third;
        double v = rec(x + k * third, m, depth + 1);
        s = s * 0.5 + v * cos(0.01 * v);
    }
    return s;
}

/* a data-dependent number of calls of one callee, from two arms */
static double wander(const double *x, int n) {
    double acc = 0;
    int steps = 0;
    while (acc < 4.0) {  /* each step adds at least 0.56 (rec is positive here): 5 to 8 */
        double r = plain(x[steps % n]) * x[steps % n];
        acc += x[steps % n] > 0 ? 0.8 + 0.01 * rec(x, 7, 1) : 0.8 + 0.02 * r;
        steps++;
    }
    return acc + 0.1 * steps * x[1];
}

enum { SPREAD = 3000 };

double program(const double *x) {
    static double y[SPREAD];
    for (int i = 0; i < SPREAD; i++)
        y[i] = x[i % 20] * (1.0 + 1e-4 * i);
    return 1e-3 * rec(y, SPREAD, 0) + rec(x, 20, 0) + wander(x, 20);
}

double f(const double *x) { return program(x); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 20; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)program, x, g);
}
