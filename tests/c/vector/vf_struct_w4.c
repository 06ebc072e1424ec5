/* vector: n=4 m=2 width=4 mode=forward lo=-2 hi=2 */
/* Structs in memory: fields loaded and stored through the lanes' shadows. */
#include <math.h>
extern int enzyme_width, enzyme_dup;
void __enzyme_fwddiff(void *, ...);

typedef struct { double pos[2]; double vel[2]; } Particle;

static void step(Particle *p, double dt) {
    for (int k = 0; k < 3; k++) {
        double r = sqrt(p->pos[0] * p->pos[0] + p->pos[1] * p->pos[1] + 1.0);
        for (int i = 0; i < 2; i++) {
            p->vel[i] -= dt * p->pos[i] / (r * r * r);
            p->pos[i] += dt * p->vel[i];
        }
    }
}

static void g(const double *x, double *y) {
    Particle p = {{x[0], x[1]}, {x[2], x[3]}};
    step(&p, 0.1);
    y[0] = p.pos[0] + p.vel[1];
    y[1] = p.pos[1] * p.vel[0];
}

void fun(const double *x, double *y) { g(x, y); }

void deriv(const double *x, const double *s, double *out) {
    double y[2];
    __enzyme_fwddiff((void *)g, enzyme_width, 4, enzyme_dup, x, s, s + 4, s + 8, s + 12,
                     enzyme_dup, y, out, out + 2, out + 4, out + 6);
}
