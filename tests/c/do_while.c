/* gradcheck: n=1 lo=0.5 hi=4 */
/* do-while: the body runs at least once; the exit test uses the active value. */
#include <enzyme.h>
#include <math.h>

double halve(double x) {
    double y = x * x;
    double acc = 0.0;
    do {
        acc += sqrt(y);
        y = y * 0.5;
    } while (y > 0.3);
    return acc;
}

double f(const double *x) { return halve(x[0]); }
void grad(const double *x, double *g) { g[0] = __builtin_autodiff(halve, x[0]); }
void analytic(const double *x, double *g) {
    /* acc = sum_k |x| * 0.5^(k/2) over the iterations taken */
    double y = x[0] * x[0], d = 0.0, s = 1.0;
    do {
        d += s;
        y *= 0.5;
        s *= sqrt(0.5);
    } while (y > 0.3);
    g[0] = d * (x[0] < 0 ? -1.0 : 1.0);
}
