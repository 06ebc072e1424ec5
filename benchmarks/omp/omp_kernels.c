/* OpenMP gradient benchmark (benchmarks/omp_bench.py): a map-reduce over 2e7 doubles and a
 * heat stencil, primal and enzymec gradient; built with and without -fopenmp.
 * usage: omp_kernels mapreduce|stencil primal|grad [rounds]
 *   -> prints "seconds checksum cpu_seconds page_faults first_seconds": the best of `rounds`
 *   calls in this process (1 by default: the first, cold call), a checksum, the process CPU
 *   time of all threads and the minor page faults of that best call, and the first call's time. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#define MAP_N 20000000L
#define STENCIL_N 2000000L
#define STEPS 10

static double mapreduce(const double *x, long n) {
    double s = 0;
#pragma omp parallel for reduction(+ : s) schedule(static)
    for (long i = 0; i < n; i++) s += exp(x[i]) * x[i];
    return log(s);
}

static void step(const double *u, double *v, long n) {
#pragma omp parallel for schedule(static)
    for (long i = 1; i < n - 1; i++) v[i] = u[i] + 0.25 * (u[i - 1] - 2 * u[i] + u[i + 1]);
}

static double stencil(double *u, double *v, long n) {
    for (int t = 0; t < STEPS; t += 2) {
        step(u, v, n);
        step(v, u, n);
    }
    double s = 0;
    for (long i = 0; i < n; i++) s += u[i] * u[i];
    return s;
}

void __enzyme_autodiff(void *, ...);
int enzyme_dup, enzyme_const;

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + 1e-9 * t.tv_nsec;
}

/* CPU seconds of the whole process (every thread) and its minor page faults so far. */
static double cpu(long *faults) {
    struct rusage r;
    getrusage(RUSAGE_SELF, &r);
    *faults = r.ru_minflt;
    return r.ru_utime.tv_sec + r.ru_stime.tv_sec + 1e-6 * (r.ru_utime.tv_usec + r.ru_stime.tv_usec);
}

/* One timed call of the kernel or its gradient (x, w are its inputs, dx, dw their shadows). */
static double run(int map, int grad, double *x, double *dx, double *w, double *dw, long n) {
    if (map && !grad) return mapreduce(x, n);
    if (map && grad) __enzyme_autodiff((void *)mapreduce, enzyme_dup, x, dx, enzyme_const, n);
    if (!map && !grad) return stencil(x, w, n);
    if (!map && grad)
        __enzyme_autodiff((void *)stencil, enzyme_dup, x, dx, enzyme_dup, w, dw, enzyme_const, n);
    return 0;
}

int main(int argc, char **argv) {
    if (argc < 3) return 2;
    int grad = strcmp(argv[2], "grad") == 0, map = strcmp(argv[1], "mapreduce") == 0;
    int rounds = argc > 3 ? atoi(argv[3]) : 1;
    long n = map ? MAP_N : STENCIL_N;
    double *x = malloc(n * sizeof *x), *dx = calloc(n, sizeof *dx);
    double *w = calloc(n, sizeof *w), *dw = calloc(n, sizeof *dw);
    for (long i = 0; i < n; i++) x[i] = w[i] = sin(0.001 * i);
    double best = 1e30, best_cpu = 0, first = 0, check = 0;
    long best_faults = 0;
    for (int r = 0; r < (rounds > 0 ? rounds : 1); r++) {
        long f0, f1;
        double c0 = cpu(&f0), t0 = now();
        check += run(map, grad, x, dx, w, dw, n);
        double t1 = now(), c1 = cpu(&f1);
        if (r == 0) first = t1 - t0;
        if (t1 - t0 < best) best = t1 - t0, best_cpu = c1 - c0, best_faults = f1 - f0;
    }
    for (long i = 0; i < n; i += 997) check += dx[i];
    printf("%.6f %.12g %.6f %ld %.6f\n", best, check, best_cpu, best_faults, first);
    return 0;
}
