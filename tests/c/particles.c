/* gradcheck: n=12 lo=-0.5 hi=0.5 */
/* An array of particle structs (pos[2], vel[2], mass, int id): softened gravity integrated
 * with velocity Verlet for 15 steps; the loss compares particle 0 with a target and adds the
 * final kinetic energy. Active: initial positions and velocities. */
#include <enzyme.h>
#include <math.h>

#define NP 3
#define STEPS 15
#define DT 0.05

typedef struct { double pos[2], vel[2], mass; int id; } particle;
static const double MASS_OF_ID[NP] = {1.0, 2.0, 0.5};
static const double BASE[NP][2] = {{0.0, 0.0}, {2.0, 0.0}, {0.0, 2.0}};

static void accel(const particle *p, double a[NP][2]) {
    for (int i = 0; i < NP; i++) a[i][0] = a[i][1] = 0.0;
    for (int i = 0; i < NP; i++)
        for (int j = 0; j < NP; j++) {
            if (i == j) continue;
            double dx = p[j].pos[0] - p[i].pos[0], dy = p[j].pos[1] - p[i].pos[1];
            double r2 = dx * dx + dy * dy + 0.25, inv = p[j].mass / (r2 * sqrt(r2));
            a[i][0] += dx * inv;
            a[i][1] += dy * inv;
        }
}

double simulate(const double *init) {
    particle p[NP];
    double a[NP][2];
    for (int i = 0; i < NP; i++) {
        p[i].id = i;
        p[i].mass = MASS_OF_ID[p[i].id];
        for (int d = 0; d < 2; d++) {
            p[i].pos[d] = BASE[i][d] + init[2 * i + d];
            p[i].vel[d] = init[2 * NP + 2 * i + d];
        }
    }
    accel(p, a);
    for (int s = 0; s < STEPS; s++) {
        for (int i = 0; i < NP; i++)
            for (int d = 0; d < 2; d++) {
                p[i].vel[d] += 0.5 * DT * a[i][d];
                p[i].pos[d] += DT * p[i].vel[d];
            }
        accel(p, a);
        for (int i = 0; i < NP; i++)
            for (int d = 0; d < 2; d++) p[i].vel[d] += 0.5 * DT * a[i][d];
    }
    double dx = p[0].pos[0] - 0.5, dy = p[0].pos[1] - 0.5, ke = 0.0;
    for (int i = 0; i < NP; i++)
        ke += 0.5 * p[i].mass * (p[i].vel[0] * p[i].vel[0] + p[i].vel[1] * p[i].vel[1]);
    return dx * dx + dy * dy + ke;
}

double f(const double *x) { return simulate(x); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 4 * NP; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)simulate, enzyme_dup, x, g);
}
