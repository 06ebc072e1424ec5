/* gradcheck: n=5 lo=-2 hi=2 */
/* A struct mixing an inactive field (the count) with active ones (an array and a scale),
 * passed with its shadow struct: only the active fields receive derivatives. */
#include <enzyme.h>

typedef struct { int n; double data[4]; double scale; } bag;

double bagsum(bag *b) {
    double s = 0;
    for (int i = 0; i < b->n; i++) s += b->data[i] * b->data[i] * b->scale;
    return s + b->scale * b->data[3];
}

double f(const double *x) {
    bag b = {3, {x[0], x[1], x[2], x[3]}, x[4]};
    return bagsum(&b);
}
void grad(const double *x, double *g) {
    bag b = {3, {x[0], x[1], x[2], x[3]}, x[4]}, db = {0, {0, 0, 0, 0}, 0};
    __builtin_autodiff(bagsum, &b, &db);
    for (int i = 0; i < 4; i++) g[i] = db.data[i];
    g[4] = db.scale;
}
void analytic(const double *x, double *g) {
    for (int i = 0; i < 3; i++) g[i] = 2 * x[i] * x[4];
    g[3] = x[4];
    g[4] = x[0] * x[0] + x[1] * x[1] + x[2] * x[2] + x[3];
}
