/* Recursive functions differentiated at their top call (tests/ad/test_own_pair.py). Those
 * whose recursive call passes the top call's activities get a gradient that runs their
 * recursion's split pair (enzymec/ad/split/own_pair.py); `swapped` and `dropped` do not.
 * main prints the largest difference of any gradient from its analytic value, over the
 * sizes it is given. */
#include <enzyme.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct { double value, dx; } value_grad;
extern value_grad __enzyme_autodiff_vg(void *, ...);

/* a pairwise reduction: dup pointer, const length, float result (alias-versioned) */
double tree(const double *x, int n) {
    if (n <= 4) {
        double s = 0;
        for (int i = 0; i < n; i++)
            s += sin(x[i]) * x[i];
        return s;
    }
    int h = n / 2;
    double a = tree(x, h), b = tree(x + h, n - h);
    return sqrt(a * a + b * b + 1.0);
}

static double tree_grad(const double *x, int n, double seed, double *g) {
    if (n <= 4) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += sin(x[i]) * x[i];
            g[i] += seed * (cos(x[i]) * x[i] + sin(x[i]));
        }
        return s;
    }
    int h = n / 2;
    double a = tree(x, h), b = tree(x + h, n - h), r = sqrt(a * a + b * b + 1.0);
    tree_grad(x, h, seed * a / r, g);
    tree_grad(x + h, n - h, seed * b / r, g + h);
    return r;
}

/* an active scalar argument (out), whose adjoint the gradient returns */
double power(double x, int n) { return n == 0 ? 1.0 : x * power(x, n - 1); }

/* no result: squares x[i] in place, i = 0 .. n-1, last first (not a loop in disguise) */
void squares(double *x, int n) {
    if (n == 0) return;
    squares(x + 1, n - 1);
    x[0] = x[0] * x[0];
}

/* the recursive call passes y (const at the top) where the top call passes x (dup):
 * other activities */
double swapped(const double *x, const double *y, int n) {
    if (n == 0) return 0.0;
    return x[0] * y[0] + swapped(y + 1, x + 1, n - 1);
}

/* the recursive call's result is not used: its result is not an `out` there */
double dropped(double *x, int n) {
    if (n == 0) return 0.0;
    dropped(x + 1, n - 1);
    x[0] = 2.0 * x[0] * x[0];
    return x[0];
}

static double worst = 0.0;
#define check(got, want) check_at(__LINE__, got, want)

static void check_at(int line, double got, double want) {
    double d = fabs(got - want) / fmax(1.0, fabs(want));
    if (!(d <= worst)) worst = d;  /* NaN too */
    if (getenv("SHOW") && d > 1e-12) fprintf(stderr, "line %d: %g vs %g\n", line, got, want);
}

int main(int argc, char **argv) {
    for (int a = 1; a < argc; a++) {
        int n = atoi(argv[a]);
        double *x = malloc(sizeof(double) * n), *dx = malloc(sizeof(double) * n);
        double *y = malloc(sizeof(double) * n), *dy = malloc(sizeof(double) * n);
        double *g = malloc(sizeof(double) * n);
        for (int i = 0; i < n; i++) {
            x[i] = 0.3 + 0.7 * sin(1.3 * i + n);
            y[i] = -0.4 + 0.9 * cos(0.7 * i - n);
            dx[i] = 0.25 * i;  /* the gradients add into dx */
            g[i] = 0.25 * i;
        }
        __enzyme_autodiff((void *)tree, enzyme_dup, x, dx, enzyme_const, n);
        tree_grad(x, n, 1.0, g);
        for (int i = 0; i < n; i++) check(dx[i], g[i]);
        check(__enzyme_autodiff((void *)power, 1.1, enzyme_const, n % 9),
              (n % 9) * pow(1.1, n % 9 - 1));
        value_grad vg = __enzyme_autodiff_vg((void *)power, enzyme_primal_return, 0.9,
                                             enzyme_const, n % 7);
        check(vg.value, pow(0.9, n % 7));
        check(vg.dx, (n % 7) * pow(0.9, n % 7 - 1));
        for (int i = 0; i < n; i++) {
            y[i] = x[i];
            dy[i] = 1.0 + i;
        }
        __enzyme_autodiff((void *)squares, enzyme_dup, y, dy, enzyme_const, n);
        for (int i = 0; i < n; i++) check(dy[i], 2.0 * x[i] * (1.0 + i));
        for (int i = 0; i < n; i++) {
            y[i] = -0.4 + 0.9 * cos(0.7 * i - n);
            dx[i] = dy[i] = 0.0;
        }
        __enzyme_autodiff((void *)swapped, enzyme_dup, x, dx, enzyme_const, y, n);
        for (int i = 0; i < n; i++) check(dx[i], y[i]); /* x[i] y[i] summed, either way */
        for (int i = 0; i < n; i++) {
            y[i] = x[i];
            dy[i] = 0.0;
        }
        __enzyme_autodiff((void *)dropped, enzyme_dup, y, dy, enzyme_const, n);
        if (n > 0) check(dy[0], 4.0 * x[0]);
        for (int i = 1; i < n; i++) check(dy[i], 0.0);
        free(x); free(dx); free(y); free(dy); free(g);
    }
    printf("%.3g\n", worst);
    return 0;
}
