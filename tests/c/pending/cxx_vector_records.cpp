/* gradcheck: n=5 lo=-1.5 hi=1.5 */
/* A std::vector of records mixing doubles and an int, grown by push_back (its storage
 * reallocated and the records moved with one memmove of `finish - start` bytes) and read
 * back by a range-for. From -O1 on the byte offsets come from a pointer difference that
 * clang divides exactly by sizeof(particle) (the vector's size()); type analysis takes
 * that as a stride (enzymec/analysis/type_analysis.py, scale_of), so the memmove moves
 * each field's adjoint. Before, the variable offset mixed the fields of every record into
 * one "every element" fact, a conflict, and the copy was refused. -O0 keeps libstdc++'s
 * helpers apart (clang marks them noinline), where the memmove's size is a bare pointer
 * difference: still refused, located, there.
 * works: -O2 split */
#include <enzyme.h>
#include <cmath>
#include <vector>

struct particle {
    double x;
    int id;
    double w;
};

static double energy(const double *x, int n) {
    std::vector<particle> ps;
    for (int i = 0; i < n; i++) ps.push_back({x[i] * x[i], i, std::sin(x[i])});
    double e = 0.0;
    for (const particle &p : ps) e += p.x * p.w + p.id * p.x;
    return e;
}

extern "C" {
double f(const double *x) { return energy(x, 5); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 5; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)energy, enzyme_dup, x, g, enzyme_const, 5);
}
}
