/* gradcheck: n=3 lo=-2 hi=2
 * untaken: "if (t) { pair p" malloc failing: the retry with a smaller size
 * untaken: "len = len == 1 ?" malloc failing: the next smaller size
 * untaken: "while (len > 0) {" the loop ends without a buffer only when every malloc failed
 * untaken: "if (tb->buffer) {" no buffer: every malloc failed
 */
/* The shape of libstdc++'s _Temporary_buffer (std::stable_sort): a helper retries malloc
 * with smaller sizes and returns the buffer in a {pointer, length} pair; the pointer is
 * kept in a struct, the data moves into the buffer with memmove and by element copies, and
 * back out. The allocation must be found through the returned aggregate (at -O0 a phi of
 * pairs) to give it a shadow; a copy into memory without a shadow would lose the
 * derivative. */
#include <enzyme.h>
#include <stdlib.h>
#include <string.h>

typedef struct { double *buf; long len; } pair;
typedef struct { long wanted; long len; double *buffer; } tmpbuf;

static pair get_buf(long len) {
    while (len > 0) {
        double *t = malloc(len * sizeof(double));
        if (t) { pair p = {t, len}; return p; }
        len = len == 1 ? 0 : (len + 1) / 2;
    }
    pair none = {0, 0};
    return none;
}

static void init(tmpbuf *tb, double *seed, long len) {
    pair p = get_buf(len);
    tb->buffer = p.buf; tb->len = p.len; tb->wanted = len;
    if (tb->buffer) {
        memmove(tb->buffer, seed, 2 * sizeof(double));
        double *prev = tb->buffer + 1, *cur = tb->buffer + 2, *last = tb->buffer + tb->len;
        for (; cur != last; ++cur, ++prev) *cur = *prev * seed[2];
        *seed = *prev;
    }
}

double buffered(double *x, int n) {
    tmpbuf tb;
    init(&tb, x, n + 1);
    double s = x[0] * x[1];
    for (long i = 0; i < tb.len; i++) s += tb.buffer[i] * (i + 1);
    free(tb.buffer);
    return s;
}

double f(const double *x) {
    double y[3] = {x[0], x[1], x[2]};
    return buffered(y, 3);
}
void grad(const double *x, double *g) {
    double y[3] = {x[0], x[1], x[2]};
    g[0] = g[1] = g[2] = 0.0;
    __enzyme_autodiff((void *)buffered, y, g, 3);
}
