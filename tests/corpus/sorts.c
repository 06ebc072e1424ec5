/* Sorting algorithms: merge sort (recursive, temp buffer), heap sort, insertion sort, quicksort on doubles. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void merge_sort(int *a, int *tmp, int n) {
    if (n < 2) return;
    int h = n / 2;
    merge_sort(a, tmp, h); merge_sort(a + h, tmp, n - h);
    int i = 0, j = h, k = 0;
    while (i < h && j < n) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
    while (i < h) tmp[k++] = a[i++];
    while (j < n) tmp[k++] = a[j++];
    memcpy(a, tmp, (size_t)n * sizeof *a);
}
static void sift(long *a, int i, int n) {
    for (;;) { int c = 2 * i + 1; if (c >= n) return; if (c + 1 < n && a[c + 1] > a[c]) c++; if (a[i] >= a[c]) return; long t = a[i]; a[i] = a[c]; a[c] = t; i = c; }
}
static void heap_sort(long *a, int n) {
    for (int i = n / 2 - 1; i >= 0; i--) sift(a, i, n);
    for (int e = n - 1; e > 0; e--) { long t = a[0]; a[0] = a[e]; a[e] = t; sift(a, 0, e); }
}
static void insertion(short *a, int n) { for (int i = 1; i < n; i++) { short v = a[i]; int j = i - 1; while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; } a[j + 1] = v; } }
static void quick(double *a, int lo, int hi) {
    while (lo < hi) {
        double p = a[(lo + hi) / 2]; int i = lo, j = hi;
        while (i <= j) { while (a[i] < p) i++; while (a[j] > p) j--; if (i <= j) { double t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; } }
        if (j - lo < hi - i) { quick(a, lo, j); lo = i; } else { quick(a, i, hi); hi = j; }
    }
}

static unsigned rng = 12345;
static unsigned rnd(void) { rng = rng * 1103515245u + 12345u; return rng >> 8; }

int main(void) {
    enum { N = 3000 };
    static int a[N], tmp[N]; static long b[N]; static short c[500]; static double d[N];
    for (int i = 0; i < N; i++) { a[i] = (int)(rnd() % 100000); b[i] = (long)rnd() * 7 - 50000000; d[i] = (double)rnd() / 3.0 - 1e5; }
    for (int i = 0; i < 500; i++) c[i] = (short)(rnd() % 2000 - 1000);
    merge_sort(a, tmp, N); heap_sort(b, N); insertion(c, 500); quick(d, 0, N - 1);
    int ok = 1;
    for (int i = 1; i < N; i++) ok &= a[i - 1] <= a[i] && b[i - 1] <= b[i] && d[i - 1] <= d[i];
    for (int i = 1; i < 500; i++) ok &= c[i - 1] <= c[i];
    unsigned long h = 0;
    for (int i = 0; i < N; i += 97) h = h * 1000003 + (unsigned long)a[i] + (unsigned long)b[i] + (unsigned long)(long)d[i];
    printf("sorted=%d h=%lu min=%d max=%ld c=%d..%d d=%.17g\n", ok, h, a[0], b[N - 1], c[0], c[499], d[N / 2]);
    return 0;
}
