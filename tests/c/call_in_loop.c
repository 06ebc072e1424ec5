/* gradcheck: n=6 lo=-1 hi=1 */
/* Helper functions called inside a loop: a chain of masses on springs, one out-of-line call
 * per link (spring energy) and one per mass (quartic anchor potential). */
#include <enzyme.h>

#define N 6
static const double K[N - 1] = {1.0, 2.0, 0.5, 1.5, 3.0};

__attribute__((noinline)) double link_energy(double a, double b, double k) {
    double d = b - a - 1.0; /* rest length 1 */
    return 0.5 * k * d * d;
}
double anchor(double y) { return 0.1 * y * y * y * y; }

double chain(const double *u) {
    double e = 0.0;
    for (int i = 0; i + 1 < N; i++) {
        e += link_energy(i + u[i], i + 1 + u[i + 1], K[i]);
        e += anchor(u[i]);
    }
    return e + anchor(u[N - 1]);
}

double f(const double *x) { return chain(x); }
void grad(const double *x, double *g) {
    for (int i = 0; i < N; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)chain, enzyme_dup, x, g);
}
void analytic(const double *x, double *g) {
    for (int i = 0; i < N; i++) g[i] = 0.4 * x[i] * x[i] * x[i];
    for (int i = 0; i + 1 < N; i++) {
        double d = x[i + 1] - x[i];
        g[i] -= K[i] * d;
        g[i + 1] += K[i] * d;
    }
}
