/* gradcheck: n=10 lo=-1 hi=1 */
/* Nested structs (vectors inside bodies inside a system, with inactive int fields): the
 * energy of two bodies joined by a spring, differentiated through a shadow struct. */
#include <enzyme.h>
#include <math.h>

typedef struct { double x, y, z; } vec3;
typedef struct { double k, rest; } spring_t;
typedef struct { vec3 pos, vel; int fixed; } body;
typedef struct { body a, b; spring_t spring; double mass; int id; } system_t;

static double dist(vec3 p, vec3 q) {
    double dx = p.x - q.x, dy = p.y - q.y, dz = p.z - q.z;
    return sqrt(dx * dx + dy * dy + dz * dz);
}
static double ke(const body *b, double m) {
    const vec3 *v = &b->vel;
    return b->fixed ? 0.0 : 0.5 * m * (v->x * v->x + v->y * v->y + v->z * v->z);
}

double energy(const system_t *s) {
    double stretch = dist(s->a.pos, s->b.pos) - s->spring.rest;
    return 0.5 * s->spring.k * stretch * stretch + ke(&s->a, s->mass) + ke(&s->b, s->mass);
}

static void fill(system_t *s, const double *x) {
    s->a.pos = (vec3){x[0], x[1], x[2]};
    s->b.pos = (vec3){x[3] + 2.0, x[4], x[5]};
    s->a.vel = (vec3){x[6], x[7], x[8]};
    s->b.vel = (vec3){0.3, -0.2, 0.1};
    s->a.fixed = 0;
    s->b.fixed = 1;
    s->spring = (spring_t){1.5 + x[9], 1.0};
    s->mass = 2.0;
    s->id = 7;
}

double f(const double *x) { system_t s; fill(&s, x); return energy(&s); }
void grad(const double *x, double *g) {
    system_t s, ds = {0};
    fill(&s, x);
    __enzyme_autodiff((void *)energy, enzyme_dup, &s, &ds);
    g[0] = ds.a.pos.x; g[1] = ds.a.pos.y; g[2] = ds.a.pos.z;
    g[3] = ds.b.pos.x; g[4] = ds.b.pos.y; g[5] = ds.b.pos.z;
    g[6] = ds.a.vel.x; g[7] = ds.a.vel.y; g[8] = ds.a.vel.z;
    g[9] = ds.spring.k;
}
void analytic(const double *x, double *g) {
    double d[3] = {x[0] - x[3] - 2.0, x[1] - x[4], x[2] - x[5]};
    double r = sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]), k = 1.5 + x[9];
    for (int i = 0; i < 3; i++) {
        g[i] = k * (r - 1.0) * d[i] / r;
        g[3 + i] = -g[i];
        g[6 + i] = 2.0 * x[6 + i];
    }
    g[9] = 0.5 * (r - 1.0) * (r - 1.0);
}
