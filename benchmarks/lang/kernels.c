/* The C versions of the language benchmark's kernels (same code as benchmarks/c). */
#include <enzyme.h>
#include <math.h>

double taylor_log(double x, long n) {
    double sum = 0;
    for (long i = 1; i <= n; i++)
        sum += pow(x, (double)i) / (double)i;
    return sum;
}

double logsumexp(const double *x, long n) {
    double a = x[0];
    for (long i = 1; i < n; i++)
        a = x[i] > a ? x[i] : a;
    double s = 0;
    for (long i = 0; i < n; i++)
        s += exp(x[i] - a);
    return log(s) + a;
}

__attribute__((noinline)) double tl_primal(double x, long n) { return taylor_log(x, n); }
__attribute__((noinline)) double tl_grad(double x, long n) {
    return __enzyme_autodiff((void *)taylor_log, x, enzyme_const, n);
}
__attribute__((noinline)) double lse_primal(const double *x, long n) { return logsumexp(x, n); }
__attribute__((noinline)) void lse_grad(const double *x, double *dx, long n) {
    __enzyme_autodiff((void *)logsumexp, enzyme_dup, x, dx, enzyme_const, n);
}
