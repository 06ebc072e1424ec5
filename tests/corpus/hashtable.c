/* An open-addressing string hash table (FNV-1a, linear probing, resize) with insert/lookup/delete. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

struct entry { char *key; long val; int used, dead; };
struct table { struct entry *e; size_t cap, n; };

static uint64_t fnv(const char *s) { uint64_t h = 0xcbf29ce484222325ULL; while (*s) { h ^= (unsigned char)*s++; h *= 0x100000001b3ULL; } return h; }
static void put(struct table *t, const char *k, long v);
static void grow(struct table *t) {
    struct table nt = {calloc(t->cap * 2, sizeof(struct entry)), t->cap * 2, 0};
    for (size_t i = 0; i < t->cap; i++) if (t->e[i].used && !t->e[i].dead) { put(&nt, t->e[i].key, t->e[i].val); free(t->e[i].key); }
    free(t->e); *t = nt;
}
static void put(struct table *t, const char *k, long v) {
    if ((t->n + 1) * 4 > t->cap * 3) grow(t);
    size_t i = fnv(k) & (t->cap - 1);
    while (t->e[i].used) { if (!t->e[i].dead && !strcmp(t->e[i].key, k)) { t->e[i].val = v; return; } i = (i + 1) & (t->cap - 1); }
    t->e[i] = (struct entry){strdup(k), v, 1, 0}; t->n++;
}
static struct entry *find(struct table *t, const char *k) {
    size_t i = fnv(k) & (t->cap - 1);
    while (t->e[i].used) { if (!t->e[i].dead && !strcmp(t->e[i].key, k)) return &t->e[i]; i = (i + 1) & (t->cap - 1); }
    return NULL;
}

int main(void) {
    struct table t = {calloc(8, sizeof(struct entry)), 8, 0};
    char key[32];
    for (int i = 0; i < 2000; i++) { snprintf(key, sizeof key, "key%d", i * 7 % 1500); put(&t, key, i); }
    long s = 0; int missing = 0;
    for (int i = 0; i < 1600; i++) { snprintf(key, sizeof key, "key%d", i); struct entry *e = find(&t, key); if (e) s += e->val; else missing++; }
    printf("n=%zu cap=%zu sum=%ld missing=%d\n", t.n, t.cap, s, missing);
    for (int i = 0; i < 1500; i += 3) { snprintf(key, sizeof key, "key%d", i); struct entry *e = find(&t, key); if (e) { e->dead = 1; free(e->key); e->key = NULL; } }
    int live = 0; for (size_t i = 0; i < t.cap; i++) live += t.e[i].used && !t.e[i].dead;
    struct entry *e = find(&t, "key1"); struct entry *g = find(&t, "key3");
    printf("live=%d key1=%ld key3=%s\n", live, e ? e->val : -1, g ? "present" : "deleted");
    for (size_t i = 0; i < t.cap; i++) free(t.e[i].key);
    free(t.e);
    return 0;
}
