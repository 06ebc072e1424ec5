/* gradcheck: n=5 lo=-1.5 hi=1.5 */
/* A global energy accumulator (and an inactive global call counter) written by a helper
 * called in loops, then read back by the differentiated code to form the loss. */
#include <enzyme.h>

double energy_acc;
int energy_calls;
static const double K[5] = {1.0, 2.0, 0.5, 1.5, 3.0};

__attribute__((noinline)) static void add_energy(double e) {
    energy_acc += e;
    energy_calls++;
}

double total_energy(const double *x, int n) {
    energy_acc = 0.0;
    energy_calls = 0;
    for (int i = 0; i < n; i++) add_energy(0.5 * K[i] * x[i] * x[i]);
    for (int i = 0; i + 1 < n; i++) add_energy(0.3 * x[i] * x[i + 1]);
    return energy_acc + 0.1 * energy_acc * energy_acc / energy_calls;
}

double f(const double *x) { return total_energy(x, 5); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 5; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)total_energy, enzyme_dup, x, g, enzyme_const, 5);
}
void analytic(const double *x, double *g) {
    double e = 0.0;
    for (int i = 0; i < 5; i++) e += 0.5 * K[i] * x[i] * x[i];
    for (int i = 0; i + 1 < 5; i++) e += 0.3 * x[i] * x[i + 1];
    double outer = 1.0 + 0.2 * e / 9.0; /* 9 calls */
    for (int i = 0; i < 5; i++) {
        double de = K[i] * x[i] + (i > 0 ? 0.3 * x[i - 1] : 0.0) + (i < 4 ? 0.3 * x[i + 1] : 0.0);
        g[i] = outer * de;
    }
}
