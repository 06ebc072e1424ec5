/* gradcheck: n=7 lo=-1 hi=1 */
/* A natural cubic spline through 6 active knot values (second derivatives from a Thomas
 * tridiagonal solve), evaluated with a binary-search interval lookup at fixed points and at
 * one active query point x[6]; the loss compares the samples with targets. */
#include <enzyme.h>

#define NK 6
static const double KNOT[NK] = {0.0, 0.7, 1.5, 2.0, 3.1, 4.0};
static const double QS[4] = {0.3, 1.2, 2.6, 3.9};
static const double TGT[4] = {0.5, -0.2, 0.1, 0.4};

static void second_derivs(const double *y, double *m) {
    double c[NK], d[NK];
    m[0] = m[NK - 1] = 0.0;
    c[0] = 0.0;
    d[0] = 0.0;
    for (int i = 1; i < NK - 1; i++) {
        double h0 = KNOT[i] - KNOT[i - 1], h1 = KNOT[i + 1] - KNOT[i];
        double rhs = 6.0 * ((y[i + 1] - y[i]) / h1 - (y[i] - y[i - 1]) / h0);
        double diag = 2.0 * (h0 + h1) - h0 * c[i - 1];
        c[i] = h1 / diag;
        d[i] = (rhs - h0 * d[i - 1]) / diag;
    }
    for (int i = NK - 2; i >= 1; i--) m[i] = d[i] - c[i] * m[i + 1];
}

static int find_interval(double t) {
    int lo = 0, hi = NK - 1;
    while (hi - lo > 1) {
        int mid = (lo + hi) / 2;
        if (KNOT[mid] <= t) lo = mid; else hi = mid;
    }
    return lo;
}

static double eval(const double *y, const double *m, double t) {
    int i = find_interval(t);
    double h = KNOT[i + 1] - KNOT[i], a = (KNOT[i + 1] - t) / h, b = (t - KNOT[i]) / h;
    return a * y[i] + b * y[i + 1] +
           ((a * a * a - a) * m[i] + (b * b * b - b) * m[i + 1]) * h * h / 6.0;
}

double spline_loss(const double *x) {
    double m[NK];
    second_derivs(x, m);
    double loss = 0.0;
    for (int q = 0; q < 4; q++) {
        double r = eval(x, m, QS[q]) - TGT[q];
        loss += r * r;
    }
    return loss + eval(x, m, 2.2 + 1.5 * x[6]);
}

double f(const double *x) { return spline_loss(x); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 7; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)spline_loss, enzyme_dup, x, g);
}
