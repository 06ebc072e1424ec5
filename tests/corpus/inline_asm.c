/* Inline assembly: a compiler barrier, register operands, in/out operands, and a read-modify-write memory operand. */
#include <stdio.h>
#include <stdint.h>

static inline uint64_t add_asm(uint64_t a, uint64_t b) {
    uint64_t r;
    __asm__("leaq (%1,%2), %0" : "=r"(r) : "r"(a), "r"(b));
    return r;
}
static inline uint32_t rol_asm(uint32_t x, uint8_t n) {
    __asm__("roll %%cl, %0" : "+r"(x) : "c"(n));
    return x;
}
static inline void inc_mem(int *p) { __asm__ volatile("incl %0" : "+m"(*p)); }
static inline uint64_t mul_hi(uint64_t a, uint64_t b) {
    uint64_t lo, hi;
    __asm__("mulq %3" : "=a"(lo), "=d"(hi) : "a"(a), "rm"(b) : "cc");
    (void)lo;
    return hi;
}

int main(void) {
    int shared = 0;
    for (int i = 0; i < 100; i++) {
        shared += i;
        __asm__ volatile("" ::: "memory");  /* barrier: the store must happen */
    }
    printf("barrier %d\n", shared);
    uint64_t s = 0;
    for (uint64_t i = 0; i < 1000; i++) s = add_asm(s, i * i);
    printf("add %llu\n", (unsigned long long)s);
    uint32_t r = 0x80000001u;
    for (int i = 0; i < 10; i++) r = rol_asm(r, (uint8_t)(i + 1)) ^ (uint32_t)i;
    printf("rol %08x\n", r);
    int c = 5; for (int i = 0; i < 37; i++) inc_mem(&c);
    printf("inc %d\n", c);
    printf("mulhi %llu\n", (unsigned long long)mul_hi(0xdeadbeefcafebabeULL, 0x123456789abcdefULL));
    return 0;
}
