/* bench_alloc.h: heap accounting for the enzymec gradient versions.
 *
 * The harness links these programs with -Wl,--wrap=malloc,--wrap=calloc,--wrap=realloc,
 * --wrap=free, so every call to those functions from the program, from the code enzymec
 * synthesized (tapes are malloc/realloc'd) and from the enzymec runtime goes through the
 * counters below; libc-internal allocations are not seen. Between bench_alloc_begin() and
 * bench_alloc_end() we record the total bytes requested and the peak of live bytes (measured
 * with malloc_usable_size, so realloc and free are exact). The numbers include the benchmark's
 * own allocations in that region (e.g. matvec's `out` buffer), which the primal makes too. */
#ifndef BENCH_ALLOC_H
#define BENCH_ALLOC_H

#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>

void *__real_malloc(size_t);
void *__real_calloc(size_t, size_t);
void *__real_realloc(void *, size_t);
void __real_free(void *);

static long long bench_live, bench_peak, bench_total;

static void bench_note_alloc(void *p, size_t requested) {
    if (p) {
        bench_live += (long long)malloc_usable_size(p);
        if (bench_live > bench_peak) bench_peak = bench_live;
        bench_total += (long long)requested;
    }
}
void *__wrap_malloc(size_t n) {
    void *p = __real_malloc(n);
    bench_note_alloc(p, n);
    return p;
}
void *__wrap_calloc(size_t n, size_t m) {
    void *p = __real_calloc(n, m);
    bench_note_alloc(p, n * m);
    return p;
}
void *__wrap_realloc(void *q, size_t n) {
    long long old = q ? (long long)malloc_usable_size(q) : 0;
    void *p = __real_realloc(q, n);
    if (p || n == 0) bench_live -= old;
    bench_note_alloc(p, n);
    return p;
}
void __wrap_free(void *p) {
    if (p) bench_live -= (long long)malloc_usable_size(p);
    __real_free(p);
}
static void bench_alloc_begin(void) { bench_live = bench_peak = bench_total = 0; }
static void bench_alloc_end(void) {
    printf("tape_peak_bytes %lld\ntape_total_bytes %lld\n", bench_peak, bench_total);
}

#endif
