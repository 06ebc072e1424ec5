/* gradcheck: n=4 lo=-2 hi=2 */
/* A memset zeroing one double slot (which LLVM turns into `store i64 0`) followed by an
 * overlapping memmove of the doubles: a zero integer says nothing of what the memory holds
 * (Enzyme takes a zero constant for any type), where it made the slot's type a conflict
 * ("cannot deduce the type of the memory copied here"). */
#include <enzyme.h>
#include <string.h>

static double shifted(const double *x, int n) {
    double v[n + 1];
    for (int i = 0; i < n; i++)
        v[i] = x[i] * x[i];
    memset(v + n, 0, sizeof(double));
    memmove(v + 1, v, n * sizeof(double));
    double s = 0.0;
    for (int i = 0; i <= n; i++)
        s += v[i] * (i + 1);
    return s;
}

double f(const double *x) { return shifted(x, 4); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 4; i++)
        g[i] = 0.0;
    __enzyme_autodiff((void *)shifted, enzyme_dup, x, g, enzyme_const, 4);
}
