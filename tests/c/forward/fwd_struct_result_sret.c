/* gradcheck: n=3 lo=-2 hi=2 tangent */
/* A function returning a 24-byte struct, which the C ABI returns through a hidden sret
 * pointer: the fwddiff call declared to return that struct gets the tangent struct (the
 * hidden parameter took the caller's first double: "a double passed where 'g' expects ptr"). */
#include <enzyme.h>
#include <math.h>

typedef struct {
    double a, b, c;
} triple;

triple __enzyme_fwddiff_triple(void *, ...) __asm__("__enzyme_fwddiff");

static triple g(const double *x, int n) {
    triple r = {0.0, 0.0, 0.0};
    for (int i = 0; i < n; i++) {
        r.a += x[i] * x[i];
        r.b += sin(x[i]);
    }
    r.c = r.a * r.b;
    return r;
}

static double loss(triple t) { return t.a - 2.0 * t.b + 0.5 * t.c; }

double f(const double *x) { return loss(g(x, 3)); }

double jvp(const double *x, const double *v) {
    return loss(__enzyme_fwddiff_triple((void *)g, enzyme_dup, x, v, enzyme_const, 3));
}
