/* Packed and aligned structs, unaligned member access, flexible array members, offsetof. */
#include <stdio.h>
#include <stdlib.h>
#include <stddef.h>
#include <string.h>
#include <stdint.h>

struct __attribute__((packed)) rec { uint8_t tag; uint32_t val; uint16_t w; double d; };
struct __attribute__((aligned(32))) al { char c; int x; };
struct blob { size_t n; uint32_t sum; int data[]; };

static struct blob *mk_blob(size_t n) {
    struct blob *b = malloc(sizeof *b + n * sizeof(int));
    b->n = n; b->sum = 0;
    for (size_t i = 0; i < n; i++) { b->data[i] = (int)(i * i % 97); b->sum += (uint32_t)b->data[i]; }
    return b;
}

int main(void) {
    printf("sizes %zu %zu %zu %zu\n", sizeof(struct rec), sizeof(struct al), _Alignof(struct al), sizeof(struct blob));
    printf("offs %zu %zu %zu %zu\n", offsetof(struct rec, val), offsetof(struct rec, w), offsetof(struct rec, d), offsetof(struct blob, data));
    struct rec arr[5];
    for (int i = 0; i < 5; i++) { arr[i].tag = (uint8_t)i; arr[i].val = 0x01020304u * (uint32_t)i; arr[i].w = (uint16_t)(i * 1000); arr[i].d = i / 4.0; }
    uint64_t h = 0;
    for (int i = 0; i < 5; i++) h = h * 31 + arr[i].tag + arr[i].val + arr[i].w + (uint64_t)(arr[i].d * 100);
    unsigned char bytes[sizeof arr]; memcpy(bytes, arr, sizeof arr);
    for (size_t i = 0; i < sizeof arr; i++) h = h * 3 + bytes[i] * (i % 5 == 0); /* only deterministic bytes matter */
    printf("h=%llu\n", (unsigned long long)h);
    struct blob *b = mk_blob(50);
    long s = 0; for (size_t i = 0; i < b->n; i++) s += b->data[i];
    printf("blob %zu %u %ld\n", b->n, b->sum, s);
    free(b);
    struct al av[3];
    printf("al %d\n", (int)((char *)&av[1] - (char *)&av[0]));
    return 0;
}
