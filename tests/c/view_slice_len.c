/* gradcheck: n=5 lo=-2 hi=2 */
/* Minimal form of struct_ptr_len.c: a {double *data; int n;} view passed by value to a
 * helper whose length argument is loaded from the view (v->n - 2). enzymec returns a zero
 * gradient (silently wrong); with a constant length (3) the gradient is right. */
#include <enzyme.h>

typedef struct { double *data; int n; } view;
static view slice(view v, int from, int len) { view r = {v.data + from, len}; return r; }
static double norm2(view v) {
    double s = 0.0;
    for (int i = 0; i < v.n; i++) s += v.data[i] * v.data[i];
    return s;
}

double loss(view *v) {
    view t = slice(*v, 2, v->n - 2);
    return norm2(t);
}

double f(const double *x) {
    double d[5] = {x[0], x[1], x[2], x[3], x[4]};
    view v = {d, 5};
    return loss(&v);
}
void grad(const double *x, double *g) {
    double d[5] = {x[0], x[1], x[2], x[3], x[4]};
    for (int i = 0; i < 5; i++) g[i] = 0.0;
    view v = {d, 5}, dv = {g, 5};
    __enzyme_autodiff((void *)loss, enzyme_dup, &v, &dv);
}
void analytic(const double *x, double *g) {
    g[0] = g[1] = 0.0;
    for (int i = 2; i < 5; i++) g[i] = 2 * x[i];
}
