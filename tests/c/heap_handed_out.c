/* gradcheck: n=3 lo=-1.5 hi=1.5 */
/* Blocks the differentiated function allocates and hands back to its caller, through an
 * out-parameter and inside a struct that is itself handed back: the primal blocks outlive
 * the call, and so do their shadows, which the caller reads (zero: nothing can seed them in
 * a gradient that runs whole) and frees as it frees the primal ones. Freed by the reverse
 * sweep, they were dangling pointers in the caller's shadow memory and its frees double
 * frees. One block comes from an allocator function: at -O0 the AD inlines it and the
 * block reaches its store through the phi of the inlined call's result. */
#include <enzyme.h>
#include <math.h>
#include <stdlib.h>

struct series {
    int n;
    double *terms;
};

static double *block(int n) { return malloc(n * sizeof(double)); }

double build(const double *x, double **out, struct series **hist) {
    double *p = block(3);
    struct series *s = malloc(sizeof *s);
    s->n = 3;
    s->terms = malloc(3 * sizeof(double));
    double total = 0.0;
    for (int i = 0; i < 3; i++) {
        p[i] = sin(x[i]) * x[(i + 1) % 3];
        s->terms[i] = p[i] * p[i];
        total += s->terms[i] + exp(0.5 * p[i]);
    }
    *out = p;
    *hist = s;
    return total;
}

double f(const double *x) {
    double *p;
    struct series *s;
    double v = build(x, &p, &s);
    free(p);
    free(s->terms);
    free(s);
    return v;
}

void grad(const double *x, double *g) {
    for (int i = 0; i < 3; i++) g[i] = 0.0;
    double *p = 0, *dp = 0;
    struct series *s = 0, *ds = 0;
    __enzyme_autodiff((void *)build, enzyme_dup, x, g, enzyme_dup, &p, &dp, enzyme_dup, &s,
                      &ds);
    g[0] += dp[0] + dp[1] + dp[2] + ds->terms[0] + ds->terms[1] + ds->terms[2];
    free(p);
    free(dp);
    free(s->terms);
    free(s);
    free(ds->terms);
    free(ds);
}
