/* gradcheck: n=6 lo=-0.3 hi=0.3 */
/* ENZYMEC_DERIVATIVE for an opaque three-argument function (a Lennard-Jones pair potential
 * of r^2, epsilon, sigma) returning a struct of its partials, called in a pair loop with
 * active distances and constant parameters. */
#include <enzyme.h>
#include <math.h>

__attribute__((noinline)) double lj(double r2, double eps, double sigma) {
    __asm__ volatile("" : "+x"(r2), "+x"(eps), "+x"(sigma));
    double s6 = pow(sigma * sigma / r2, 3);
    return 4 * eps * (s6 * s6 - s6);
}
typedef struct { double dr2, deps, dsigma; } lj_partials;
lj_partials d_lj(double r2, double eps, double sigma) {
    double s6 = pow(sigma * sigma / r2, 3);
    lj_partials p = {4 * eps * (-12 * s6 * s6 + 6 * s6) / (2 * r2), 4 * (s6 * s6 - s6),
                     4 * eps * (12 * s6 * s6 - 6 * s6) / sigma};
    return p;
}
ENZYMEC_DERIVATIVE(lj, d_lj);

#define NP 3
static const double BASE[NP][2] = {{0.0, 0.0}, {1.2, 0.0}, {0.5, 1.1}};
static const double EPS[NP] = {1.0, 0.8, 1.2}, SIG[NP] = {1.0, 0.9, 1.1};

double cluster_energy(const double *d) {
    double e = 0.0;
    for (int i = 0; i < NP; i++)
        for (int j = i + 1; j < NP; j++) {
            double dx = BASE[i][0] + d[2 * i] - BASE[j][0] - d[2 * j];
            double dy = BASE[i][1] + d[2 * i + 1] - BASE[j][1] - d[2 * j + 1];
            e += lj(dx * dx + dy * dy, sqrt(EPS[i] * EPS[j]), 0.5 * (SIG[i] + SIG[j]));
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
            double sig = 0.5 * (SIG[i] + SIG[j]);
            double s6 = pow(sig * sig / r2, 3);
            double de_dr2 = 4 * eps * (-12 * s6 * s6 + 6 * s6) / (2 * r2);
            g[2 * i] += de_dr2 * 2 * dx;
            g[2 * i + 1] += de_dr2 * 2 * dy;
            g[2 * j] -= de_dr2 * 2 * dx;
            g[2 * j + 1] -= de_dr2 * 2 * dy;
        }
}
