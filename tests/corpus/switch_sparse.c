/* Sparse switches (binary search / compare chains), 64-bit cases, and character classification. */
#include <stdio.h>

static int sparse(long long v) {
    switch (v) {
    case -1000000000000LL: return 1;
    case -7: return 2;
    case 13: return 3;
    case 1000: return 4;
    case 65536: return 5;
    case 99999: return 6;
    case 1LL << 40: return 7;
    case 0x7fffffffffffffffLL: return 8;
    default: return 0;
    }
}

static int kind(char c) {
    switch (c) {
    case ' ': case '\t': case '\n': return 1;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9': return 2;
    case '+': case '-': case '*': case '/': return 3;
    case '(': case ')': return 4;
    default: return (c >= 'a' && c <= 'z') ? 5 : 6;
    }
}

int main(void) {
    long long probes[] = {-1000000000000LL, -7, 13, 14, 1000, 65536, 99999, 1LL << 40, 0x7fffffffffffffffLL, 0, -8};
    int s = 0;
    for (unsigned i = 0; i < sizeof probes / sizeof probes[0]; i++) s = s * 10 + sparse(probes[i]) % 10;
    printf("sparse=%d\n", s);
    const char *text = "let x = (12 + foo) * 3 - y / 7;\n";
    int counts[7] = {0};
    for (const char *p = text; *p; p++) counts[kind(*p)]++;
    for (int i = 1; i < 7; i++) printf("%d%c", counts[i], i == 6 ? '\n' : ',');
    unsigned h = 0;
    for (unsigned i = 0; i < 5000; i += 3) {
        switch (i) {
        case 3: case 300: case 3000: h += i; break;
        case 999: h ^= 0xabc; break;
        case 4998: h *= 7; break;
        default: h += 1;
        }
    }
    printf("h=%u\n", h);
    return 0;
}
