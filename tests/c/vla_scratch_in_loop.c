/* gradcheck: n=2 lo=0.3 hi=1.6 */
/* A variable-length array in a loop (its scope ends each iteration: llvm.stackrestore) that
 * holds only data without a derivative: weights from a constant table, read back in a
 * product with active values. The reverse needs each iteration's weights after the array
 * is gone: taped or recomputed, never read from the released stack. (Arrays of active
 * values there: tests/c/vla_active_in_loop.c.) */
#include <enzyme.h>

static const double table[5] = {0.3, 1.7, -0.4, 2.2, 0.9};

static double weighted(double x, double y, int n) {
    double s = 0.0;
    for (int k = 1; k <= n; k++) {
        double w[k];
        for (int i = 0; i < k; i++) w[i] = table[(i * k) % 5] * table[k % 5];
        double p = 0.0;
        for (int i = 0; i < k; i++) p += w[k - 1 - i] * x * y * w[i] + w[i] * y;
        s += p;
    }
    return s;
}

double f(const double *x) { return weighted(x[0], x[1], 5); }
typedef struct { double dx, dy; } pair;
pair __enzyme_autodiff_pair(void *, ...); /* an entry point: its name holds __enzyme_autodiff */

void grad(const double *x, double *g) {
    pair d = __enzyme_autodiff_pair((void *)weighted, x[0], x[1], enzyme_const, 5);
    g[0] = d.dx;
    g[1] = d.dy;
}
