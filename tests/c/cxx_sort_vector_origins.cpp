/* gradcheck: n=5 lo=-2 hi=2 */
/* std::sort and std::stable_sort over a std::vector of 20 doubles (introsort with its
 * final insertion sort; merges through a temporary buffer from a retrying
 * operator new(nothrow) returned in a pair). At -O0 the iterators are copied as 64-bit
 * integers and the buffer pointer comes back inside an aggregate; at -O2 an empty vector's
 * end is a GEP of null in a phi with the real buffer. Each sorted value's adjoint must reach
 * the element it came from. */
#include <enzyme.h>
#include <algorithm>
#include <vector>

enum { N = 20 };
static const double BASE[N] = {30, 190, 80, 10, 70, 160, 20, 50, 140, 0,
                               110, 60, 170, 90, 40, 180, 120, 100, 150, 130};

static double weighted(const std::vector<double> &v) {
    double s = 0.0;
    for (int k = 0; k < N; k++) s += v[k] * (k + 1);
    return s;
}

extern "C" double sorts(const double *x, int n) {
    std::vector<double> a(x, x + n), b(x, x + n);
    for (int k = 0; k < n; k++) b[k] = b[k] * b[k] * 0.01;
    std::sort(a.begin(), a.end());
    std::stable_sort(b.begin(), b.end());
    return weighted(a) + 2.0 * weighted(b);
}

static void spread(const double *x, double *y) {
    for (int k = 0; k < N; k++) y[k] = BASE[k] + 0.5 * x[k % 5];
}

extern "C" double f(const double *x) {
    double y[N];
    spread(x, y);
    return sorts(y, N);
}
extern "C" void grad(const double *x, double *g) {
    double y[N], dy[N] = {0};
    spread(x, y);
    __enzyme_autodiff((void *)sorts, y, dy, N);
    for (int k = 0; k < 5; k++) g[k] = 0.0;
    for (int k = 0; k < N; k++) g[k % 5] += 0.5 * dy[k];
}
