/* gradcheck: n=1 lo=-1.5 hi=1.5 */
/* A stack array holds active values: filled in one loop, combined in another. */
#include <enzyme.h>
#include <math.h>

double stack(double x) {
    double t[8];
    t[0] = x;
    for (int i = 1; i < 8; i++)
        t[i] = sin(t[i - 1]) + x * 0.5;
    double s = 0.0;
    for (int i = 0; i < 8; i++)
        s += t[i] * t[7 - i];
    return s;
}

double f(const double *x) { return stack(x[0]); }
void grad(const double *x, double *g) { g[0] = __builtin_autodiff(stack, x[0]); }
void analytic(const double *x, double *g) {
    double t[8], d[8];
    t[0] = x[0]; d[0] = 1.0;
    for (int i = 1; i < 8; i++) {
        t[i] = sin(t[i - 1]) + x[0] * 0.5;
        d[i] = cos(t[i - 1]) * d[i - 1] + 0.5;
    }
    double s = 0.0;
    for (int i = 0; i < 8; i++) s += d[i] * t[7 - i] + t[i] * d[7 - i];
    g[0] = s;
}
