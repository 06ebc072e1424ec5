/* memcpy/memmove/memset with constant and variable sizes, struct assignment copies, overlapping moves, memchr. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>

struct blk { uint64_t a[7]; uint8_t tail[3]; };

static unsigned hash(const void *p, size_t n) { const uint8_t *b = p; unsigned h = 2166136261u; while (n--) h = (h ^ *b++) * 16777619u; return h; }

int main(void) {
    uint8_t buf[512];
    for (int i = 0; i < 512; i++) buf[i] = (uint8_t)(i * 7 + 3);
    memmove(buf + 10, buf, 300);      /* overlap forward */
    memmove(buf + 100, buf + 150, 200); /* overlap backward */
    printf("move %u\n", hash(buf, sizeof buf));
    for (size_t n = 0; n < 64; n += 5) memset(buf + n * 7, (int)n, n);
    printf("set %u\n", hash(buf, sizeof buf));
    uint8_t dst[512];
    for (size_t n = 1; n < 200; n = n * 2 + 1) { memcpy(dst, buf + n, n); printf("%u ", hash(dst, n)); }
    printf("\n");
    struct blk x, y; memset(&x, 0, sizeof x);
    for (int i = 0; i < 7; i++) x.a[i] = 0x0101010101010101ULL * (uint64_t)(i + 1);
    x.tail[0] = 1; x.tail[2] = 3;
    y = x; y.a[3] ^= 0xff;
    struct blk arr[4]; for (int i = 0; i < 4; i++) arr[i] = i % 2 ? x : y;
    printf("struct %u %u %d\n", hash(&y, sizeof y), hash(arr, sizeof arr), memcmp(&x, &y, sizeof x) < 0);
    const char *hay = "find the needle in the haystack";
    const char *p = memchr(hay, 'n', strlen(hay)); const char *q = memchr(hay, 'z', strlen(hay));
    printf("memchr %td %d\n", p - hay, q == NULL);
    uint32_t words[16]; uint8_t raw[64];
    for (int i = 0; i < 64; i++) raw[i] = (uint8_t)(255 - i);
    memcpy(words, raw + 1, 60);  /* unaligned source */
    printf("words %08x %08x\n", words[0], words[14]);
    return 0;
}
