/* selfcheck: checks=13 */
/* A static workspace the differentiated code allocates and keeps (its shadow is kept from
 * call to call, enzymec/ad/memory/global_pointers.py), used by reverse and forward calls in
 * turn. Each call's derivative is with respect to that call's inputs only: what an earlier
 * call left in the kept shadow (a forward call's tangents, adjoints a reverse call never
 * consumed) must not count. The forward call's tangents were read as adjoints by the next
 * reverse call (sum x^3 gave 3x^2 + 2 x v), and a cache filled by the first call gave later
 * forward calls its stale tangent.
 *   scratch: rewritten every call, s = sum (x_i^2) x_i: d/dx_i = 3 x_i^2 in every call;
 *   cache:   filled from x by the first call only, s = sum cache_i x_i: 3 x_i^2 in the first
 *            call, then cache_i = (first x_i)^2, a constant, in the later ones. */
#include <enzyme.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static double *work;
static int cap;

static double scratch(const double *x, int n) {
    if (n > cap) {
        free(work);
        work = malloc(n * sizeof(double));
        cap = n;
    }
    for (int i = 0; i < n; i++)
        work[i] = x[i] * x[i];
    double s = 0;
    for (int i = 0; i < n; i++)
        s += work[i] * x[i];
    return s;
}

static double *cache;

static double cached(const double *x, int n) {
    if (!cache) {
        cache = malloc(n * sizeof(double));
        for (int i = 0; i < n; i++)
            cache[i] = x[i] * x[i];
    }
    double s = 0;
    for (int i = 0; i < n; i++)
        s += cache[i] * x[i];
    return s;
}

static int failures;

static void check(const char *what, int round, double got, double want) {
    int ok = fabs(got - want) <= 1e-12 * fmax(1.0, fabs(want));
    printf("%s %s round %d: %.17g (want %.17g)\n", ok ? "ok" : "MISMATCH", what, round, got,
           want);
    failures += !ok;
}

int main(void) {
    double x[2] = {0.5, -0.7}, v[2] = {2.0, 0.0};
    for (int round = 0; round < 2; round++) {
        double dx[2] = {0, 0};
        __enzyme_autodiff((void *)scratch, enzyme_dup, x, dx, enzyme_const, 2);
        check("scratch reverse d/dx0", round, dx[0], 3 * x[0] * x[0]);
        check("scratch reverse d/dx1", round, dx[1], 3 * x[1] * x[1]);
        check("scratch forward", round,
              __enzyme_fwddiff((void *)scratch, enzyme_dup, x, v, enzyme_const, 2),
              2 * 3 * x[0] * x[0]);
    }
    /* the cache: a forward call fills it, then forward and reverse calls read it */
    check("cache forward (fills it)", 0,
          __enzyme_fwddiff((void *)cached, enzyme_dup, x, v, enzyme_const, 2),
          2 * 3 * x[0] * x[0]);
    for (int round = 1; round < 3; round++) {
        check("cache forward", round,
              __enzyme_fwddiff((void *)cached, enzyme_dup, x, v, enzyme_const, 2),
              2 * x[0] * x[0]);
        double dx[2] = {0, 0};
        __enzyme_autodiff((void *)cached, enzyme_dup, x, dx, enzyme_const, 2);
        check("cache reverse d/dx0", round, dx[0], x[0] * x[0]);
        check("cache reverse d/dx1", round, dx[1], x[1] * x[1]);
    }
    return failures != 0;
}
