/* gradcheck: n=4 lo=-3 hi=3 */
/* `__enzyme_function_like`: opaque functions (inline asm hides their values) declared to
 * behave like libm's log1p and exp get those functions' derivative rules: a softplus loss. */
#include <enzyme.h>
#include <math.h>

__attribute__((noinline)) double my_log1p(double v) {
    __asm__ volatile("" : "+x"(v));
    return log1p(v);
}
__attribute__((noinline)) double my_exp(double v) {
    __asm__ volatile("" : "+x"(v));
    return exp(v);
}
void *__enzyme_function_like_log1p[2] = {(void *)my_log1p, (void *)"log1p"};
void *__enzyme_function_like_exp[2] = {(void *)my_exp, (void *)"exp"};

static const double W[4] = {1.0, -2.0, 0.5, 1.5};

double softplus_loss(const double *x, int n) {
    double s = 0.0;
    for (int i = 0; i < n; i++) s += W[i] * my_log1p(my_exp(x[i]));
    return s;
}

double f(const double *x) { return softplus_loss(x, 4); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 4; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)softplus_loss, enzyme_dup, x, g, enzyme_const, 4);
}
void analytic(const double *x, double *g) {
    for (int i = 0; i < 4; i++) g[i] = W[i] / (1.0 + exp(-x[i]));
}
