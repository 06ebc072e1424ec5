/* Attribution of the enzymec logsumexp gradient's cost (RESULTS.md, analysis): the expert
 * gradient, then enzymec's steps added one at a time as its optimized IR has them (exp taped
 * in a fresh malloc'd buffer and a reverse pass; the serial adjoint of the max A; the select
 * bits of the max loop taped and reversed), recomputing exp instead of caching it, and the
 * exp tape in a warm buffer. Best of 7, interleaved.
 * Build and run: enzymec -O3 -march=native lse_parts.c -o lse_parts -lm && ./lse_parts */
#include "../c/logsumexp/common.h"
#include <stdbool.h>
static double bh(double v){__asm__ __volatile__("":"+m"(v));return v;}
__attribute__((noinline)) void expert(const double *restrict x, double *restrict dx, long n) {
    double A = x[0];
    for (long i = 1; i < n; i++) A = x[i] > A ? x[i] : A;
    double s = 0;
    for (long i = 0; i < n; i++) { double e = exp(x[i] - A); dx[i] = e; s += e; }
    double inv = 1.0 / s;
    for (long i = 0; i < n; i++) dx[i] *= inv;
}
/* + exp taped in a fresh malloc'd buffer, reverse dx[i] += tape[i]*inv (no A adjoint) */
__attribute__((noinline)) void tape_exp(const double *restrict x, double *restrict dx, long n) {
    double A = x[0];
    for (long i = 1; i < n; i++) A = x[i] > A ? x[i] : A;
    double *t = malloc(8 * n); double s = 0;
    for (long i = 0; i < n; i++) { double e = exp(x[i] - A); t[i] = e; s += e; }
    double inv = 1.0 / s;
    for (long i = n - 1; i >= 0; i--) dx[i] += t[i] * inv;
    free(t);
}
/* + serial adjoint of A: dA -= tape[i]*inv in the reverse loop */
__attribute__((noinline)) void tape_exp_dA(const double *restrict x, double *restrict dx, long n) {
    double A = x[0];
    for (long i = 1; i < n; i++) A = x[i] > A ? x[i] : A;
    double *t = malloc(8 * n); double s = 0;
    for (long i = 0; i < n; i++) { double e = exp(x[i] - A); t[i] = e; s += e; }
    double inv = 1.0 / s, dA = 1.0;
    for (long i = n - 1; i >= 0; i--) { double g = t[i] * inv; dA -= g; dx[i] += g; }
    free(t);
    dx[0] += bh(dA) * 0; /* keeps the dA chain (enzymec adds dA to dx[argmax], ~0) */
}
/* + the max loop's select bits taped and a reverse pass over them and dx (all of enzymec) */
__attribute__((noinline)) void full(const double *restrict x, double *restrict dx, long n) {
    bool *b = malloc(n); double A = x[0];
    for (long i = 1; i < n; i++) { bool c = x[i] > A; b[i] = c; A = c ? x[i] : A; }
    double *t = malloc(8 * n); double s = 0;
    for (long i = 0; i < n; i++) { double e = exp(x[i] - A); t[i] = e; s += e; }
    double inv = 1.0 / s, dA = 1.0;
    for (long i = n - 1; i >= 0; i--) { double g = t[i] * inv; dA -= g; dx[i] += g; }
    for (long i = n - 1; i >= 1; i--) { double g = b[i] ? dA : 0; dA = b[i] ? 0 : dA; dx[i] += g; }
    dx[0] += dA;
    free(t); free(b);
}
/* recompute instead of cache: exp again in the reverse, with the max index instead of bits */
__attribute__((noinline)) void recompute(const double *restrict x, double *restrict dx, long n) {
    double A = x[0]; long am = 0;
    for (long i = 1; i < n; i++) if (x[i] > A) { A = x[i]; am = i; }
    double s = 0;
    for (long i = 0; i < n; i++) s += exp(x[i] - A);
    double inv = 1.0 / s, dA = 1.0;
    for (long i = n - 1; i >= 0; i--) { double g = exp(x[i] - A) * inv; dA -= g; dx[i] += g; }
    dx[am] += dA;
}
static double *warm;
/* exp taped in a buffer allocated and touched before (no page faults), reverse pass */
__attribute__((noinline)) void tape_warm(const double *restrict x, double *restrict dx, long n) {
    double A = x[0];
    for (long i = 1; i < n; i++) A = x[i] > A ? x[i] : A;
    double *t = warm; double s = 0;
    for (long i = 0; i < n; i++) { double e = exp(x[i] - A); t[i] = e; s += e; }
    double inv = 1.0 / s;
    for (long i = n - 1; i >= 0; i--) dx[i] += t[i] * inv;
}
typedef void (*fn)(const double *, double *, long);
int main(int argc, char **argv) {
    long n = 10000000; double *x = lse_input(n), *dx = calloc(n, 8);
    warm = calloc(n, 8); fn f[] = {expert, tape_exp, tape_exp_dA, full, recompute, tape_warm};
    const char *nm[] = {"expert", "+exp tape (malloc, reverse pass)", "+serial dA chain", "+max bits tape and reverse (=enzymec)", "recompute exp, argmax index", "exp tape warm (no page faults), reverse pass"};
    double best[6] = {1e9,1e9,1e9,1e9,1e9,1e9};
    for (int r = -1; r < 7; r++) for (int k = 0; k < 6; k++) {
        memset(dx, 0, 8 * n); double t0 = bench_now(); f[k](x, dx, n); double t = bench_now() - t0;
        if (r >= 0 && t < best[k]) best[k] = t;
    }
    for (int k = 0; k < 6; k++) printf("%-40s %.4f  (%.2fx)\n", nm[k], best[k], best[k] / best[0]);
}
