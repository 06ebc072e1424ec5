/* Branchless selects, min/max/clamp/abs idioms, saturating arithmetic, comparisons of mixed signedness. */
#include <stdio.h>
#include <stdint.h>
#include <math.h>

static int clampi(int x, int lo, int hi) { return x < lo ? lo : x > hi ? hi : x; }
static uint8_t sat_add_u8(uint8_t a, uint8_t b) { unsigned s = (unsigned)a + b; return (uint8_t)(s > 255 ? 255 : s); }
static int16_t sat_sub_i16(int16_t a, int16_t b) { int d = a - b; return (int16_t)(d > 32767 ? 32767 : d < -32768 ? -32768 : d); }
static double dmin(double a, double b) { return a < b ? a : b; }
static unsigned umax(unsigned a, unsigned b) { return a > b ? a : b; }

int main(void) {
    long s = 0;
    for (int i = -300; i < 300; i += 7) s = s * 3 + clampi(i, -100, 150) + (i < 0 ? -i : i);
    printf("clamp %ld\n", s);
    unsigned acc = 0;
    for (int a = 0; a < 256; a += 13) for (int b = 0; b < 256; b += 17) acc = acc * 7 + sat_add_u8((uint8_t)a, (uint8_t)b);
    printf("sat8 %u\n", acc);
    long t = 0;
    for (int a = -32768; a < 32768; a += 4099) for (int b = -32768; b < 32768; b += 5003) t += sat_sub_i16((int16_t)a, (int16_t)b);
    printf("sat16 %ld\n", t);
    double m = 1e300; for (int i = 0; i < 50; i++) m = dmin(m, sin(i * 0.37) * i);
    printf("dmin %.17g\n", m);
    unsigned um = 0; for (unsigned i = 0; i < 100; i++) um = umax(um, (i * 2654435761u) >> 7);
    printf("umax %u\n", um);
    int neg = -1; unsigned pos = 1;
    printf("mixed %d %d %d\n", neg < (int)pos, (unsigned)neg > pos, (long)neg < (long)pos);
    int flags = 0;
    for (int i = 0; i < 32; i++) flags |= ((i % 3 == 0) & (i % 2 == 1)) << i;
    printf("flags %08x\n", (unsigned)flags);
    double x = -0.0, y = 0.0;
    printf("fsel %.17g %.17g %d\n", x < y ? x : y, y < x ? y : x, x == y);
    return 0;
}
