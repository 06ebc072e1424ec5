/* gradcheck: n=4 lo=-1.5 hi=1.5 */
/* 2x2 matrices (32-byte structs) passed by value (byval) and returned through sret, chained:
 * the loss trace(M^3) + det(M)^2 over a row-major matrix M. */
#include <enzyme.h>

typedef struct { double a, b, c, d; } mat2;

__attribute__((noinline)) static mat2 matmul(mat2 p, mat2 q) {
    mat2 r = {p.a * q.a + p.b * q.c, p.a * q.b + p.b * q.d,
              p.c * q.a + p.d * q.c, p.c * q.b + p.d * q.d};
    return r;
}
__attribute__((noinline)) static double det(mat2 m) { return m.a * m.d - m.b * m.c; }
static double trace(mat2 m) { return m.a + m.d; }

double mat_loss(double a, double b, double c, double d) {
    mat2 m = {a, b, c, d};
    mat2 m3 = matmul(matmul(m, m), m);
    double dt = det(m);
    return trace(m3) + dt * dt;
}

typedef struct { double da, db, dc, dd; } grads4;
grads4 __enzyme_autodiff_4(void *, ...);

double f(const double *x) { return mat_loss(x[0], x[1], x[2], x[3]); }
void grad(const double *x, double *g) {
    grads4 r = __enzyme_autodiff_4((void *)mat_loss, x[0], x[1], x[2], x[3]);
    g[0] = r.da; g[1] = r.db; g[2] = r.dc; g[3] = r.dd;
}
void analytic(const double *x, double *g) {
    double a = x[0], b = x[1], c = x[2], d = x[3];
    /* d trace(M^3)/dM_ij = 3 (M^2)_ji */
    double m2a = a * a + b * c, m2b = a * b + b * d, m2c = c * a + d * c, m2d = c * b + d * d;
    double dt = a * d - b * c;
    g[0] = 3 * m2a + 2 * dt * d;
    g[1] = 3 * m2c - 2 * dt * c;
    g[2] = 3 * m2b - 2 * dt * b;
    g[3] = 3 * m2d + 2 * dt * a;
}
