// C++: a function template instance, std::vector storage (operator new's size reaches the
// call) and a local array; the autodiff call may be an invoke (it may throw, for the
// compiler), which the redirection keeps working.
#include <enzyme.h>
#include <cmath>
#include <cstdio>
#include <vector>

template <typename T> T loss(const T *x, int n) {
    T s = 0;
    for (int i = 0; i < n; i++) s += std::exp(x[i] * 0.5) * x[i];
    return s;
}

struct Logger {
    ~Logger() { std::printf("done\n"); }
};

int main() {
    Logger log;
    double x[3] = {0.25, -1.0, 1.5}, d[3] = {0};
    __enzyme_autodiff((void *)loss<double>, x, d, enzyme_const, 3);
    std::vector<double> v(4, 0.75), dv(4, 0.0);
    __enzyme_autodiff((void *)loss<double>, v.data(), dv.data(), enzyme_const, 4);
    for (int i = 0; i < 3; i++) std::printf("%.17g %.17g\n", x[i], d[i]);
    for (int i = 0; i < 4; i++) std::printf("%.17g %.17g\n", v[i], dv[i]);
    return 0;
}
