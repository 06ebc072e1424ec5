/* gradcheck: n=3 lo=-1.5 hi=1.5 */
/* A split function that calls others: a helper kept out of line and a recursive power, which
 * are split in turn inside it (their tapes nest in the user's tape). */
#include <enzyme.h>
#include <math.h>

typedef struct { void *tape; double result; } Augmented;
Augmented __enzyme_augmentfwd(void *, ...);
void __enzyme_reverse(void *, ...);

__attribute__((noinline)) double bump(double t) { return t / (1.0 + t * t); }

double power(double base, int k) { return k == 0 ? 1.0 : base * power(base, k - 1); }

double energy(const double *x, int k) {
    double e = 0.0;
    for (int i = 0; i < 3; i++) e += bump(x[i]) * power(x[(i + 1) % 3], k);
    return e;
}

double f(const double *x) { return energy(x, 3); }

void grad(const double *x, double *g) {
    for (int i = 0; i < 3; i++) g[i] = 0.0;
    Augmented aug = __enzyme_augmentfwd((void *)energy, enzyme_dup, x, g, enzyme_const, 3);
    __enzyme_reverse((void *)energy, enzyme_dup, x, g, enzyme_const, 3, 1.0, aug.tape);
}

void analytic(const double *x, double *g) {
    for (int i = 0; i < 3; i++) g[i] = 0.0;
    for (int i = 0; i < 3; i++) {
        double t = x[i], d = 1.0 + t * t, u = x[(i + 1) % 3];
        g[i] += (1.0 - t * t) / (d * d) * u * u * u;
        g[(i + 1) % 3] += t / d * 3.0 * u * u;
    }
}
