/* gradcheck: n=4 lo=-0.5 hi=0.5 */
/* A malloc'ed array of structs (charge, position, int kind): softened Coulomb energy of point
 * charges on a line; positions are active, charges come from a constant table by kind. */
#include <enzyme.h>
#include <math.h>
#include <stdlib.h>

typedef struct { double q, r; int kind; } charge;
static const double QOF[3] = {1.0, -2.0, 0.5};

double coulomb(const double *pos, int n) {
    charge *c = malloc(n * sizeof(charge));
    for (int i = 0; i < n; i++) {
        c[i].kind = i % 3;
        c[i].q = QOF[c[i].kind];
        c[i].r = i + pos[i];
    }
    double e = 0.0;
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++) {
            double d = c[i].r - c[j].r;
            e += c[i].q * c[j].q / sqrt(d * d + 1.0);
        }
    free(c);
    return e;
}

double f(const double *x) { return coulomb(x, 4); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 4; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)coulomb, enzyme_dup, x, g, enzyme_const, 4);
}
void analytic(const double *x, double *g) {
    for (int i = 0; i < 4; i++) {
        g[i] = 0.0;
        for (int j = 0; j < 4; j++) {
            if (j == i) continue;
            double d = (i + x[i]) - (j + x[j]), q = d * d + 1.0;
            g[i] -= QOF[i % 3] * QOF[j % 3] * d / (q * sqrt(q));
        }
    }
}
