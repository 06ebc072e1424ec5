/* gradcheck: n=2 lo=-1 hi=1 */
/* Loop-carried values that swap roles every iteration (phis of phis): a Fibonacci-like
 * recurrence a, b = b, a + 0.5 b. */
#include <enzyme.h>

typedef struct { double a, b; } pair;
pair __enzyme_autodiff_pair(void *, ...);

double fib(double a, double b) {
    for (int i = 0; i < 10; i++) {
        double t = b;
        b = a + 0.5 * b * a;
        a = t;
    }
    return a + b;
}

double f(const double *x) { return fib(x[0], x[1]); }
void grad(const double *x, double *g) {
    pair d = __enzyme_autodiff_pair((void *)fib, x[0], x[1]);
    g[0] = d.a;
    g[1] = d.b;
}
