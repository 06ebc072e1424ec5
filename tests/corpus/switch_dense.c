/* Dense switch (jump table), fallthrough, and a switch inside a loop. */
#include <stdio.h>

static int classify(int c) {
    switch (c) {
    case 0: return 10;
    case 1: return 21;
    case 2: return 32;
    case 3: /* fallthrough */
    case 4: return 54;
    case 5: return 65;
    case 6: return 76;
    case 7: return 87;
    case 8: return 98;
    case 9: return 109;
    case 10: return 1110;
    case 11: return -11;
    default: return -1;
    }
}

static const char *day(unsigned d) {
    switch (d % 7) {
    case 0: return "sun"; case 1: return "mon"; case 2: return "tue"; case 3: return "wed";
    case 4: return "thu"; case 5: return "fri"; default: return "sat";
    }
}

int main(void) {
    long total = 0;
    for (int i = -3; i < 40; i++) total = total * 3 + classify(i % 13);
    printf("total=%ld\n", total);
    int acc = 0;
    for (int i = 0; i < 100; i++) {
        switch (i & 7) {
        case 0: acc += 1;
        case 1: acc *= 3; break;
        case 2: acc -= 7; /* fallthrough */
        case 3: acc ^= 0x55; break;
        case 5: continue;
        default: acc += i;
        }
        acc &= 0xffffff;
    }
    printf("acc=%d\n", acc);
    for (unsigned d = 0; d < 9; d++) printf("%s%c", day(d), d == 8 ? '\n' : ' ');
    return 0;
}
