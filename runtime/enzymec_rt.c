/* enzymec_rt.c: implementation of the enzymec runtime (see enzymec_rt.h).
 *
 * Plain C11 with no dependency beyond libc, so it links into executables, shared libraries
 * and static binaries alike. */
#include "enzymec_rt.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *enzymec_rt_version(void) { return "0.1.0"; }

void *enzymec_rt_grow(void *ptr, size_t elem_size, size_t needed, size_t *capacity) {
    if (needed <= *capacity && ptr != NULL)
        return ptr;
    size_t cap = *capacity ? *capacity : 16;
    while (cap < needed) {
        if (cap > SIZE_MAX / 2) { cap = needed; break; }
        cap *= 2;
    }
    /* Refuse sizes whose byte count would overflow rather than allocate too little. */
    if (elem_size != 0 && cap > SIZE_MAX / elem_size)
        goto out_of_memory;
    void *grown = realloc(ptr, cap * elem_size);
    if (grown == NULL && cap * elem_size != 0)
        goto out_of_memory;
    *capacity = cap;
    return grown;
out_of_memory:
    fprintf(stderr, "enzymec runtime: out of memory growing a tape to %zu elements of %zu bytes\n",
            needed, elem_size);
    abort();
}

/* Compare-and-swap on the bit pattern: C11 has no atomic floating-point add that every
 * compiler lowers without libatomic, but a 64-bit CAS is lock-free on every target we emit. */
void enzymec_rt_atomic_add_f64(double *addr, double value) {
    uint64_t *bits = (uint64_t *)addr;
    uint64_t old = __atomic_load_n(bits, __ATOMIC_RELAXED), desired;
    do {
        double sum;
        memcpy(&sum, &old, sizeof sum);
        sum += value;
        memcpy(&desired, &sum, sizeof sum);
    } while (!__atomic_compare_exchange_n(bits, &old, desired, 1, __ATOMIC_RELAXED,
                                          __ATOMIC_RELAXED));
}

void enzymec_rt_atomic_add_f32(float *addr, float value) {
    uint32_t *bits = (uint32_t *)addr;
    uint32_t old = __atomic_load_n(bits, __ATOMIC_RELAXED), desired;
    do {
        float sum;
        memcpy(&sum, &old, sizeof sum);
        sum += value;
        memcpy(&desired, &sum, sizeof sum);
    } while (!__atomic_compare_exchange_n(bits, &old, desired, 1, __ATOMIC_RELAXED,
                                          __ATOMIC_RELAXED));
}

void enzymec_rt_check_shadow(const void *primal, const void *shadow, const char *where) {
    if (primal != shadow || primal == NULL)
        return;
    fprintf(stderr, "%s is the primal pointer itself (Enzyme's runtime activity for "
            "constant memory); enzymec decides activity at compile time and stops rather "
            "than add adjoints into the primal memory: pass distinct shadow memory, or mark "
            "the argument enzyme_const\n", where);
    abort();
}
