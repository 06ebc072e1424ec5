/* gradcheck: n=4 lo=-2 hi=2 */
/* std::sort of a std::vector of records mixing a double and an int, with a comparator.
 * From -O1 on SROA leaves the insertion sort's iterators as byte offsets stepping by 16
 * (`phi [16, ...], [add %idx, 16]`); type analysis takes such an offset as a stride
 * (enzymec/analysis/type_analysis.py, scale_of), so each record's fields keep their kinds
 * and the moves are typed (refused before: "the bits of an active floating-point value are
 * stored as an integer"; and before that the recursive introsort loop hung enzymec, copied
 * for every call site). At -O0 the records are moved through pointers reloaded from memory
 * with nothing known of their bytes: still refused, located, in libstdc++'s header
 * ("cannot deduce the layout of the memory copied here").
 * works: -O2 split */
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
