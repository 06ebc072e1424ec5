/* gradcheck: n=3 lo=-1.5 hi=1.5 */
/* A linked list built by a recursive append that starts from NULL (`list = append(NULL,
 * x[0])`), then summed. The first call passes the null pointer, which has no shadow: taken
 * as constant, the callee's derivative refused the store of the new node into `t->next`
 * (where a non-null t points, further down the recursion) at -O0 ("an active value is
 * stored into memory of an argument passed as constant"). A null argument is passed as
 * dup, its shadow null too. */
#include <enzyme.h>
#include <math.h>
#include <stdlib.h>

typedef struct node {
    double val;
    struct node *next;
} node;

static node *append(node *t, double v) {
    if (!t) {
        t = malloc(sizeof *t);
        t->val = v;
        t->next = NULL;
        return t;
    }
    t->next = append(t->next, v);
    return t;
}

static double total(const double *x) {
    node *list = append(NULL, x[0]);
    for (int i = 1; i < 3; i++) list = append(list, sin(x[i]) * x[i - 1]);
    double s = 0.0, w = 1.0;
    for (node *p = list; p; p = p->next, w += 1.0) s += w * p->val * p->val;
    while (list) {
        node *next = list->next;
        free(list);
        list = next;
    }
    return s;
}

double f(const double *x) { return total(x); }

void grad(const double *x, double *g) {
    for (int i = 0; i < 3; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)total, enzyme_dup, x, g);
}
