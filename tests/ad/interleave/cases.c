/* Reverse loops with and without calls the loop vectorizer can only scalarize
 * (tests/ad/test_interleave_hint.py). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <enzyme.h>

/* pow per term (taylor_log): its reverse calls pow again */
__attribute__((noinline)) double powers(double x, long n) {
    double sum = 0;
    for (long i = 1; i <= n; i++)
        sum += pow(x, (double)i) / (double)i;
    return sum;
}

/* erf, a libm function with no LLVM intrinsic: its derivative calls exp */
__attribute__((noinline)) double erfs(const double *x, long n) {
    double sum = 0;
    for (long i = 0; i < n; i++)
        sum += erf(x[i]) * x[i];
    return sum;
}

/* arithmetic only */
__attribute__((noinline)) double squares(const double *x, long n) {
    double sum = 0;
    for (long i = 0; i < n; i++)
        sum += x[i] * x[i] * 0.5;
    return sum;
}

/* sqrt, which has a vector instruction */
__attribute__((noinline)) double roots(const double *x, long n) {
    double sum = 0;
    for (long i = 0; i < n; i++)
        sum += sqrt(x[i] * x[i] + 1.0);
    return sum;
}

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 37;
    double x = 0.5, d = __builtin_autodiff(powers, x, n), want = 0;
    for (long i = 1; i <= n; i++)
        want += pow(x, (double)(i - 1));
    double *v = malloc(sizeof(double) * n), *dv = calloc(n, sizeof(double));
    for (long i = 0; i < n; i++)
        v[i] = 0.1 * (double)(i % 7) - 0.3;
    __builtin_autodiff(erfs, enzyme_dup, v, dv, n);
    double worst = fabs(d - want) / fabs(want);
    for (long i = 0; i < n; i++) {  /* d/dx erf(x) x = erf(x) + x 2/sqrt(pi) exp(-x^2) */
        double e = erf(v[i]) + v[i] * 2.0 / sqrt(M_PI) * exp(-v[i] * v[i]);
        double err = fabs(dv[i] - e) / (fabs(e) + 1e-300);
        worst = err > worst ? err : worst;
    }
    printf("%.3g\n", worst);
    free(v);
    free(dv);
    return 0;
}
