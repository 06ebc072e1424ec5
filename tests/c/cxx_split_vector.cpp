/* gradcheck: n=4 lo=-1.5 hi=1.5 */
/* Split mode from C++: a template over std::vector (its storage on the heap, grown by
 * push_back inside the split function), with the entry points declared without extern "C"
 * (mangled names that contain them). The caller clears the input vector between the halves. */
#include <enzyme.h>
#include <cmath>
#include <vector>

struct Augmented { void *tape; double result; };
Augmented __enzyme_augmentfwd(void *, ...);
void __enzyme_reverse(void *, ...);

template <typename T> T energy(const std::vector<T> *xs) {
    std::vector<T> terms;
    for (size_t i = 0; i < xs->size(); i++) terms.push_back(std::cos((*xs)[i]) * (*xs)[i]);
    T e = 0;
    for (size_t i = 0; i + 1 < terms.size(); i++) e += terms[i] * terms[i + 1];
    return e;
}

extern "C" double f(const double *x) {
    std::vector<double> xs(x, x + 4);
    return energy(&xs);
}

extern "C" void grad(const double *x, double *g) {
    std::vector<double> xs(x, x + 4), dxs(4, 0.0);
    Augmented a = __enzyme_augmentfwd((void *)energy<double>, enzyme_dup, &xs, &dxs);
    for (double &v : xs) v = 0.0; /* the reverse must not read the inputs again */
    __enzyme_reverse((void *)energy<double>, enzyme_dup, &xs, &dxs, 1.0, a.tape);
    for (int i = 0; i < 4; i++) g[i] = dxs[i];
}
