/* gradcheck: n=4 lo=-2 hi=2 */
/* std::sort of a std::vector of records mixing a double and an int, with a comparator.
 * libstdc++ moves the records as integers; enzymec refuses the move with a located error
 * in libstdc++'s header ("cannot deduce the layout of the memory copied here" at -O0, "the
 * bits of an active floating-point value are stored as an integer" from -O1 on). It hung
 * at -O1 and above before: the introsort loop calls itself, and every level made another
 * copy of it typed for its call site (enzymec/ad/passes/call_site_types.py). */
#include <enzyme.h>
#include <algorithm>
#include <vector>

struct record { double v; int id; };

static double ranked(const double *x) {
    std::vector<record> r(4);
    for (int i = 0; i < 4; i++) r[i] = {x[i] * x[i] + 0.1 * i, i};
    std::sort(r.begin(), r.end(), [](const record &a, const record &b) { return a.v < b.v; });
    double s = 0.0;
    for (int i = 0; i < 4; i++) s += (i + 1) * r[i].v + r[i].id * r[i].v;
    return s;
}

extern "C" {
double f(const double *x) { return ranked(x); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 4; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)ranked, enzyme_dup, x, g);
}
}
