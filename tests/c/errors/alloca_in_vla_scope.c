/* expect-error: variable-length array (or alloca) */
/* An alloca() made on one path inside a variable-length array's scope: released with the
 * scope (llvm.stackrestore) but not on every path, so the gradient cannot move it to the
 * heap as it does the array (ad/passes/scoped_arrays.py); its derivative memory would be
 * released before the reverse pass reads it, so it is refused. */
double __enzyme_autodiff(void *, ...);
int enzyme_const;

double scratch(double x, int n) {
    double s = 0.0;
    for (int k = 1; k <= n; k++) {
        double t[k];
        double *u = t;
        if (k > 2)
            u = __builtin_alloca(k * sizeof(double)); /* ERROR */
        for (int i = 0; i < k; i++) u[i] = x * (i + 1);
        s += u[k - 1] * u[0];
    }
    return s;
}

double dscratch(double x, int n) { return __enzyme_autodiff((void *)scratch, x, enzyme_const, n); }
