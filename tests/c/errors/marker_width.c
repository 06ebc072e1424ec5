/* expect-error: vector mode cannot differentiate through the call of 'product' */
/* Reverse vector mode through a call kept out of line (a recursive callee's augmented
 * forward and reverse) is not implemented: a located error, not N copies of the callee's
 * primal side effects. */
extern int enzyme_width, enzyme_dup;
void __enzyme_autodiff(void *, ...);

static double product(const double *x, int n) {
    if (n == 0) return 1.0;
    return x[0] * product(x + 1, n - 1) + x[0];
}

static void wrap(const double *x, double *y) { *y = product(x, 3); } /* ERROR */

void jacobian_rows(const double *x, double *dx0, double *dx1, double *y, double *s0,
                   double *s1) {
    __enzyme_autodiff((void *)wrap, enzyme_width, 2, enzyme_dup, x, dx0, dx1,
                      enzyme_dup, y, s0, s1);
}
