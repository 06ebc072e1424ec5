/* C11 atomics: fetch_add/sub/or/and/xor, compare_exchange loops, exchange, memory orders, flags, 2 threads. */
#include <stdio.h>
#include <stdatomic.h>
#include <stdint.h>
#include <pthread.h>

static atomic_long shared_total;
static atomic_uint bits;
static _Atomic(int64_t) max_seen = INT64_MIN;

static void atomic_max(_Atomic(int64_t) *m, int64_t v) {
    int64_t cur = atomic_load_explicit(m, memory_order_relaxed);
    while (v > cur && !atomic_compare_exchange_weak(m, &cur, v)) { }
}

static void *adder(void *arg) {
    long id = (long)arg;
    for (long i = 0; i < 20000; i++) {
        atomic_fetch_add_explicit(&shared_total, i % 7 + id, memory_order_relaxed);
        atomic_max(&max_seen, (i * 7919 + id * 13) % 100003);
    }
    atomic_fetch_or(&bits, 1u << id);
    return NULL;
}

int main(void) {
    atomic_int x = 10;
    int old = atomic_fetch_add(&x, 5); int o2 = atomic_fetch_sub(&x, 3);
    int o3 = atomic_exchange(&x, 100); int expected = 100;
    _Bool swapped = atomic_compare_exchange_strong(&x, &expected, 7);
    expected = 5; _Bool swapped2 = atomic_compare_exchange_strong(&x, &expected, 9);
    printf("ops %d %d %d %d %d %d %d\n", old, o2, o3, swapped, swapped2, expected, atomic_load(&x));
    atomic_uchar c = 0xf0; atomic_fetch_xor(&c, 0xff); atomic_fetch_and(&c, 0x0e);
    printf("byte %u\n", (unsigned)atomic_load(&c));
    atomic_flag f = ATOMIC_FLAG_INIT;
    int s1 = atomic_flag_test_and_set(&f), s2 = atomic_flag_test_and_set(&f); atomic_flag_clear(&f);
    printf("flag %d %d\n", s1, s2);
    atomic_thread_fence(memory_order_seq_cst);
    pthread_t t[2];
    for (long i = 0; i < 2; i++) pthread_create(&t[i], NULL, adder, (void *)(i + 1));
    for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
    printf("total %ld bits %u max %lld\n", atomic_load(&shared_total), atomic_load(&bits), (long long)atomic_load(&max_seen));
    static int cells[4] = {1, 2, 3, 4};
    _Atomic(int *) ap = &cells[0];
    int *prev = atomic_exchange(&ap, &cells[2]);
    int *want = &cells[2];  /* (gcc's atomic_fetch_add on pointers does not scale, so swap instead) */
    atomic_compare_exchange_strong(&ap, &want, &cells[3]);
    printf("ptr %d %d\n", *prev, *atomic_load(&ap));
    return 0;
}
