/* gradcheck: n=11 lo=-2 hi=2
 * point: 1.5, -1, 0.5, 1.25, -0.75, 0.25, -1.5, 0.75, -0.25, 1.0, -1.25
 * point: 0.5, -1, -0.5, 0.25, 0.75, 1.25, -0.75, 1.75, -0.25, 1.0, 0.0
 * point: -1.5, -1, -0.5, 0.25, 0.75, 1.25, -1.25, 0.5, -0.25, 1.0, 1.5
 * point: 0.5, -1, 1.5, 0.25, 0.75, 1.25, -1.75, 0.5, -0.25, 1.0, 0.0
 */
/* Running maxima in the shapes other front ends hand enzymec: a loop unrolled by 4 by hand
 * as rustc and flang unroll theirs (a chain of four selects per iteration, a counter stepping
 * by 4, elements addressed through a pointer bumped each iteration, `p[1]`...: geps on a
 * gep) with a remainder loop, a 1-based loop reading `q[-1]` (flang's `x(i)`), and `fmax`
 * (llvm.maxnum, Rust's `fold(f64::NEG_INFINITY, f64::max)`; enzymec/ad/reverse/maxnum_select.py). enzymec
 * tapes neither loop's comparisons: it keeps the address of the element last taken and
 * reloads it after the loop (enzymec/ad/reverse/select_chain.py). The points: the maximum at the
 * first element (no select ever taken), in the unrolled body's last step, in the remainder,
 * in the body's third step; the minimum at x[6] (twice), at x[1] and at the first element. */
#include <enzyme.h>
#include <math.h>

double chains(const double *x, long n) {
    double hi = x[0];
    long i = 0;
    for (; i + 4 <= n; i += 4) {
        const double *p = x + i;
        hi = p[0] > hi ? p[0] : hi;
        hi = p[1] > hi ? p[1] : hi;
        hi = p[2] > hi ? p[2] : hi;
        hi = p[3] > hi ? p[3] : hi;
    }
    for (; i < n; i++)
        hi = x[i] > hi ? x[i] : hi;
    double lo = x[0];
    for (long k = 1; k <= n; k++) {
        const double *q = x + k;
        lo = q[-1] < lo ? q[-1] : lo;
    }
    double top = -INFINITY;  /* llvm.maxnum: rewritten to the select form first */
    for (long k = 0; k < n; k++)
        top = fmax(top, x[k]);
    return hi * x[2] + lo * lo - 0.5 * hi * lo + 0.3 * top * top;
}

double f(const double *x) { return chains(x, 11); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 11; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)chains, enzyme_dup, x, g, enzyme_const, 11L);
}
void analytic(const double *x, double *g) {
    int ih = 0, il = 0;
    for (int i = 1; i < 11; i++) {
        if (x[i] > x[ih]) ih = i;
        if (x[i] < x[il]) il = i;
    }
    double hi = x[ih], lo = x[il];
    for (int i = 0; i < 11; i++) g[i] = 0.0;
    g[2] += hi;
    g[ih] += x[2] - 0.5 * lo;
    g[il] += 2.0 * lo - 0.5 * hi;
    g[ih] += 0.6 * hi;
}
