/* vector: n=4 m=4 width=3 mode=forward lo=-1.5 hi=1.5 */
/* Forward over reverse at width 3 through tapes of run-time length: three Hessian-vector
 * products of logsumexp in one call. The inner gradient's tape of exp values is a kept
 * tape that forward mode mirrors on a shadow tape (nested_tape.py), one per lane; `fun`
 * is the closed-form gradient (softmax), so the lanes are checked against its differences. */
#include <math.h>
extern int enzyme_width, enzyme_dup, enzyme_dupv, enzyme_const;
void __enzyme_autodiff(void *, ...);
void __enzyme_fwddiff(void *, ...);

int vf_hvp_len = 4;  /* not a constant: the tape's length is a run-time value */

static double lse(const double *x, int n) {
    double m = x[0];
    for (int i = 1; i < n; i++) m = x[i] > m ? x[i] : m;
    double s = 0;
    for (int i = 0; i < n; i++) s += exp(x[i] - m);
    return log(s) + m;
}

static void gradient(const double *x, double *g) {
    for (int i = 0; i < 4; i++) g[i] = 0;
    __enzyme_autodiff((void *)lse, enzyme_dup, x, g, enzyme_const, vf_hvp_len);
}

void fun(const double *x, double *y) {
    double m = x[0], s = 0;
    for (int i = 1; i < 4; i++) m = x[i] > m ? x[i] : m;
    for (int i = 0; i < 4; i++) s += exp(x[i] - m);
    for (int i = 0; i < 4; i++) y[i] = exp(x[i] - m) / s;
}

void deriv(const double *x, const double *s, double *out) {
    double g[4];
    __enzyme_fwddiff((void *)gradient, enzyme_width, 3, enzyme_dupv, 4 * sizeof(double), x, s,
                     enzyme_dupv, 4 * sizeof(double), g, out);
}
