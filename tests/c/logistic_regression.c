/* gradcheck: n=4 lo=-1 hi=1 */
/* L2-regularized logistic regression: a constant array of labelled sample structs (features,
 * int label), a numerically stable log(1 + exp(-z)) and active weights plus bias. */
#include <enzyme.h>
#include <math.h>

typedef struct { double feat[3]; int label; } sample;
static const sample DATA[6] = {{{0.5, 1.0, -0.2}, 1}, {{-1.2, 0.3, 0.8}, 0}, {{2.0, -0.5, 0.1}, 1},
                               {{0.1, -1.5, 1.2}, 0}, {{-0.4, 0.9, -1.1}, 1}, {{1.3, 0.2, 0.6}, 0}};

static double log1pexp_neg(double z) { return z > 0 ? log1p(exp(-z)) : -z + log1p(exp(z)); }

double logreg(const double *w, const sample *data, int n) {
    double loss = 0.0;
    for (int i = 0; i < n; i++) {
        double z = w[3];
        for (int k = 0; k < 3; k++) z += w[k] * data[i].feat[k];
        double s = data[i].label ? 1.0 : -1.0;
        loss += log1pexp_neg(s * z);
    }
    double reg = 0.0;
    for (int k = 0; k < 3; k++) reg += w[k] * w[k];
    return loss / n + 0.05 * reg;
}

double f(const double *x) { return logreg(x, DATA, 6); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 4; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)logreg, enzyme_dup, x, g, enzyme_const, DATA, enzyme_const, 6);
}
void analytic(const double *x, double *g) {
    for (int k = 0; k < 4; k++) g[k] = k < 3 ? 0.1 * x[k] : 0.0;
    for (int i = 0; i < 6; i++) {
        double z = x[3];
        for (int k = 0; k < 3; k++) z += x[k] * DATA[i].feat[k];
        double s = DATA[i].label ? 1.0 : -1.0, d = -s / (1.0 + exp(s * z)) / 6.0;
        for (int k = 0; k < 3; k++) g[k] += d * DATA[i].feat[k];
        g[3] += d;
    }
}
