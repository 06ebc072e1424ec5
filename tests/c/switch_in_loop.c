/* gradcheck: n=1 lo=-1 hi=1 */
/* A switch on the loop counter inside a loop: a different update each iteration. */
#include <enzyme.h>
#include <math.h>

double cycle(double x) {
    double y = x;
    for (int i = 0; i < 9; i++) {
        switch (i % 3) {
        case 0: y = y * 1.1 + x; break;
        case 1: y = sin(y); break;
        default: y = y * y * 0.5;
        }
    }
    return y;
}

double f(const double *x) { return cycle(x[0]); }
void grad(const double *x, double *g) { g[0] = __builtin_autodiff(cycle, x[0]); }
void analytic(const double *x, double *g) {
    double y = x[0], d = 1.0;
    for (int i = 0; i < 9; i++) {
        switch (i % 3) {
        case 0: d = d * 1.1 + 1.0; y = y * 1.1 + x[0]; break;
        case 1: d = d * cos(y); y = sin(y); break;
        default: d = d * y; y = y * y * 0.5;
        }
    }
    g[0] = d;
}
