/* Globals and statics: static locals keeping state, global arrays, const lookup tables, extern-style access. */
#include <stdio.h>
#include <stdint.h>

static const uint8_t sbox[16] = {0xc, 5, 6, 0xb, 9, 0, 0xa, 0xd, 3, 0xe, 0xf, 8, 4, 7, 1, 2};
static const char *const names[] = {"zero", "one", "two", "three", "four"};
static const double weights[3][3] = {{0.5, 0.25, 0.25}, {0.1, 0.8, 0.1}, {1.0 / 3, 1.0 / 3, 1.0 / 3}};
int global_counter = 7;
long global_array[64];
static struct { int x; const char *s; } config = {99, "cfg"};
static int *global_ptr = &global_counter;

static int next_id(void) { static int id = 100; return id++; }
static unsigned counter_hits(void) { static unsigned hits; return ++hits; }

static uint32_t present_nibbles(uint32_t v) {
    uint32_t r = 0;
    for (int i = 0; i < 8; i++) r |= (uint32_t)sbox[(v >> (4 * i)) & 0xf] << (4 * i);
    return r;
}

int main(void) {
    for (int i = 0; i < 5; i++) printf("%d ", next_id());
    printf("\n");
    for (int i = 0; i < 10; i++) counter_hits();
    printf("hits %u\n", counter_hits());
    uint32_t v = 0x12345678;
    for (int i = 0; i < 10; i++) v = present_nibbles(v) ^ (v << 3 | v >> 29);
    printf("sbox %08x\n", v);
    for (int i = 0; i < 5; i++) printf("%s%c", names[i], i == 4 ? '\n' : ',');
    double s = 0; for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) s += weights[i][j] * (i + 2 * j);
    printf("weights %.17g\n", s);
    for (int i = 0; i < 64; i++) global_array[i] = (long)i * global_counter;
    *global_ptr += 5;
    long t = 0; for (int i = 0; i < 64; i++) t += global_array[i];
    printf("global %ld %d %d %s\n", t, global_counter, config.x, config.s);
    return 0;
}
