/* __attribute__((constructor/destructor)) with priorities, atexit ordering, initialization order. */
#include <stdio.h>
#include <stdlib.h>

static int init_log[8];
static int n_init;
static int table[256];

__attribute__((constructor(200))) static void init_second(void) { init_log[n_init++] = 2; }
__attribute__((constructor(101))) static void init_first(void) { init_log[n_init++] = 1; }
__attribute__((constructor)) static void init_table(void) {
    init_log[n_init++] = 3;
    for (int i = 0; i < 256; i++) { unsigned c = (unsigned)i; for (int k = 0; k < 8; k++) c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1; table[i] = (int)c; }
}
__attribute__((destructor)) static void fini(void) { printf("destructor ran\n"); fflush(stdout); }
static void at_exit_a(void) { printf("atexit a\n"); }
static void at_exit_b(void) { printf("atexit b\n"); }

int main(void) {
    printf("init order:");
    for (int i = 0; i < n_init; i++) printf(" %d", init_log[i]);
    printf("\n");
    unsigned crc = 0xffffffffu;
    const char *s = "constructor test";
    for (const char *p = s; *p; p++) crc = (unsigned)table[(crc ^ (unsigned char)*p) & 0xff] ^ (crc >> 8);
    printf("crc %08x\n", crc ^ 0xffffffffu);
    atexit(at_exit_a); atexit(at_exit_b);
    return 0;
}
