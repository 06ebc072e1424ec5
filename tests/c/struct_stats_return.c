/* gradcheck: n=6 lo=-2 hi=2 */
/* Functions returning small structs built field by field ({mean, var} and {lo, hi} with
 * selects): the loss var + 3 mean^2 + (hi - lo) of an active sample. */
#include <enzyme.h>

typedef struct { double mean, var; } moments;
typedef struct { double lo, hi; } range;

__attribute__((noinline)) static moments stats(const double *v, int n) {
    moments m = {0.0, 0.0};
    for (int i = 0; i < n; i++) m.mean += v[i];
    m.mean /= n;
    for (int i = 0; i < n; i++) m.var += (v[i] - m.mean) * (v[i] - m.mean);
    m.var /= n;
    return m;
}
__attribute__((noinline)) static range extent(const double *v, int n) {
    range r = {v[0], v[0]};
    for (int i = 1; i < n; i++) {
        r.lo = v[i] < r.lo ? v[i] : r.lo;
        r.hi = v[i] > r.hi ? v[i] : r.hi;
    }
    return r;
}

double summary(const double *v, int n) {
    moments m = stats(v, n);
    range r = extent(v, n);
    return m.var + 3 * m.mean * m.mean + (r.hi - r.lo);
}

double f(const double *x) { return summary(x, 6); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 6; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)summary, enzyme_dup, x, g, enzyme_const, 6);
}
void analytic(const double *x, double *g) {
    const int n = 6;
    double mean = 0.0;
    int lo = 0, hi = 0;
    for (int i = 0; i < n; i++) {
        mean += x[i] / n;
        if (x[i] < x[lo]) lo = i;
        if (x[i] > x[hi]) hi = i;
    }
    for (int i = 0; i < n; i++) g[i] = 2 * (x[i] - mean) / n + 6 * mean / n;
    g[hi] += 1.0;
    g[lo] -= 1.0;
}
