/* OpenMP gradient benchmark (benchmarks/omp_bench.py): a map-reduce over 2e7 doubles and a
 * heat stencil, primal and enzymec gradient; built with and without -fopenmp.
 * usage: omp_kernels mapreduce|stencil primal|grad -> prints "seconds checksum" */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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

int main(int argc, char **argv) {
    if (argc < 3) return 2;
    int grad = strcmp(argv[2], "grad") == 0, map = strcmp(argv[1], "mapreduce") == 0;
    long n = map ? MAP_N : STENCIL_N;
    double *x = malloc(n * sizeof *x), *dx = calloc(n, sizeof *dx);
    double *w = calloc(n, sizeof *w), *dw = calloc(n, sizeof *dw);
    for (long i = 0; i < n; i++) x[i] = w[i] = sin(0.001 * i);
    double t0 = now(), check = 0;
    if (map && !grad) check = mapreduce(x, n);
    if (map && grad) __enzyme_autodiff((void *)mapreduce, enzyme_dup, x, dx, enzyme_const, n);
    if (!map && !grad) check = stencil(x, w, n);
    if (!map && grad)
        __enzyme_autodiff((void *)stencil, enzyme_dup, x, dx, enzyme_dup, w, dw, enzyme_const, n);
    double t1 = now();
    for (long i = 0; i < n; i += 997) check += dx[i];
    printf("%.6f %.12g\n", t1 - t0, check);
    return 0;
}
