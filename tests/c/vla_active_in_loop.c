/* gradcheck: n=2 lo=0.3 hi=1.4 */
/* Variable-length arrays of active values whose scope ends every iteration (clang's
 * llvm.stackrestore), one also left by an early return: the gradient's copy keeps them on
 * the heap (ad/passes/scoped_arrays.py), so each iteration's derivative memory outlives
 * the scope until the reverse pass has read it. On the stack the next iteration's arrays
 * reused the bytes: a wrong gradient. */
#include <enzyme.h>

static double scoped(double x, double y, int n) {
    double s = 0.0;
    for (int k = 1; k <= n; k++) {
        double t[k];
        for (int i = 0; i < k; i++) t[i] = x * (i + 1) + y * i * i;
        double p = 0.0;
        for (int i = 0; i < k; i++) p += t[i] * t[k - 1 - i];
        s += p;
        if (s > 500.0) return s * t[0];
    }
    return s;
}

double f(const double *x) { return scoped(x[0], x[1], 6); }

typedef struct { double dx, dy; } pair;
pair __enzyme_autodiff_pair(void *, ...); /* an entry point: its name holds __enzyme_autodiff */

void grad(const double *x, double *g) {
    pair d = __enzyme_autodiff_pair((void *)scoped, x[0], x[1], enzyme_const, 6);
    g[0] = d.dx;
    g[1] = d.dy;
}
