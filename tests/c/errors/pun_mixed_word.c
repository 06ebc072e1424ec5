/* expect-error: stored as an integer */
/* A struct of a float and an int copied as one 64-bit integer: the word holds an active
 * float beside an integer, which enzymec cannot split into typed moves. */
#include <enzyme.h>
#include <string.h>

typedef struct { float value; int tag; } tagged;

__attribute__((noinline)) static void copy(tagged *dst, const tagged *src, int n) {
    for (int i = 0; i < n; i++) {
        long long word;
        memcpy(&word, &src[i], 8);
        memcpy(&dst[i], &word, 8); /* ERROR */
    }
}

float sum(tagged *in, tagged *out, int n) {
    copy(out, in, n);
    float s = 0.0f;
    for (int i = 0; i < n; i++) s += out[i].value * out[i].value * (float)out[i].tag;
    return s;
}

void dsum(tagged *in, tagged *din, tagged *out, tagged *dout, int n) {
    __enzyme_autodiff((void *)sum, in, din, out, dout, n);
}
