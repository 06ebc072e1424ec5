/* gradcheck: n=3 lo=-2 hi=2 */
/* The two halves called from different functions kept out of line (a solver's forward and
 * adjoint passes), with the tape handed from one to the other by the caller, and the
 * caller's own work between them: it reuses the input buffer for something else. */
#include <enzyme.h>
#include <math.h>

void *__enzyme_augmentfwd(void *, ...);
void __enzyme_reverse(void *, ...);

void leapfrog_step(double *state, const double *p) {
    double a = state[0], b = state[1];
    state[0] = a + 0.2 * sin(b) * p[0];
    state[1] = b - 0.2 * a * a * p[0];
}

static __attribute__((noinline)) void *solver_forward(double *s, double *ds, const double *p,
                                                      double *dp) {
    return __enzyme_augmentfwd((void *)leapfrog_step, enzyme_dup, s, ds, enzyme_dup, p, dp);
}

static __attribute__((noinline)) void solver_backward(double *s, double *ds, const double *p,
                                                     double *dp, void *tape) {
    __enzyme_reverse((void *)leapfrog_step, enzyme_dup, s, ds, enzyme_dup, p, dp, tape);
}

double f(const double *x) {
    double s[2] = {x[0], x[1]};
    leapfrog_step(s, x + 2);
    return s[0] * s[1] + s[1];
}

void grad(const double *x, double *g) {
    double s[2] = {x[0], x[1]}, ds[2] = {0.0, 0.0}, p[1] = {x[2]}, dp[1] = {0.0};
    void *tape = solver_forward(s, ds, p, dp);
    ds[0] = s[1];
    ds[1] = s[0] + 1.0;
    s[0] = s[1] = p[0] = -123.0; /* the reverse must not read these again */
    solver_backward(s, ds, p, dp, tape);
    g[0] = ds[0];
    g[1] = ds[1];
    g[2] = dp[0];
}
