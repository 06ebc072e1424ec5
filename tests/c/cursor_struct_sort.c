/* gradcheck: n=6 lo=-2 hi=2 */
/* A pointer kept inside a struct (a cursor) and moved by non-inlined helpers that take the
 * struct's address, then read and stored through: an insertion sort in the shape of
 * libstdc++'s __unguarded_linear_insert. At -O0 the cursor copies `last = next` become
 * 64-bit integer loads and stores, which must carry the pointer's shadow along; the
 * adjoints of the sorted values must reach the elements they came from. */
#include <enzyme.h>

struct cursor { double *p; };

__attribute__((noinline)) static void dec(struct cursor *c) { c->p--; }
__attribute__((noinline)) static void inc(struct cursor *c) { c->p++; }
__attribute__((noinline)) static double *at(struct cursor *c) { return c->p; }

static void linear_insert(struct cursor last) {
    double val = *at(&last);
    struct cursor next = last;
    dec(&next);
    while (val < *at(&next)) {
        *at(&last) = *at(&next);
        last = next;
        dec(&next);
    }
    *at(&last) = val;
}

static void insertion_sort(double *first, int n) {
    struct cursor i = {first + 1};
    for (int k = 1; k < n; k++, inc(&i)) {
        if (*at(&i) < *first) {
            double val = *at(&i);
            for (double *q = at(&i); q != first; q--) *q = *(q - 1);
            *first = val;
        } else {
            linear_insert(i);
        }
    }
}

double sorted_weights(double *x, int n) {
    for (int k = 0; k < n; k++) x[k] = x[k] * x[k] + 0.5 * x[k];
    insertion_sort(x, n);
    double s = 0.0;
    for (int k = 0; k < n; k++) s += x[k] * (k + 1);
    return s;
}


/* 10 values in an order where most inserts walk back several places (and some reach the
 * front); the inputs (in [-2, 2]) perturb them without changing the order. */
enum { N = 10 };
static const double BASE[N] = {30, 90, 80, 10, 70, 60, 20, 50, 40, 0};
static void spread(const double *x, double *y) {
    for (int k = 0; k < N; k++) y[k] = BASE[k] + 0.5 * x[k % 6];
}

double f(const double *x) {
    double y[N];
    spread(x, y);
    return sorted_weights(y, N);
}
void grad(const double *x, double *g) {
    double y[N], dy[N] = {0};
    spread(x, y);
    __enzyme_autodiff((void *)sorted_weights, y, dy, N);
    for (int k = 0; k < 6; k++) g[k] = 0.0;
    for (int k = 0; k < N; k++) g[k % 6] += dy[k] * 0.5;
}
