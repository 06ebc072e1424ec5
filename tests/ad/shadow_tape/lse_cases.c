/* The shadow tape (enzymec/ad/shadow_tape/shadow_tape_apply.py) against the ordinary tape: each
 * gradient below is run on many contents of dx and sizes, and every dx element printed in
 * hex; tests/ad/test_shadow_tape_apply.py builds this file with and without the shadow tape
 * (ENZYMEC_SHADOW_TAPE=0) and wants the two outputs identical, bit for bit.
 * - lse: logsumexp, the exp of every element taped (the shadow tape's case);
 * - sq_lse: a loop reading x before the exp loop (its reverse adds into dx after the exp
 *   loop's reverse has replaced dx[i]: still the shadow tape);
 * - lse_then_sum: a loop reading x after the exp loop (rule "alone": ordinary tape);
 * - lse_even: x[2i] (a step of 2: ordinary tape).
 * dx contents: zeros; -0.0 everywhere, first, middle, last; NaN and Inf at some element;
 * nonzero everywhere; mixed; a denormal; x itself; and calls with dx == x and with dx
 * overlapping x by half (the ordinary gradient then). */
#include <enzyme.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) double lse(const double *x, long n) {
    double A = x[0];
    for (long i = 1; i < n; i++)
        A = x[i] > A ? x[i] : A;
    double s = 0;
    for (long i = 0; i < n; i++)
        s += exp(x[i] - A);
    return log(s) + A;
}

__attribute__((noinline)) double sq_lse(const double *x, long n) {
    double q = 0;
    for (long i = 0; i < n; i++)
        q += x[i] * x[i];
    double s = 0;
    for (long i = 0; i < n; i++)
        s += exp(x[i] - 1.0);
    return log(s) + 0.25 * q;
}

__attribute__((noinline)) double lse_then_sum(const double *x, long n) {
    double s = 0;
    for (long i = 0; i < n; i++)
        s += exp(x[i]);
    double t = 0;
    for (long i = 0; i < n; i++)
        t += x[i] * s;
    return log(s) + t;
}

__attribute__((noinline)) double lse_even(const double *x, long n) {
    double s = 0;
    for (long i = 0; i < n / 2; i++)
        s += exp(x[2 * i]);
    return log(s);
}

typedef void (*gradient)(const double *, double *, long);
__attribute__((noinline)) void d_lse(const double *x, double *dx, long n) {
    __enzyme_autodiff((void *)lse, enzyme_dup, x, dx, n);
}
__attribute__((noinline)) void d_sq_lse(const double *x, double *dx, long n) {
    __enzyme_autodiff((void *)sq_lse, enzyme_dup, x, dx, n);
}
__attribute__((noinline)) void d_lse_then_sum(const double *x, double *dx, long n) {
    __enzyme_autodiff((void *)lse_then_sum, enzyme_dup, x, dx, n);
}
__attribute__((noinline)) void d_lse_even(const double *x, double *dx, long n) {
    __enzyme_autodiff((void *)lse_even, enzyme_dup, x, dx, n);
}

static volatile double negative_zero = -0.0;  /* not folded: the bits must reach dx */

static void fill(double *dx, const double *x, long n, int content) {
    for (long i = 0; i < n; i++)
        dx[i] = 0.0;
    switch (content) {
    case 1: for (long i = 0; i < n; i++) dx[i] = negative_zero; break;
    case 2: dx[0] = negative_zero; break;
    case 3: dx[n / 2] = negative_zero; break;
    case 4: dx[n - 1] = negative_zero; break;
    case 5: dx[n - 1] = NAN; break;
    case 6: dx[n / 2] = INFINITY; break;
    case 7: for (long i = 0; i < n; i++) dx[i] = 1.0; break;
    case 8: for (long i = 0; i < n; i++) dx[i] = i % 3 == 0 ? negative_zero : i % 3 == 1 ? 0.5 : 0.0; break;
    case 9: dx[n - 1] = 1e-310; break;
    case 10: memcpy(dx, x, (size_t)n * sizeof *dx); break;
    case 11: dx[0] = NAN; dx[n - 1] = -INFINITY; break;
    }
}

static void print(const char *name, long n, const char *what, const double *p, long count) {
    printf("%s n=%ld %s:", name, n, what);
    for (long i = 0; i < count; i++) {
        uint64_t bits;
        memcpy(&bits, &p[i], sizeof bits);
        printf(" %016llx", (unsigned long long)bits);
    }
    printf("\n");
}

int main(void) {
    const gradient gradients[] = {d_lse, d_sq_lse, d_lse_then_sum, d_lse_even};
    const char *names[] = {"lse", "sq_lse", "lse_then_sum", "lse_even"};
    const long sizes[] = {1, 2, 3, 7, 8, 9, 64, 255, 256, 257, 1000};
    double *x = malloc(2000 * sizeof *x), *dx = malloc(2000 * sizeof *dx);
    for (int g = 0; g < 4; g++)
        for (int s = 0; s < (int)(sizeof sizes / sizeof *sizes); s++) {
            long n = sizes[s];
            for (int content = 0; content < 12; content++) {
                srand((unsigned)(7 + 31 * content + s));
                for (long i = 0; i < n; i++)
                    x[i] = content == 11 ? -800.0 * (double)(i % 3)  /* exps underflow to 0 */
                                         : (rand() % 2000 - 1000) / 37.0;
                fill(dx, x, n, content);
                gradients[g](x, dx, n);
                char what[16];
                snprintf(what, sizeof what, "dx%d", content);
                print(names[g], n, what, dx, n);
            }
            for (long i = 0; i < 2 * n; i++)
                x[i] = (rand() % 2000 - 1000) / 370.0;
            gradients[g](x, x, n);  /* dx == x */
            print(names[g], n, "same", x, n);
            gradients[g](x, x + n / 2, n);  /* dx overlaps x */
            print(names[g], n, "overlap", x, 2 * n);
        }
    free(x);
    free(dx);
    return 0;
}
