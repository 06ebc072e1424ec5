/* gradcheck: n=6 lo=-2 hi=2 */
/* Loop tapes indexed by the loop's own counter when the loop is entered once per call
 * (enzymec/ad/reverse/loop_entries.py), and by a tape index over all entries when it is entered
 * again: a loop inside another one (a for loop, or a loop of gotos), each entry's
 * iterations taping values of their own (sin and cos of a value that changes with the
 * round); a loop in one arm of a branch (entered once or not at all). (Irreducible control
 * flow, which loop_entries.py also guards against, crashes enzymec's gradients before
 * this change too: not tested here.) */
#include <enzyme.h>
#include <math.h>

static double again(const double *x, int n) {
    double s = 0.5;
    int round = 0;
top:                                     /* a loop of gotos around the for loop */
    for (int i = 0; i < n; i++)
        s += sin(x[i] + 0.3 * round) * cos(s);
    s = s * 0.5 + x[1] * sin(s);
    if (++round < 3)
        goto top;
    if (x[0] > 0)                        /* entered once, or not at all */
        for (int i = 0; i < n; i++)
            s = s * 0.8 + cos(x[i] * s);
    return s;
}

static double nested(const double *x, int n) {
    double t = 0;
    for (int r = 0; r < 2; r++)          /* the inner loop is entered twice */
        for (int i = 0; i < n; i++)
            t += exp(0.2 * x[i] * (r + 1)) * sin(t);
    return t;
}

static double once(const double *x, int n) {
    double u = 0;
    for (int i = 0; i < n; i++)          /* entered once: indexed by its counter */
        u = u * 0.9 + sin(x[i]) * x[(i + 1) % n];
    return u;
}

double program(const double *x) { return again(x, 6) + nested(x, 6) + once(x, 6); }

double f(const double *x) { return program(x); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 6; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)program, x, g);
}
