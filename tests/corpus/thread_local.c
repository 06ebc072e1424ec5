/* _Thread_local variables: per-thread counters, TLS arrays, address of TLS, used from two threads. */
#include <stdio.h>
#include <pthread.h>

static _Thread_local long tls_counter = 5;
static _Thread_local int tls_buf[16];
_Thread_local double tls_scale = 1.5;

static long work(int id) {
    for (int i = 0; i < 16; i++) tls_buf[i] = i * id;
    for (int i = 0; i < 1000; i++) tls_counter += tls_buf[i % 16];
    long *p = &tls_counter; *p += id;
    tls_scale *= id + 1;
    return tls_counter + (long)tls_scale;
}

static void *thread_main(void *arg) {
    long id = (long)arg;
    static long results[4];
    results[id] = work((int)id);
    return (void *)results[id];
}

int main(void) {
    pthread_t t[3]; void *r[3];
    for (long i = 0; i < 3; i++) pthread_create(&t[i], NULL, thread_main, (void *)(i + 1));
    for (int i = 0; i < 3; i++) pthread_join(t[i], &r[i]);
    for (int i = 0; i < 3; i++) printf("thread %d -> %ld\n", i + 1, (long)r[i]);
    printf("main tls %ld %.17g\n", tls_counter, tls_scale);
    printf("main work %ld\n", work(7));
    return 0;
}
