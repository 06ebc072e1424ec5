/* gradcheck: n=2 lo=-2 hi=2
 * untaken: "if (!g)" out of memory: the error path
 */
/* A helper that grows a buffer kept in a caller's struct (`grow(&t, n)` reallocating
 * t.data), then active values written through the loaded t.data and read back. Not
 * inlined (the split variant), the caller cannot see the allocation: the struct itself gets
 * a shadow, the helper is handed it as duplicated, and its augmented forward reallocates
 * the shadow buffer beside the primal one. (The struct used to stay without a shadow and
 * every path through the buffer was dropped: a wrong gradient.) */
#include <enzyme.h>
#include <math.h>
#include <stdlib.h>

struct buffer {
    double *data;
    unsigned long capacity;
};

static void grow(struct buffer *t, unsigned long n) {
    if (n <= t->capacity)
        return;
    unsigned long c = t->capacity * 2 > n ? t->capacity * 2 : n;
    double *g = realloc(t->data, c * sizeof(double));
    if (!g)
        abort();
    t->data = g;
    t->capacity = c;
}

static double series(double x, double y) {
    struct buffer t = {0, 0};
    grow(&t, 2);
    double p = 1;
    for (int i = 0; i < 4; i++) {
        grow(&t, (unsigned long)i + 1);
        t.data[i] = p * sin(y * i);
        p *= x;
    }
    double s = 0;
    for (int i = 3; i >= 0; i--)
        s += t.data[i] * (x + y);
    free(t.data);
    return s;
}

double f(const double *x) { return series(x[0], x[1]); }

typedef struct { double dx, dy; } pair;
pair __enzyme_autodiff_pair(void *, ...);

void grad(const double *x, double *g) {
    pair d = __enzyme_autodiff_pair((void *)series, x[0], x[1]);
    g[0] = d.dx;
    g[1] = d.dy;
}
