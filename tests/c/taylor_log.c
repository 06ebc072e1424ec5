/* gradcheck: n=1 lo=-0.6 hi=0.6 */
/* The talk's taylor_log: -log(1-x) as a truncated series sum x^i / i. */
#include <enzyme.h>

#define N 40

double taylor_log(double x) {
    double sum = 0.0, xi = x;
    for (int i = 1; i <= N; i++) {
        sum += xi / i;
        xi *= x;
    }
    return sum;
}

double f(const double *x) { return taylor_log(x[0]); }
void grad(const double *x, double *g) { g[0] = __builtin_autodiff(taylor_log, x[0]); }
/* d/dx sum_{i=1..N} x^i/i = sum_{i=0..N-1} x^i = (1 - x^N) / (1 - x), about 1/(1-x) */
void analytic(const double *x, double *g) {
    double xn = 1.0;
    for (int i = 0; i < N; i++)
        xn *= x[0];
    g[0] = (1.0 - xn) / (1.0 - x[0]);
}
