/* ba: the expert handwritten Jacobian of one observation's residuals (objective.inc).
 * J is the 2 x 15 block column-major, J[2 col + row], columns cam 0-10, X 11-13, w 14 (the
 * layout of a forward sweep's 15 tangents). Derivation, with xo = X - C, t = |rot|,
 * u = rot / t, a = u.xo, cr = u x xo, xc = R xo = ct xo + st cr + (1 - ct) a u:
 *   d err / d p    = A = w f (L I + 2 L' p p^T)  (2 x 2, L' = k1 + 2 k2 |p|^2)
 *   d err / d xc   = B = A [I/z | -p/z]          (2 x 3)
 *   d err / d X    = B R, row b: ct b + st (b x u) + (1 - ct)(b.u) u;  d err / d C = -B R
 *   d err / d rot  = (B h) u^T + B M / t  with
 *     h = -st xo + ct cr + st a u - (st cr + 2 (1 - ct) a u) / t,
 *     b M = -st (b x xo) + (1 - ct)((b.u) xo + a b)
 *   (from d xc / d rot = g u^T + M (I - u u^T) / t, g = d xc / dt at fixed u,
 *    M = -st [xo]x + (1 - ct)(u xo^T + a I), and M u = st cr + 2 (1 - ct) a u).
 * At t = 0: R = I + [rot]x, d xc / d rot = -[xo]x. Why this is the expert's: every shared
 * value (the trigonometry, R's action, A, B, h) is computed once per observation and the
 * 2 rows reuse them; no residual is computed (J needs none of them but w's column). */
#ifndef BA_HAND_H
#define BA_HAND_H
#include "common.h"

static inline void ba_cross(const double *a, const double *b, double *o) {
    o[0] = a[1] * b[2] - a[2] * b[1];
    o[1] = a[2] * b[0] - a[0] * b[2];
    o[2] = a[0] * b[1] - a[1] * b[0];
}
static inline double ba_dot(const double *a, const double *b) {
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

/* Rotation facts shared by the two rows. */
struct ba_rot { double r[3], xo[3], xc[3], u[3], h[3], ct, st, a, it; int zero; };

static inline void ba_rot_eval(const double *cam, const double *X, struct ba_rot *q) {
    const double *r = cam;
    for (int j = 0; j < 3; j++) {
        q->r[j] = r[j];
        q->xo[j] = X[j] - cam[3 + j];
    }
    double sq = ba_dot(r, r), cr[3];
    q->zero = sq == 0;
    if (q->zero) {
        ba_cross(r, q->xo, cr);
        for (int j = 0; j < 3; j++)
            q->xc[j] = q->xo[j] + cr[j];
        return;
    }
    double t = sqrt(sq);
    q->it = 1.0 / t, q->ct = cos(t), q->st = sin(t);
    for (int j = 0; j < 3; j++)
        q->u[j] = r[j] * q->it;
    q->a = ba_dot(q->u, q->xo);
    ba_cross(q->u, q->xo, cr);
    double omc = 1.0 - q->ct, au = omc * q->a;
    for (int j = 0; j < 3; j++) {
        q->xc[j] = q->ct * q->xo[j] + q->st * cr[j] + au * q->u[j];
        q->h[j] = -q->st * q->xo[j] + q->ct * cr[j] + q->st * q->a * q->u[j] -
                  (q->st * cr[j] + 2.0 * au * q->u[j]) * q->it;
    }
}

/* One row b of B: its columns for rot (0-2), C (3-5) and X (11-13). */
static inline void ba_rot_row(const struct ba_rot *q, const double *b, double *J, int row) {
    double dx[3], dr[3], bxu[3], bxo[3];
    ba_cross(b, q->xo, bxo);
    if (q->zero) { /* R = I + [rot]x: b R = b + b x rot; d xc / d rot = -[xo]x */
        ba_cross(b, q->r, bxu);
        for (int j = 0; j < 3; j++) {
            dx[j] = b[j] + bxu[j];
            dr[j] = -bxo[j];
        }
    } else {
        ba_cross(b, q->u, bxu);
        double bu = ba_dot(b, q->u), bh = ba_dot(b, q->h), omc = 1.0 - q->ct;
        for (int j = 0; j < 3; j++) {
            dx[j] = q->ct * b[j] + q->st * bxu[j] + omc * bu * q->u[j];
            dr[j] = bh * q->u[j] +
                    (-q->st * bxo[j] + omc * (bu * q->xo[j] + q->a * b[j])) * q->it;
        }
    }
    for (int j = 0; j < 3; j++) {
        J[2 * j + row] = dr[j];
        J[2 * (3 + j) + row] = -dx[j];
        J[2 * (11 + j) + row] = dx[j];
    }
}

/* The 2 x 15 block of one observation (column-major, see the header). */
static inline void ba_jac_hand(const double *cam, const double *X, double w, const double *feat,
                               double *J) {
    struct ba_rot q;
    ba_rot_eval(cam, X, &q);
    double iz = 1.0 / q.xc[2], px = q.xc[0] * iz, py = q.xc[1] * iz;
    double rsq = px * px + py * py, k1 = cam[9], k2 = cam[10], f = cam[6];
    double l = 1.0 + k1 * rsq + k2 * rsq * rsq, lp2 = 2.0 * (k1 + 2.0 * k2 * rsq);
    double wf = w * f, c = wf * lp2 * px * py;
    double a0[2] = {wf * (l + lp2 * px * px), c}, a1[2] = {c, wf * (l + lp2 * py * py)};
    double b0[3] = {a0[0] * iz, a0[1] * iz, -(a0[0] * px + a0[1] * py) * iz};
    double b1[3] = {a1[0] * iz, a1[1] * iz, -(a1[0] * px + a1[1] * py) * iz};
    ba_rot_row(&q, b0, J, 0);
    ba_rot_row(&q, b1, J, 1);
    double dpx = px * l, dpy = py * l;
    J[12] = w * dpx, J[13] = w * dpy;               /* f */
    J[14] = w, J[15] = 0.0, J[16] = 0.0, J[17] = w; /* x0 */
    J[18] = wf * px * rsq, J[19] = wf * py * rsq;   /* k1 */
    J[20] = J[18] * rsq, J[21] = J[19] * rsq;       /* k2 */
    J[28] = f * dpx + cam[7] - feat[0];             /* w */
    J[29] = f * dpy + cam[8] - feat[1];
}

/* The whole Jacobian: p blocks of 30 and the p weight derivatives. */
static void ba_jac_hand_all(const struct ba_data *b, double *J, double *Jw) {
    for (int i = 0; i < b->p; i++) {
        ba_jac_hand(b->cams + BA_NCAM * b->obs[2 * i], b->X + 3 * b->obs[2 * i + 1], b->w[i],
                    b->feats + 2 * i, J + 30 * i);
        Jw[i] = -2.0 * b->w[i];
    }
}

#endif
