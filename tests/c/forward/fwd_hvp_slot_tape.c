/* gradcheck: n=4 lo=-1.2 hi=1.2 tangent */
/* Forward over reverse through an inner gradient whose loop tapes grow element by element:
 * the walk's trip count follows a linked list (`hvp_walk_next`, run-time data), unknown
 * before the loop, so the inner gradient tapes the overwritten recurrence value `y` one
 * slot at a time, and an inner loop of run-time length per step tapes its own values into
 * a tape reserved on every outer step (both kept tapes; forward mode mirrors them on shadow
 * tapes, nested_tape.py). `f` is the same projection of the gradient by a handwritten
 * reverse sweep. */
#include <enzyme.h>
#include <math.h>

int hvp_walk_next[4] = {2, 3, 1, -1};  /* 0 -> 2 -> 1 -> 3: four steps */
int hvp_walk_inner = 3;
static const double W[4] = {0.5, -1, 2, 1.5};

static double walk(const double *x) {
    double y = 1;
    for (int i = 0; i >= 0; i = hvp_walk_next[i]) {
        double t = 0;
        for (int j = 0; j < hvp_walk_inner; j++) t = t * x[j] + sin(y + x[i]);
        y = y * cos(x[i]) + 0.25 * t * t;
    }
    return y;
}

static double projected_gradient(const double *x) {
    double g[4] = {0};
    __enzyme_autodiff((void *)walk, enzyme_dup, x, g);
    return W[0] * g[0] + W[1] * g[1] + W[2] * g[2] + W[3] * g[3];
}

double f(const double *x) {  /* the walk again, its values kept, then its adjoints by hand */
    double ys[4], ts[4][4], g[4] = {0}, y = 1;
    int steps[4], n = 0, inner = hvp_walk_inner;
    for (int i = 0; i >= 0; i = hvp_walk_next[i]) {
        double s = sin(y + x[i]);
        ts[n][0] = 0;
        for (int j = 0; j < inner; j++) ts[n][j + 1] = ts[n][j] * x[j] + s;
        ys[n] = y;
        steps[n++] = i;
        y = y * cos(x[i]) + 0.25 * ts[n - 1][inner] * ts[n - 1][inner];
    }
    double ybar = 1;
    while (n-- > 0) {
        int i = steps[n];
        double yv = ys[n], tbar = 0.5 * ybar * ts[n][inner], sbar = 0;
        g[i] -= ybar * yv * sin(x[i]);
        ybar *= cos(x[i]);
        for (int j = inner - 1; j >= 0; j--) {
            g[j] += tbar * ts[n][j];
            sbar += tbar;
            tbar *= x[j];
        }
        double c = cos(yv + x[i]);
        ybar += sbar * c;
        g[i] += sbar * c;
    }
    return W[0] * g[0] + W[1] * g[1] + W[2] * g[2] + W[3] * g[3];
}

double jvp(const double *x, const double *v) {
    return __enzyme_fwddiff((void *)projected_gradient, enzyme_dup, x, v);
}
