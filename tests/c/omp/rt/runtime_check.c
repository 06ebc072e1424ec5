/* Direct test of the runtime's OpenMP helpers (test_omp.py builds it with cc -pthread):
 * concurrent atomic adjoint adds (double, float, lanes) lose no update; per-thread tapes
 * give each thread back its own tape and refuse nothing in a matching team; critical-section
 * tickets count per lock and reset once every entry was reversed. */
#include <pthread.h>
#include <stdio.h>
#include "enzymec_rt.h"

#define THREADS 4
#define ADDS 100000

static double d;
static float fl;
static double lanes[3];
static void *tapes;

static void *work(void *arg) {
    long id = (long)arg;
    double v[3] = {1.0, 2.0, 0.5};
    for (int i = 0; i < ADDS; i++) {
        __enzymec_atomic_add_double(&d, 0.25);
        __enzymec_atomic_add_float(&fl, 1.0f);
        __enzymec_atomic_add_double_lanes(lanes, v, 3);
    }
    __enzymec_omp_tape_set(tapes, id, THREADS, (void *)(id * 16 + 8));
    return NULL;
}

int main(void) {
    pthread_t t[THREADS];
    tapes = __enzymec_omp_tapes_new(THREADS);
    for (long i = 0; i < THREADS; i++) pthread_create(&t[i], NULL, work, (void *)i);
    for (int i = 0; i < THREADS; i++) pthread_join(t[i], NULL);
    int ok = d == 0.25 * ADDS * THREADS && fl == (float)(ADDS * THREADS) &&
             lanes[0] == ADDS * THREADS && lanes[1] == 2.0 * ADDS * THREADS &&
             lanes[2] == 0.5 * ADDS * THREADS && __enzymec_omp_team(tapes) == THREADS;
    for (long i = 0; i < THREADS; i++)
        ok = ok && __enzymec_omp_tape_get(tapes, i, THREADS) == (void *)(i * 16 + 8);
    __enzymec_omp_tapes_free(tapes);
    /* critical-section order: tickets 0, 1, 2 forward; reversed 2, 1, 0; then a new order */
    static int lock_a[8], lock_b[8];
    ok = ok && __enzymec_omp_order_take(lock_a) == 0 && __enzymec_omp_order_take(lock_b) == 0 &&
         __enzymec_omp_order_take(lock_a) == 1 && __enzymec_omp_order_take(lock_a) == 2;
    for (long k = 2; k >= 0; k--) {
        __enzymec_omp_order_wait(lock_a, k);  /* returns only on its turn */
        __enzymec_omp_order_done(lock_a);
    }
    ok = ok && __enzymec_omp_order_take(lock_a) == 0 && __enzymec_omp_order_take(lock_b) == 1;
    puts(ok ? "ok" : "wrong");
    return !ok;
}
