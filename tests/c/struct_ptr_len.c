/* gradcheck: n=5 lo=-2 hi=2 */
/* A struct holding `double *data; int n;` (a vector view): views passed by value, sliced and
 * returned by value by helpers; the top-level view and its shadow view are dup pointers.
 * The loss = h t + x0^2 + x1^2 + h^2 (x2^2 + x3^2 + x4^2), the tail being scaled by h in place. */
#include <enzyme.h>

typedef struct { double *data; int n; } view;

__attribute__((noinline)) static view slice(view v, int from, int len) {
    view r = {v.data + from, len};
    return r;
}
__attribute__((noinline)) static double norm2(view v) {
    double s = 0.0;
    for (int i = 0; i < v.n; i++) s += v.data[i] * v.data[i];
    return s;
}
static double sum(const view *v) {
    double s = 0.0;
    for (int i = 0; i < v->n; i++) s += v->data[i];
    return s;
}
static void scale(view v, double k) {
    for (int i = 0; i < v.n; i++) v.data[i] *= k;
}

double view_loss(view *v) {
    view head = slice(*v, 0, 2), tail = slice(*v, 2, v->n - 2);
    double h = norm2(head);
    scale(tail, h);
    return sum(&tail) + norm2(*v);
}

double f(const double *x) {
    double d[5] = {x[0], x[1], x[2], x[3], x[4]};
    view v = {d, 5};
    return view_loss(&v);
}
void grad(const double *x, double *g) {
    double d[5] = {x[0], x[1], x[2], x[3], x[4]};
    for (int i = 0; i < 5; i++) g[i] = 0.0;
    view v = {d, 5}, dv = {g, 5};
    __enzyme_autodiff((void *)view_loss, enzyme_dup, &v, &dv);
}
void analytic(const double *x, double *g) {
    double h = x[0] * x[0] + x[1] * x[1], t = x[2] + x[3] + x[4];
    double q = x[2] * x[2] + x[3] * x[3] + x[4] * x[4];
    for (int i = 0; i < 2; i++) g[i] = 2 * x[i] * (t + 1 + 2 * h * q);
    for (int i = 2; i < 5; i++) g[i] = h + 2 * h * h * x[i];
}
