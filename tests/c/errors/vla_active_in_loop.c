/* expect-error: variable-length array */
/* An array of active values whose scope ends each iteration: its derivative memory (an
 * alloca beside it) would be released with it, and the next iteration's arrays reuse the
 * bytes before the reverse pass reads them: a wrong derivative, so refused. */
double __enzyme_autodiff(void *, ...);
int enzyme_const;

double ends(double x, int n) {
    double s = 0.0;
    for (int k = 1; k <= n; k++) {
        double t[k]; /* ERROR */
        for (int i = 0; i < k; i++) t[i] = x * (i + 1);
        s += t[k - 1] * t[0];
    }
    return s;
}

double dends(double x, int n) { return __enzyme_autodiff((void *)ends, x, enzyme_const, n); }
