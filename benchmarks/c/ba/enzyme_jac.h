/* ba: the observation Jacobians by enzymec, in the three ways Enzyme's API allows:
 *   rev   - two reverse sweeps of ba_reproj (seeds e0, e1 on the residuals' shadow),
 *   revw2 - one reverse call at width 2 (enzyme_width 2, both seeds at once, one forward
 *           sweep shared by the two adjoint sweeps),
 *   fwd   - one forward call at width 15 (enzyme_width 15, the identity as the 15 input
 *           tangents; the 15 output tangents are J's columns, written in place).
 * The weight residual's 1 x 1 Jacobian is one reverse sweep of ba_werr in every way.
 * Included by timed.c after objective.inc (REAL = double, BA_NAME(x) = ba_##x). */
#ifndef BA_ENZYME_JAC_H
#define BA_ENZYME_JAC_H
#include <enzyme.h>
extern int enzyme_width, enzyme_dupv, enzyme_dupnoneedv;

static double ba_jac_werr(const double *w) {
    double e, de = 1.0, gw = 0.0;
    __enzyme_autodiff((void *)ba_werr, enzyme_dup, w, &gw, enzyme_dupnoneed, &e, &de);
    return gw;
}

static void ba_jac_rev(const double *cam, const double *X, const double *w, const double *feat,
                       double *J) {
    for (int row = 0; row < 2; row++) {
        double gc[BA_NCAM] = {0}, gx[3] = {0}, gw = 0, e[2], de[2] = {0, 0};
        de[row] = 1.0;
        __enzyme_autodiff((void *)ba_reproj, enzyme_dup, cam, gc, enzyme_dup, X, gx,
                          enzyme_dup, w, &gw, enzyme_const, feat, enzyme_dupnoneed, e, de);
        for (int j = 0; j < BA_NCAM; j++)
            J[2 * j + row] = gc[j];
        for (int j = 0; j < 3; j++)
            J[2 * (BA_NCAM + j) + row] = gx[j];
        J[28 + row] = gw;
    }
}

static void ba_jac_revw2(const double *cam, const double *X, const double *w, const double *feat,
                         double *J) {
    double gc[2 * BA_NCAM] = {0}, gx[6] = {0}, gw[2] = {0, 0}, e[2], de[4] = {1, 0, 0, 1};
    __enzyme_autodiff((void *)ba_reproj, enzyme_width, 2, enzyme_dupv, BA_NCAM * sizeof(double),
                      cam, gc, enzyme_dupv, 3 * sizeof(double), X, gx, enzyme_dupv,
                      sizeof(double), w, gw, enzyme_const, feat, enzyme_dupnoneedv,
                      2 * sizeof(double), e, de);
    for (int row = 0; row < 2; row++) {
        for (int j = 0; j < BA_NCAM; j++)
            J[2 * j + row] = gc[BA_NCAM * row + j];
        for (int j = 0; j < 3; j++)
            J[2 * (BA_NCAM + j) + row] = gx[3 * row + j];
        J[28 + row] = gw[row];
    }
}

/* The identity seeds of the width-15 forward call: lane c is the unit tangent of column c. */
struct ba_seeds { double cam[BA_NCOLS * BA_NCAM], x[BA_NCOLS * 3], w[BA_NCOLS]; };

static void ba_seeds_init(struct ba_seeds *s) {
    memset(s, 0, sizeof *s);
    for (int j = 0; j < BA_NCAM; j++)
        s->cam[BA_NCAM * j + j] = 1.0;
    for (int j = 0; j < 3; j++)
        s->x[3 * (BA_NCAM + j) + j] = 1.0;
    s->w[BA_NCOLS - 1] = 1.0;
}

static void ba_jac_fwd(const struct ba_seeds *s, const double *cam, const double *X,
                       const double *w, const double *feat, double *J) {
    double e[2];
    __enzyme_fwddiff((void *)ba_reproj, enzyme_width, 15, enzyme_dupv, BA_NCAM * sizeof(double),
                     cam, s->cam, enzyme_dupv, 3 * sizeof(double), X, s->x, enzyme_dupv,
                     sizeof(double), w, s->w, enzyme_const, feat, enzyme_dupnoneedv,
                     2 * sizeof(double), e, J);
}

#endif
