/* gradcheck: n=5 lo=-2 hi=2 */
/* C++ heap with RAII: new[]/delete[], new/delete, and a buffer class whose noexcept
 * constructor allocates with new[] and whose destructor frees. The noexcept constructor
 * makes `new[]` an invoke with a terminate landing pad. */
#include <enzyme.h>
#include <cmath>

struct Acc {
    double sum, sumsq;
};
class Buffer {
  public:
    explicit Buffer(int n) noexcept : n_(n), data_(new double[n]) {}
    ~Buffer() { delete[] data_; }
    double &operator[](int i) noexcept { return data_[i]; }
    int size() const noexcept { return n_; }
  private:
    int n_;
    double *data_;
};

static double stats_loss(const double *x, int n) {
    double *sq = new double[n];
    for (int i = 0; i < n; i++) sq[i] = x[i] * x[i];
    Acc *acc = new Acc{0.0, 0.0};
    Buffer b(n);
    for (int i = 0; i < n; i++) b[i] = std::sin(x[i]) * sq[i];
    for (int i = 0; i < b.size(); i++) {
        acc->sum += b[i];
        acc->sumsq += sq[i] * b[i];
    }
    double r = acc->sum * acc->sum + acc->sumsq;
    delete acc;
    delete[] sq;
    return r;
}

extern "C" {
double f(const double *x) { return stats_loss(x, 5); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 5; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)stats_loss, enzyme_dup, x, g, enzyme_const, 5);
}
void analytic(const double *x, double *g) {
    double s = 0.0;
    for (int i = 0; i < 5; i++) s += std::sin(x[i]) * x[i] * x[i];
    for (int i = 0; i < 5; i++) {
        double c = std::cos(x[i]), sn = std::sin(x[i]), x2 = x[i] * x[i];
        double db = c * x2 + 2 * x[i] * sn; /* d(sin x x^2) */
        g[i] = 2 * s * db + (c * x2 * x2 + 4 * x2 * x[i] * sn); /* d(sin x x^4) */
    }
}
}
