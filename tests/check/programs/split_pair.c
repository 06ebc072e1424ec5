/* A user's split pairs (__enzyme_augmentfwd, then __enzyme_reverse), checked when the
 * reverse runs against finite differences of the primal on copies of the inputs taken
 * before the forward: a float result seeded with 2 and an active scalar; an output buffer
 * whose seeds are written between the two calls (after the forward overwrote the inputs
 * the reverse must not see); two pairs open at once, their reverses in the order of their
 * forwards, and a pair whose halves are in different functions. */
#include <enzyme.h>
#include <math.h>
#include <stdio.h>

typedef struct { void *tape; double result; } Augmented;
Augmented __enzyme_augmentfwd(void *, ...);
void *__enzyme_augmentfwd_void(void *, ...);
double __enzyme_reverse(void *, ...);
void __enzyme_reverse_void(void *, ...);

double energy(const double *x, double k, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) s += k * sin(x[i]) * x[(i + 1) % n];
    return s;
}

void spread(double *x, double *y, int n) { /* overwrites its input x */
    for (int i = 0; i < n; i++) y[i] = x[i] * x[(i + 1) % n] + cos(x[i]);
    for (int i = 0; i < n; i++) x[i] = 0.5 * x[i];
}

static double u[3] = {0.3, -0.9, 1.2}, du[3], y[3], dy[3]; /* sizes known: globals */

__attribute__((noinline)) void *forward_half(void) {
    return __enzyme_augmentfwd_void((void *)spread, enzyme_dup, u, du, enzyme_dup, y, dy,
                                    enzyme_const, 3);
}

__attribute__((noinline)) void reverse_half(void *tape) {
    __enzyme_reverse_void((void *)spread, enzyme_dup, u, du, enzyme_dup, y, dy, enzyme_const,
                          3, tape);
}

int main(void) {
    double x[3] = {0.5, -1.25, 2.0}, dx[3] = {0}, x2[3] = {1.5, 0.25, -0.75}, dx2[3] = {0};
    Augmented a = __enzyme_augmentfwd((void *)energy, enzyme_dup, x, dx, 1.5, enzyme_const, 3);
    Augmented b = __enzyme_augmentfwd((void *)energy, enzyme_dup, x2, dx2, -0.5, enzyme_const,
                                      3);
    double dka = __enzyme_reverse((void *)energy, enzyme_dup, x, dx, 1.5, enzyme_const, 3, 2.0,
                                  a.tape);
    double dkb = __enzyme_reverse((void *)energy, enzyme_dup, x2, dx2, -0.5, enzyme_const, 3,
                                  1.0, b.tape);
    printf("%.17g %.17g %.17g %.17g\n", a.result, b.result, dka, dkb);
    printf("%.17g %.17g %.17g %.17g %.17g %.17g\n", dx[0], dx[1], dx[2], dx2[0], dx2[1], dx2[2]);

    void *tape = forward_half();
    for (int i = 0; i < 3; i++) dy[i] = 1.0 + i; /* seeds set between the halves */
    reverse_half(tape);
    printf("%.17g %.17g %.17g %.17g %.17g %.17g\n", u[0], u[1], u[2], du[0], du[1], du[2]);
    printf("%.17g %.17g %.17g %.17g %.17g %.17g\n", y[0], y[1], y[2], dy[0], dy[1], dy[2]);
    return 0;
}
