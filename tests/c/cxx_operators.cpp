/* gradcheck: n=5 lo=-1 hi=1 */
/* Operator overloading on a small value type (struct Vec2 with +, -, *, scalar * and a dot
 * helper), returned by value everywhere: a projectile with quadratic drag, semi-implicit
 * Euler for 25 steps; the loss is the squared miss distance to a target. */
#include <enzyme.h>
#include <cmath>

struct Vec2 {
    double x, y;
};
static inline Vec2 operator+(Vec2 a, Vec2 b) { return {a.x + b.x, a.y + b.y}; }
static inline Vec2 operator-(Vec2 a, Vec2 b) { return {a.x - b.x, a.y - b.y}; }
static inline Vec2 operator*(double s, Vec2 a) { return {s * a.x, s * a.y}; }
static inline Vec2 operator*(Vec2 a, double s) { return s * a; }
static inline double dot(Vec2 a, Vec2 b) { return a.x * b.x + a.y * b.y; }
static inline Vec2 &operator+=(Vec2 &a, Vec2 b) { a = a + b; return a; }

static double shoot(double vx, double vy, double drag, double gx, double gy) {
    Vec2 pos{0.0, 0.0}, vel{3.0 + vx, 4.0 + vy}, gravity{0.1 * gx, -9.81 + 0.1 * gy};
    const double dt = 0.02, c = 0.1 + 0.05 * drag;
    for (int i = 0; i < 25; i++) {
        double speed = std::sqrt(dot(vel, vel));
        vel += dt * (gravity - c * speed * vel);
        pos += vel * dt;
    }
    Vec2 miss = pos - Vec2{1.5, 0.5};
    return dot(miss, miss);
}

struct grads5 { double d[5]; };
extern "C" grads5 __enzyme_autodiff5(void *, ...);

extern "C" {
double f(const double *x) { return shoot(x[0], x[1], x[2], x[3], x[4]); }
void grad(const double *x, double *g) {
    grads5 r = __enzyme_autodiff5((void *)shoot, x[0], x[1], x[2], x[3], x[4]);
    for (int i = 0; i < 5; i++) g[i] = r.d[i];
}
}
