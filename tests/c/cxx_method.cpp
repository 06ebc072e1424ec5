/* gradcheck: n=4 lo=-1 hi=1 */
/* C++ methods on an object passed with its shadow object: a damped pendulum class whose
 * step() method mutates its state and whose const energy() method reads it. Active: the
 * initial angle and velocity, the damping and the stiffness members. */
#include <enzyme.h>
#include <cmath>

class Pendulum {
  public:
    double theta, omega, damping, stiffness;
    int steps_taken;
    void step(double dt) {
        double acc = -stiffness * std::sin(theta) - damping * omega;
        omega += dt * acc;
        theta += dt * omega;
        steps_taken++;
    }
    double energy() const { return 0.5 * omega * omega + stiffness * (1.0 - std::cos(theta)); }
};

static double simulate(Pendulum *p, int n) {
    double work = 0.0;
    for (int i = 0; i < n; i++) {
        p->step(0.05);
        work += 0.05 * p->damping * p->omega * p->omega;
    }
    return p->energy() + work;
}

static Pendulum make(const double *x) {
    return Pendulum{0.5 + x[0], x[1], 0.3 + 0.1 * x[2], 4.0 + x[3], 0};
}

extern "C" {
double f(const double *x) {
    Pendulum p = make(x);
    return simulate(&p, 30);
}
void grad(const double *x, double *g) {
    Pendulum p = make(x), dp{0, 0, 0, 0, 0};
    __enzyme_autodiff((void *)simulate, enzyme_dup, &p, &dp, enzyme_const, 30);
    g[0] = dp.theta;
    g[1] = dp.omega;
    g[2] = 0.1 * dp.damping;
    g[3] = dp.stiffness;
}
}
