/* gradcheck: n=4 lo=-2 hi=2 */
/* enzyme_not_overwritten in split mode: the caller promises that x and w are not written
 * between __enzyme_augmentfwd and __enzyme_reverse, so the reverse reads them again instead
 * of taping each load: the tape must shrink (checked with __enzyme_augmentsize, else the
 * program aborts). smooth_in_place writes its own argument: the promise covers the caller's
 * code only, so what it overwrites stays taped and its gradient stays right. */
#include <enzyme.h>
#include <math.h>
#include <stdlib.h>

extern int enzyme_not_overwritten, enzyme_dup, enzyme_const, enzyme_allocated, enzyme_tape;
typedef struct { void *tape; double result; } aug_t;
aug_t __enzyme_augmentfwd(void *, ...);
void __enzyme_reverse(void *, ...);
int __enzyme_augmentsize(void *, ...);

#define N 4

static double weighted_sines(const double *x, const double *w) {
    double s = 0.0;
    for (int i = 0; i < N; i++) s += x[i] * x[(i + 1) % N] * w[i] + w[(i + 2) % N] * x[i];
    return s;
}

static double smooth_in_place(double *x) {
    for (int i = 0; i < N; i++) x[i] = x[i] * x[(i + 1) % N] + 0.25 * x[i];
    return x[0] * x[1] + x[2] * x[3];
}

static const double W[N] = {0.5, -1.25, 2.0, 0.75};

double f(const double *x) {
    double y[N] = {x[0], x[1], x[2], x[3]};
    return weighted_sines(x, W) + smooth_in_place(y);
}

void grad(const double *x, double *g) {
    int promised = __enzyme_augmentsize((void *)weighted_sines, enzyme_not_overwritten,
                                        enzyme_dup, enzyme_not_overwritten, enzyme_const);
    int plain = __enzyme_augmentsize((void *)weighted_sines, enzyme_dup, enzyme_const);
    if (!(promised < plain)) abort();
    double xs[N] = {x[0], x[1], x[2], x[3]}, w[N] = {W[0], W[1], W[2], W[3]};
    for (int i = 0; i < N; i++) g[i] = 0.0;
    aug_t a = __enzyme_augmentfwd((void *)weighted_sines, enzyme_not_overwritten, enzyme_dup,
                                  xs, g, enzyme_not_overwritten, enzyme_const, w);
    __enzyme_reverse((void *)weighted_sines, enzyme_not_overwritten, enzyme_dup, xs, g,
                     enzyme_not_overwritten, enzyme_const, w, 1.0, a.tape);
    double y[N] = {x[0], x[1], x[2], x[3]}, dy[N] = {0};
    aug_t b = __enzyme_augmentfwd((void *)smooth_in_place, enzyme_not_overwritten, enzyme_dup,
                                  y, dy);
    __enzyme_reverse((void *)smooth_in_place, enzyme_not_overwritten, enzyme_dup, y, dy, 1.0,
                     b.tape);
    for (int i = 0; i < N; i++) g[i] += dy[i];
}
