/* gradcheck: n=7 lo=-1 hi=1 */
/* Large structs (quaternions: four doubles, 32 bytes) passed by value and returned by value
 * through sret: rotating a vector by a normalized quaternion, q v q*. */
#include <enzyme.h>
#include <math.h>

typedef struct { double w, x, y, z; } quat;

__attribute__((noinline)) static quat qmul(quat a, quat b) {
    quat r = {a.w * b.w - a.x * b.x - a.y * b.y - a.z * b.z,
              a.w * b.x + a.x * b.w + a.y * b.z - a.z * b.y,
              a.w * b.y - a.x * b.z + a.y * b.w + a.z * b.x,
              a.w * b.z + a.x * b.y - a.y * b.x + a.z * b.w};
    return r;
}
__attribute__((noinline)) static quat qnormalize(quat q) {
    double n = sqrt(q.w * q.w + q.x * q.x + q.y * q.y + q.z * q.z);
    quat r = {q.w / n, q.x / n, q.y / n, q.z / n};
    return r;
}
static quat qconj(quat q) { quat r = {q.w, -q.x, -q.y, -q.z}; return r; }

double rotate_loss(const double *p) {
    quat q = qnormalize((quat){1.0 + p[0], p[1], p[2], p[3]});
    quat v = {0.0, p[4], p[5], 1.0 + p[6]};
    quat r = qmul(qmul(q, v), qconj(q));
    return 3.0 * r.x - r.y * r.y + r.z * r.x;
}

double f(const double *x) { return rotate_loss(x); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 7; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)rotate_loss, enzyme_dup, x, g);
}
void analytic(const double *x, double *g) {
    /* r = R(q) v with R the rotation matrix of the unit quaternion u = q/|q|; dR/du by hand,
     * then du/dq = (I - u u^T)/|q| */
    double q[4] = {1.0 + x[0], x[1], x[2], x[3]}, nq = 0.0;
    for (int i = 0; i < 4; i++) nq += q[i] * q[i];
    nq = sqrt(nq);
    double u[4];
    for (int i = 0; i < 4; i++) u[i] = q[i] / nq;
    double w = u[0], a = u[1], b = u[2], c = u[3], v[3] = {x[4], x[5], 1.0 + x[6]};
    double R[3][3] = {{1 - 2 * (b * b + c * c), 2 * (a * b - w * c), 2 * (a * c + w * b)},
                      {2 * (a * b + w * c), 1 - 2 * (a * a + c * c), 2 * (b * c - w * a)},
                      {2 * (a * c - w * b), 2 * (b * c + w * a), 1 - 2 * (a * a + b * b)}};
    double r[3];
    for (int i = 0; i < 3; i++) r[i] = R[i][0] * v[0] + R[i][1] * v[1] + R[i][2] * v[2];
    double dr[3] = {3.0 + r[2], -2 * r[1], r[0]}; /* dL/dr */
    /* dR/du_k for u = (w, a, b, c) */
    double dR[4][3][3] = {
        {{0, -2 * c, 2 * b}, {2 * c, 0, -2 * a}, {-2 * b, 2 * a, 0}},
        {{0, 2 * b, 2 * c}, {2 * b, -4 * a, -2 * w}, {2 * c, 2 * w, -4 * a}},
        {{-4 * b, 2 * a, 2 * w}, {2 * a, 0, 2 * c}, {-2 * w, 2 * c, -4 * b}},
        {{-4 * c, -2 * w, 2 * a}, {2 * w, -4 * c, 2 * b}, {2 * a, 2 * b, 0}}};
    double du[4];
    for (int k = 0; k < 4; k++) {
        du[k] = 0.0;
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 3; j++) du[k] += dr[i] * dR[k][i][j] * v[j];
    }
    double udu = 0.0;
    for (int k = 0; k < 4; k++) udu += u[k] * du[k];
    for (int k = 0; k < 4; k++) g[k] = (du[k] - u[k] * udu) / nq;
    for (int j = 0; j < 3; j++) g[4 + j] = dr[0] * R[0][j] + dr[1] * R[1][j] + dr[2] * R[2][j];
}
