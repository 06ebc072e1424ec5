/* gradcheck: n=6 lo=-2 hi=2
 * untaken: "if (first == last) return;" an empty range: f always sorts its six values
 */
/* A hand-written random-access iterator (a struct holding a pointer, with operator--,
 * operator* and copies by value) driving libstdc++'s insertion sort algorithm
 * (__insertion_sort / __unguarded_linear_insert). At -O0 the iterator copies are
 * integer loads and stores of the pointer; each sorted value's adjoint must reach the
 * element it came from. */
#include <enzyme.h>

struct Iter {
    double *p;
    explicit Iter(double *q) : p(q) {}
    double &operator*() const { return *p; }
    Iter &operator--() { --p; return *this; }
    Iter &operator++() { ++p; return *this; }
    Iter operator+(long k) const { return Iter(p + k); }
    bool operator!=(const Iter &o) const { return p != o.p; }
    bool operator==(const Iter &o) const { return p == o.p; }
};

template <class It> static void move_backward(It first, It last, It d_last) {
    while (first != last) { --last; --d_last; *d_last = *last; }
}

template <class It> static void unguarded_linear_insert(It last) {
    double val = *last;
    It next = last;
    --next;
    while (val < *next) {
        *last = *next;
        last = next;
        --next;
    }
    *last = val;
}

template <class It> static void insertion_sort(It first, It last) {
    if (first == last) return;
    for (It i = first + 1; i != last; ++i) {
        if (*i < *first) {
            double val = *i;
            move_backward(first, i, i + 1);
            *first = val;
        } else {
            unguarded_linear_insert(i);
        }
    }
}

extern "C" double sorted_weights(double *x, int n) {
    for (int k = 0; k < n; k++) x[k] = x[k] * x[k] - 0.25 * x[k];
    insertion_sort(Iter(x), Iter(x + n));
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

extern "C" double f(const double *x) {
    double y[N];
    spread(x, y);
    return sorted_weights(y, N);
}
extern "C" void grad(const double *x, double *g) {
    double y[N], dy[N] = {0};
    spread(x, y);
    __enzyme_autodiff((void *)sorted_weights, y, dy, N);
    for (int k = 0; k < 6; k++) g[k] = 0.0;
    for (int k = 0; k < N; k++) g[k % 6] += dy[k] * 0.5;
}
