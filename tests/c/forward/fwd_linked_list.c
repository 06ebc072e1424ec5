/* gradcheck: n=3 lo=-2 hi=2 tangent */
#include <math.h>
#include <stdlib.h>
#include <string.h>

double __enzyme_fwddiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_dupnoneed, enzyme_primal_return, enzyme_const_return;
struct node { double v; struct node *next; };

static double g(double a0, double a1, double a2) {
    struct node n3 = {a2, 0}, n2 = {a1, &n3}, n1 = {a0, &n2};
    double s = 0, w = 1;
    for (struct node *p = &n1; p; p = p->next) { s += w * p->v * p->v; w += 1; }
    return s;
}

double f(const double *x) { return g(x[0], x[1], x[2]); }

double jvp(const double *x, const double *v) {
    return __enzyme_fwddiff((void *)g, x[0], v[0], x[1], v[1], x[2], v[2]);
}
