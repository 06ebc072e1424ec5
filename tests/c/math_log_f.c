/* gradcheck: n=1 lo=0.2 hi=4 float */
/* logf, log2f, log10f, log1pf. */
#include <enzyme.h>
#include <math.h>

float __enzyme_autodiff_f(void *, float);

float lgf(float x) { return logf(x) * x + log2f(1.0f + x * x) + log10f(3.0f * x) + log1pf(0.5f * x); }

double f(const double *x) { return lgf((float)x[0]); }
void grad(const double *x, double *g) { g[0] = __enzyme_autodiff_f((void *)lgf, (float)x[0]); }
void analytic(const double *x, double *g) {
    double v = (float)x[0];
    g[0] = log(v) + 1.0 + 2.0 * v / ((1.0 + v * v) * log(2.0)) + 1.0 / (v * log(10.0))
         + 0.5 / (1.0 + 0.5 * v);
}
