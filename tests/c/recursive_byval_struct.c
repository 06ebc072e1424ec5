/* gradcheck: n=3 lo=-1.5 hi=1.5 */
/* Recursive functions taking structs larger than two doubles by value (x86-64 passes them
 * `byval`, a copy in memory): a 3-vector, and a view holding a pointer into the input with
 * a scale. The recursion keeps the calls, which were refused ("takes an argument by value
 * in memory"); the caller now makes the copy and calls a copy of the callee without byval
 * (enzymec/ad/passes/byval_calls.py), and the callee writes its own copy. */
#include <enzyme.h>
#include <math.h>

typedef struct { double x, y, z; } V3;
typedef struct { const double *p; double scale; int n; } View;

static double spin(V3 v, int k) {
    if (k == 0) return v.x * v.y + sin(v.z);
    v.x = v.x * cos(v.z) - v.y * 0.3;   /* the callee's own copy */
    V3 w = {v.y, v.x, v.z * 0.8 + v.x};
    return spin(w, k - 1) + v.x * 0.1;
}

static double reduce(View v, int i) {
    if (i == v.n) return 0.0;
    double here = v.p[i] * v.scale;
    v.scale *= 1.0 + 0.5 * v.p[i];      /* changes only this level's copy */
    return here * here + reduce(v, i + 1);
}

static double model(const double *x) {
    V3 v = {x[0], x[1], x[2]};
    View view = {x, 1.0 + x[2] * x[2], 3};
    return spin(v, 4) + reduce(view, 0);
}

double f(const double *x) { return model(x); }
void grad(const double *x, double *g) {
    g[0] = g[1] = g[2] = 0.0;
    __enzyme_autodiff((void *)model, enzyme_dup, x, g);
}
