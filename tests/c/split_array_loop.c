/* gradcheck: n=5 lo=-1.5 hi=1.5 */
/* Split mode over arrays: `smooth` writes y from x in a loop whose values the reverse needs
 * (tanh of a running state: the tape grows with the trip count). Between the halves the caller
 * overwrites x and y with garbage, so a reverse that read primal memory again would be wrong:
 * the tape must hold everything. The adjoint of the loss flows in through y's shadow. */
#include <enzyme.h>
#include <math.h>

#define N 5
void *__enzyme_augmentfwd(void *, ...);
void __enzyme_reverse(void *, ...);

void smooth(double *x, double *y, int n) {
    double state = 0.0;
    for (int i = 0; i < n; i++) {
        state = tanh(state + x[i]) * (1.0 + 0.1 * x[i]);
        y[i] = state * x[i];
    }
}

static const double w[N] = {1.0, -0.5, 2.0, 0.25, -1.5};

double f(const double *x) {
    double xs[N], y[N], loss = 0.0;
    for (int i = 0; i < N; i++) xs[i] = x[i];
    smooth(xs, y, N);
    for (int i = 0; i < N; i++) loss += w[i] * y[i];
    return loss;
}

void grad(const double *x, double *g) {
    double xs[N], y[N], dy[N];
    for (int i = 0; i < N; i++) { xs[i] = x[i]; g[i] = 0.0; dy[i] = 0.0; }
    void *tape = __enzyme_augmentfwd((void *)smooth, enzyme_dup, xs, g, enzyme_dup, y, dy,
                                     enzyme_const, N);
    for (int i = 0; i < N; i++) { xs[i] = 1e30; y[i] = -7.0; dy[i] = w[i]; }
    __enzyme_reverse((void *)smooth, enzyme_dup, xs, g, enzyme_dup, y, dy, enzyme_const, N, tape);
}
