/* gradcheck: n=3 lo=-2 hi=2 */
/* A split function returning a pointer into differentiated memory (Enzyme's default for a
 * pointer result: duplicated): __enzyme_augmentfwd returns {tape, pointer, its shadow}, a
 * struct larger than two registers (returned through memory). The caller reads the result
 * through the pointer and seeds its adjoint through the shadow before the reverse. */
#include <enzyme.h>
#include <math.h>

typedef struct { void *tape; double *row; double *drow; } Augmented;
Augmented __enzyme_augmentfwd(void *, ...);
void __enzyme_reverse(void *, ...);

double *normalize(double *v, double *work) {
    double s = sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2] + 1.0);
    for (int i = 0; i < 3; i++) work[i] = v[i] / s;
    return work + 1;
}

double f(const double *x) {
    double v[3] = {x[0], x[1], x[2]}, work[3];
    double *r = normalize(v, work);
    return r[0] * r[0] - 3.0 * r[1] + sin(work[0]);
}

void grad(const double *x, double *g) {
    double v[3] = {x[0], x[1], x[2]}, work[3], dwork[3] = {0.0, 0.0, 0.0};
    for (int i = 0; i < 3; i++) g[i] = 0.0;
    Augmented a = __enzyme_augmentfwd((void *)normalize, enzyme_dup, v, g, enzyme_dup, work,
                                      dwork);
    a.drow[0] += 2.0 * a.row[0];
    a.drow[1] += -3.0;
    dwork[0] += cos(work[0]);
    __enzyme_reverse((void *)normalize, enzyme_dup, v, g, enzyme_dup, work, dwork, a.tape);
}
