/* gradcheck: n=5 lo=-2 hi=2 */
/* A plain struct copy (`rec r = *rp`, a memcpy of 40 bytes) of a record mixing a double,
 * an int and an array of doubles indexed at run time: its adjoints are moved by the
 * record's declared layout (type analysis alone put the array's strided accesses on the
 * int's offset: "cannot deduce the layout of the memory copied here (found double, i32)"). */
#include <enzyme.h>

typedef struct {
    double m;
    int k;
    double w[3];
} rec;

__attribute__((noinline)) static double use(const rec *rp, int i) {
    rec r = *rp;
    return r.w[i] * r.m * r.k + r.w[(i + 1) % 3] * r.w[i];
}

static double loss(const double *x) {
    rec r = {x[0], 3, {x[1], x[2], x[3]}};
    return use(&r, 1) + x[4] * use(&r, 2);
}

double f(const double *x) { return loss(x); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 5; i++)
        g[i] = 0.0;
    __enzyme_autodiff((void *)loss, enzyme_dup, x, g);
}
