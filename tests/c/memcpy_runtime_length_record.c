/* gradcheck: n=3 lo=-2 hi=2 */
/* memcpy of a run-time length (strlen + 1, or a size the optimizer cannot fold) into and
 * out of malloc'd records of a constant size that mix a name, a double and a long, as a
 * hash node holding a string key and a mapped value. The record's size bounds each copy;
 * which fields a copy moved is decided at run time: the name copy stops short of the
 * double (its adjoint must stay), the whole-record copy moves it (its adjoint must follow
 * back). Copying the name into the record in a helper the split variant does not inline
 * (whose own stores type the record) is the std::unordered_map<std::string, double> case. */
#include <enzyme.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct { char name[16]; double value; long hash; } node;

static const char *const NAMES[] = {"a", "fifteen letters", "mid-length"};
static volatile int WHICH = 1;

__attribute__((noinline)) static node *make(const char *name, double value) {
    node *n = malloc(sizeof *n);
    memcpy(n->name, name, strlen(name) + 1); /* at most 16 bytes: never the value */
    n->value = value;
    n->hash = (long)strlen(name) * 31;
    return n;
}

static double table(const double *x, const char *name) {
    node *a = make(name, x[0] * x[1]);
    a->value += sin(x[2]);           /* written after the name copy: the copy must not clear it */
    node *b = malloc(sizeof *b);
    size_t bytes = sizeof *a - strlen(a->name) / 128; /* 32 at run time, no branch */
    memcpy(b, a, bytes);
    memcpy(a->name, "zz", 3);         /* a short copy over a's name, its value untouched */
    double s = b->value * b->value + a->value * x[2] + (double)b->hash * 1e-3;
    free(a);
    free(b);
    return s;
}

double f(const double *x) { return table(x, NAMES[WHICH]); }
void grad(const double *x, double *g) {
    g[0] = g[1] = g[2] = 0.0;
    __enzyme_autodiff((void *)table, enzyme_dup, x, g, enzyme_const, NAMES[WHICH]);
}
void analytic(const double *x, double *g) {
    double v = x[0] * x[1] + sin(x[2]);
    double dv[3] = {x[1], x[0], cos(x[2])};
    for (int i = 0; i < 3; i++) g[i] = (2 * v + x[2]) * dv[i];
    g[2] += v;
}
