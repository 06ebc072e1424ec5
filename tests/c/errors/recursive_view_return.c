/* expect-error: holding a pointer */
/* A recursive function returning a struct that holds a pointer into differentiated memory
 * would need a shadow of that struct from its augmented forward, which enzymec does not
 * build: it must say so at the call instead of losing the derivative. */
#include <enzyme.h>

typedef struct { double *data; int n; } view;

/* the larger of the two halves' largest elements, as a one-element view (not a tail call) */
view largest(view v) {
    if (v.n == 1) return v;
    view left = {v.data, v.n / 2}, right = {v.data + v.n / 2, v.n - v.n / 2};
    view a = largest(left), b = largest(right);
    return a.data[0] > b.data[0] ? a : b;
}

double last2(double *x, int n) {
    view v = {x, n};
    view t = largest(v); /* ERROR */
    return t.data[0] * t.data[0];
}

void dlast2(double *x, double *dx) { __builtin_autodiff(last2, x, dx, 5); }
