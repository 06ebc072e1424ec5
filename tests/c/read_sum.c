/* gradcheck: n=10 lo=-2 hi=2 */
/* The talk's read-sum: total += read() * x[i] over 10 iterations, where read() returns
 * values that carry no derivative (a static counter-driven sequence). */
#include <enzyme.h>

static int counter;

static double read(void) {
    counter++;
    return (double)((counter * 7) % 11) - 5.0;
}

double read_sum(const double *x) {
    double total = 0.0;
    for (int i = 0; i < 10; i++)
        total += read() * x[i];
    return total * total;
}

double f(const double *x) {
    counter = 0;
    return read_sum(x);
}
void grad(const double *x, double *g) {
    for (int i = 0; i < 10; i++) g[i] = 0.0;
    counter = 0;
    __enzyme_autodiff((void *)read_sum, x, g);
}
void analytic(const double *x, double *g) {
    double c[10], total = 0.0;
    for (int i = 0; i < 10; i++) {
        c[i] = (double)(((i + 1) * 7) % 11) - 5.0;
        total += c[i] * x[i];
    }
    for (int i = 0; i < 10; i++) g[i] = 2.0 * total * c[i];
}
