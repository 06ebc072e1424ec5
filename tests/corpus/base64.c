/* Base64 encode/decode with lookup tables, run-length encoding, and round-trip verification over binary data. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>

static const char B64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static size_t b64_enc(const uint8_t *in, size_t n, char *out) {
    size_t o = 0;
    for (size_t i = 0; i < n; i += 3) {
        uint32_t v = (uint32_t)in[i] << 16 | (i + 1 < n ? (uint32_t)in[i + 1] << 8 : 0) | (i + 2 < n ? in[i + 2] : 0);
        out[o++] = B64[v >> 18 & 63]; out[o++] = B64[v >> 12 & 63];
        out[o++] = i + 1 < n ? B64[v >> 6 & 63] : '='; out[o++] = i + 2 < n ? B64[v & 63] : '=';
    }
    out[o] = 0; return o;
}
static size_t b64_dec(const char *in, uint8_t *out) {
    int8_t rev[256]; memset(rev, -1, sizeof rev);
    for (int i = 0; i < 64; i++) rev[(unsigned char)B64[i]] = (int8_t)i;
    size_t o = 0; uint32_t acc = 0; int bits = 0;
    for (; *in && *in != '='; in++) {
        acc = acc << 6 | (uint32_t)rev[(unsigned char)*in]; bits += 6;
        if (bits >= 8) { bits -= 8; out[o++] = (uint8_t)(acc >> bits); }
    }
    return o;
}
static size_t rle(const uint8_t *in, size_t n, uint8_t *out) {
    size_t o = 0;
    for (size_t i = 0; i < n;) { size_t j = i; while (j < n && in[j] == in[i] && j - i < 255) j++; out[o++] = (uint8_t)(j - i); out[o++] = in[i]; i = j; }
    return o;
}

int main(void) {
    const char *msgs[] = {"", "f", "fo", "foo", "foob", "fooba", "foobar", "Many hands make light work."};
    char enc[256]; uint8_t dec[256];
    for (int i = 0; i < 8; i++) {
        size_t n = strlen(msgs[i]);
        b64_enc((const uint8_t *)msgs[i], n, enc);
        size_t m = b64_dec(enc, dec);
        printf("[%s] %s %d\n", msgs[i], enc, m == n && !memcmp(dec, msgs[i], n));
    }
    static uint8_t data[3000], out[6000], back[3000]; static char text[4100];
    for (int i = 0; i < 3000; i++) data[i] = (uint8_t)((i / 17) * 31 + (i % 5 == 0));
    size_t tl = b64_enc(data, 3000, text), bl = b64_dec(text, back);
    unsigned h = 0; for (size_t i = 0; i < tl; i++) h = h * 31 + (unsigned char)text[i];
    printf("bin %zu %zu %d h=%u\n", tl, bl, !memcmp(data, back, 3000), h);
    size_t rl = rle(data, 3000, out);
    unsigned r = 0; for (size_t i = 0; i < rl; i++) r = r * 17 + out[i];
    printf("rle %zu %u\n", rl, r);
    return 0;
}
