/* pthreads: worker threads with mutex, condition variable producer/consumer, deterministic results. */
#include <stdio.h>
#include <pthread.h>

#define NT 4
#define QN 8
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t not_empty = PTHREAD_COND_INITIALIZER, not_full = PTHREAD_COND_INITIALIZER;
static long queue[QN]; static int qhead, qcount;
static long partial[NT];
static long total;

struct job { int id; long lo, hi; };

static void *sum_range(void *arg) {
    struct job *j = arg; long s = 0;
    for (long i = j->lo; i < j->hi; i++) s += i * i % 1013;
    partial[j->id] = s;
    pthread_mutex_lock(&mu); total += s; pthread_mutex_unlock(&mu);
    return NULL;
}

static void *producer(void *arg) {
    (void)arg;
    for (long v = 1; v <= 1000; v++) {
        pthread_mutex_lock(&mu);
        while (qcount == QN) pthread_cond_wait(&not_full, &mu);
        queue[(qhead + qcount++) % QN] = v;
        pthread_cond_signal(&not_empty);
        pthread_mutex_unlock(&mu);
    }
    return NULL;
}

int main(void) {
    pthread_t t[NT]; struct job jobs[NT];
    for (int i = 0; i < NT; i++) { jobs[i] = (struct job){i, i * 25000L, (i + 1) * 25000L}; pthread_create(&t[i], NULL, sum_range, &jobs[i]); }
    for (int i = 0; i < NT; i++) pthread_join(t[i], NULL);
    printf("total %ld parts %ld %ld %ld %ld\n", total, partial[0], partial[1], partial[2], partial[3]);
    pthread_t p; pthread_create(&p, NULL, producer, NULL);
    long consumed = 0, weighted = 0;
    for (int k = 0; k < 1000; k++) {
        pthread_mutex_lock(&mu);
        while (qcount == 0) pthread_cond_wait(&not_empty, &mu);
        long v = queue[qhead]; qhead = (qhead + 1) % QN; qcount--;
        pthread_cond_signal(&not_full);
        pthread_mutex_unlock(&mu);
        consumed += v; weighted += v * (k + 1);  /* FIFO order makes this deterministic */
    }
    pthread_join(p, NULL);
    printf("consumed %ld weighted %ld\n", consumed, weighted);
    return 0;
}
