/* The leaf tape of a recursion kept in dx (enzymec/ad/shadow_tape/shadow_tape_apply.py with
 * recursive_partition.py) against the ordinary tape: each gradient below is run on many
 * contents of dx and sizes, and every dx element printed in hex;
 * tests/ad/test_shadow_tape_recursion.py builds this file with and without the shadow tape
 * (ENZYMEC_SHADOW_TAPE=0) and wants the two outputs identical, bit for bit.
 * - tree: benchmarks/c/tree_reduce's function (leaves of <= 16, halves [0, h) and [h, n));
 * - tree4: leaves of <= 4 and halves at n / 3 (deeper, uneven recursion);
 * - tree40: leaves of <= 40, more than shadow_pretest.py's 16 (the test of each element in
 *   the loop, not one before it);
 * - treef: tree over floats (4-byte elements: the test before the loop ends on half a word);
 * - tree_overlap: halves [0, h + 1) and [h, n) share an element (no partition: the
 *   ordinary tape);
 * - tree_peek: an internal node also reads x[0] (a second load: the ordinary tape).
 * dx contents: zeros; -0.0 everywhere, first, middle, last; NaN and Inf at some element;
 * nonzero everywhere; mixed; a denormal; x itself; NaN first and -Inf last; and calls with
 * dx == x and with dx overlapping x by half (the ordinary gradient then). */
#include <enzyme.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static double leaf(const double *x, int n) {
    double s = 0;
    for (int i = 0; i < n; i++)
        s += sin(x[i]) * x[i];
    return s;
}

__attribute__((noinline)) double tree(const double *x, int n) {
    if (n <= 16) return leaf(x, n);
    int h = n / 2;
    double a = tree(x, h), b = tree(x + h, n - h);
    return sqrt(a * a + b * b + 1.0);
}

__attribute__((noinline)) double tree4(const double *x, int n) {
    if (n <= 4) return leaf(x, n);
    int h = n / 3;
    double a = tree4(x, h), b = tree4(x + h, n - h);
    return a * b + cos(a) + 0.5 * b;
}

__attribute__((noinline)) double tree40(const double *x, int n) {
    if (n <= 40) return leaf(x, n);
    int h = n / 2;
    double a = tree40(x, h), b = tree40(x + h, n - h);
    return sqrt(a * a + b * b + 1.0);
}

static float leaff(const float *x, int n) {
    float s = 0;
    for (int i = 0; i < n; i++)
        s += sinf(x[i]) * x[i];
    return s;
}

__attribute__((noinline)) float treef(const float *x, int n) {
    if (n <= 16) return leaff(x, n);
    int h = n / 2;
    float a = treef(x, h), b = treef(x + h, n - h);
    return sqrtf(a * a + b * b + 1.0f);
}

__attribute__((noinline)) double tree_overlap(const double *x, int n) {
    if (n <= 16) return leaf(x, n);
    int h = n / 2;
    double a = tree_overlap(x, h + 1), b = tree_overlap(x + h, n - h);
    return sqrt(a * a + b * b + 1.0);
}

__attribute__((noinline)) double tree_peek(const double *x, int n) {
    if (n <= 16) return leaf(x, n);
    int h = n / 2;
    double a = tree_peek(x, h), b = tree_peek(x + h, n - h);
    return sqrt(a * a + b * b + x[0] * x[0]);
}

typedef void (*gradient)(const double *, double *, int);
__attribute__((noinline)) void d_tree(const double *x, double *dx, int n) {
    __enzyme_autodiff((void *)tree, enzyme_dup, x, dx, enzyme_const, n);
}
__attribute__((noinline)) void d_tree4(const double *x, double *dx, int n) {
    __enzyme_autodiff((void *)tree4, enzyme_dup, x, dx, enzyme_const, n);
}
__attribute__((noinline)) void d_tree40(const double *x, double *dx, int n) {
    __enzyme_autodiff((void *)tree40, enzyme_dup, x, dx, enzyme_const, n);
}
__attribute__((noinline)) void d_treef(const float *x, float *dx, int n) {
    __enzyme_autodiff((void *)treef, enzyme_dup, x, dx, enzyme_const, n);
}
__attribute__((noinline)) void d_tree_overlap(const double *x, double *dx, int n) {
    __enzyme_autodiff((void *)tree_overlap, enzyme_dup, x, dx, enzyme_const, n);
}
__attribute__((noinline)) void d_tree_peek(const double *x, double *dx, int n) {
    __enzyme_autodiff((void *)tree_peek, enzyme_dup, x, dx, enzyme_const, n);
}

static volatile double negative_zero = -0.0;  /* not folded: the bits must reach dx */

static void fill(double *dx, const double *x, int n, int content) {
    for (int i = 0; i < n; i++)
        dx[i] = 0.0;
    switch (content) {
    case 1: for (int i = 0; i < n; i++) dx[i] = negative_zero; break;
    case 2: dx[0] = negative_zero; break;
    case 3: dx[n / 2] = negative_zero; break;
    case 4: dx[n - 1] = negative_zero; break;
    case 5: dx[n - 1] = NAN; break;
    case 6: dx[n / 2] = INFINITY; break;
    case 7: for (int i = 0; i < n; i++) dx[i] = 1.0; break;
    case 8: for (int i = 0; i < n; i++) dx[i] = i % 3 == 0 ? negative_zero : i % 3 == 1 ? 0.5 : 0.0; break;
    case 9: dx[n - 1] = 1e-310; break;
    case 10: memcpy(dx, x, (size_t)n * sizeof *dx); break;
    case 11: dx[0] = NAN; dx[n - 1] = -INFINITY; break;
    case 12: dx[n - 2 > 0 ? n - 2 : 0] = 2.5; break;  /* late in the last leaf */
    case 13: dx[n > 20 ? 20 : 0] = -1.0; break;        /* early, in the second leaf */
    }
}

/* treef on the same contents (as floats), every dx element printed in hex */
static void run_float(const int *sizes, int count, double *x, double *dx) {
    float *xf = malloc(2 * 4097 * sizeof *xf), *dxf = malloc(2 * 4097 * sizeof *dxf);
    for (int s = 0; s < count; s++) {
        int n = sizes[s];
        for (int content = 0; content < 16; content++) {
            srand((unsigned)(7 + 31 * content + s));
            for (int i = 0; i < 2 * n; i++)
                x[i] = (rand() % 2000 - 1000) / 370.0;
            fill(dx, x, n, content < 14 ? content : 0);
            for (int i = 0; i < 2 * n; i++)
                xf[i] = (float)x[i], dxf[i] = (float)(i < n ? dx[i] : 0.0);
            if (content == 14) d_treef(xf, xf, n);            /* dx == x */
            else if (content == 15) d_treef(xf, xf + n / 2, n); /* dx overlaps x */
            else d_treef(xf, dxf, n);
            const float *out = content < 14 ? dxf : xf;
            printf("treef n=%d dx%d:", n, content);
            for (int i = 0; i < (content == 15 ? 2 * n : n); i++) {
                uint32_t bits;
                memcpy(&bits, &out[i], sizeof bits);
                printf(" %08x", (unsigned)bits);
            }
            printf("\n");
        }
    }
    free(xf);
    free(dxf);
}

static void print(const char *name, int n, const char *what, const double *p, int count) {
    printf("%s n=%d %s:", name, n, what);
    for (int i = 0; i < count; i++) {
        uint64_t bits;
        memcpy(&bits, &p[i], sizeof bits);
        printf(" %016llx", (unsigned long long)bits);
    }
    printf("\n");
}

int main(void) {
    const gradient gradients[] = {d_tree, d_tree4, d_tree40, d_tree_overlap, d_tree_peek};
    const char *names[] = {"tree", "tree4", "tree40", "tree_overlap", "tree_peek"};
    const int sizes[] = {1, 2, 15, 16, 17, 31, 33, 100, 257, 1000, 4097};
    double *x = malloc(2 * 4097 * sizeof *x), *dx = malloc(2 * 4097 * sizeof *dx);
    for (int g = 0; g < 5; g++)
        for (int s = 0; s < (int)(sizeof sizes / sizeof *sizes); s++) {
            int n = sizes[s];
            for (int content = 0; content < 14; content++) {
                srand((unsigned)(7 + 31 * content + s));
                for (int i = 0; i < n; i++)
                    x[i] = (rand() % 2000 - 1000) / 370.0;
                fill(dx, x, n, content);
                gradients[g](x, dx, n);
                char what[16];
                snprintf(what, sizeof what, "dx%d", content);
                print(names[g], n, what, dx, n);
            }
            for (int i = 0; i < 2 * n; i++)
                x[i] = (rand() % 2000 - 1000) / 370.0;
            gradients[g](x, x, n);  /* dx == x */
            print(names[g], n, "same", x, n);
            gradients[g](x, x + n / 2, n);  /* dx overlaps x */
            print(names[g], n, "overlap", x, 2 * n);
        }
    run_float(sizes, (int)(sizeof sizes / sizeof *sizes), x, dx);
    free(x);
    free(dx);
    return 0;
}
