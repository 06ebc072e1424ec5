/* gradcheck: n=6 lo=-0.3 hi=0.3 */
/* ENZYMEC_DERIVATIVE for an opaque two-argument function (a Lennard-Jones pair potential
 * of r^2 and epsilon, sigma fixed) whose derivative returns a pair of partials, called in a
 * pair loop with active squared distances and constant well depths. */
#include <enzyme.h>
#include <math.h>

#define SIGMA 1.0

__attribute__((noinline)) double lj(double r2, double eps) {
    __asm__ volatile("" : "+x"(r2), "+x"(eps));
    double s6 = pow(SIGMA * SIGMA / r2, 3);
    return 4 * eps * (s6 * s6 - s6);
}
typedef struct { double dr2, deps; } lj_partials;
lj_partials d_lj(double r2, double eps) {
    double s6 = pow(SIGMA * SIGMA / r2, 3);
    lj_partials p = {4 * eps * (-12 * s6 * s6 + 6 * s6) / (2 * r2), 4 * (s6 * s6 - s6)};
    return p;
}
ENZYMEC_DERIVATIVE(lj, d_lj);

#define NP 3
static const double BASE[NP][2] = {{0.0, 0.0}, {1.2, 0.0}, {0.5, 1.1}};
static const double EPS[NP] = {1.0, 0.8, 1.2};

double cluster_energy(const double *d) {
    double e = 0.0;
    for (int i = 0; i < NP; i++)
        for (int j = i + 1; j < NP; j++) {
            double dx = BASE[i][0] + d[2 * i] - BASE[j][0] - d[2 * j];
            double dy = BASE[i][1] + d[2 * i + 1] - BASE[j][1] - d[2 * j + 1];
            e += lj(dx * dx + dy * dy, sqrt(EPS[i] * EPS[j]));
        }
    return e;
}

double f(const double *x) { return cluster_energy(x); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 2 * NP; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)cluster_energy, enzyme_dup, x, g);
}
void analytic(const double *x, double *g) {
    for (int i = 0; i < 2 * NP; i++) g[i] = 0.0;
    for (int i = 0; i < NP; i++)
        for (int j = i + 1; j < NP; j++) {
            double dx = BASE[i][0] + x[2 * i] - BASE[j][0] - x[2 * j];
            double dy = BASE[i][1] + x[2 * i + 1] - BASE[j][1] - x[2 * j + 1];
            double r2 = dx * dx + dy * dy, eps = sqrt(EPS[i] * EPS[j]);
            double s6 = pow(SIGMA * SIGMA / r2, 3);
            double de_dr2 = 4 * eps * (-12 * s6 * s6 + 6 * s6) / (2 * r2);
            g[2 * i] += de_dr2 * 2 * dx;
            g[2 * i + 1] += de_dr2 * 2 * dy;
            g[2 * j] -= de_dr2 * 2 * dx;
            g[2 * j + 1] -= de_dr2 * 2 * dy;
        }
}
