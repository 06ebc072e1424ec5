/* gradcheck: n=3 lo=-2 hi=2 */
/* enzyme_allocated: the tape lives in the caller's memory (a fixed 256-byte buffer, checked
 * against __enzyme_augmentsize, the tape's size as a compile-time constant), passed to both
 * halves through enzyme_tape. The loop's trip count depends on the input, so what it caches
 * cannot fit a fixed size: the fixed part holds a pointer to a heap tape (Enzyme's way). */
#include <enzyme.h>
#include <math.h>
#include <stdlib.h>

extern int enzyme_allocated, enzyme_tape;
void __enzyme_augmentfwd(void *, ...);
void __enzyme_reverse(void *, ...);
int __enzyme_augmentsize(void *, ...);

#define TAPE 256

void orbit(double *x, double *out) {
    double r = x[0], v = x[1];
    int steps = 3 + (int)(2.0 * (x[2] + 2.0)); /* 3 .. 11 iterations */
    for (int i = 0; i < steps; i++) {
        double a = -sin(r) * (1.0 + 0.1 * x[2]);
        v += 0.1 * a;
        r += 0.1 * v;
    }
    out[0] = r * r + v;
}

double f(const double *x) {
    double xs[3] = {x[0], x[1], x[2]}, out[1];
    orbit(xs, out);
    return out[0];
}

void grad(const double *x, double *g) {
    _Alignas(16) char tape[TAPE];
    double xs[3] = {x[0], x[1], x[2]}, out[1], dout[1] = {0.0};
    if (__enzyme_augmentsize((void *)orbit, enzyme_dup, enzyme_dup) > TAPE) abort();
    for (int i = 0; i < 3; i++) g[i] = 0.0;
    __enzyme_augmentfwd((void *)orbit, enzyme_dup, xs, g, enzyme_dup, out, dout,
                        enzyme_allocated, TAPE, enzyme_tape, tape);
    dout[0] = 1.0;
    __enzyme_reverse((void *)orbit, enzyme_dup, xs, g, enzyme_dup, out, dout,
                     enzyme_allocated, TAPE, enzyme_tape, tape);
}
