/* C++ through enzymec: a template instance, a method called on an object passed with its
 * shadow, code reading std::vector<double> storage through data(), and (at -O2) a function
 * that copies its input into a std::vector before using it. Each line prints the gradient
 * and the analytic value it must equal. */
#include <enzyme.h>
#include <vector>
#include <cstdio>
#include <cmath>
template <typename T> T poly(T x) { return x * x * x + T(2) * x; }
struct Model { double w, b; double loss(const double *x, int n) const { double s = 0; for (int i = 0; i < n; i++) { double e = w * x[i] + b - 1.0; s += e * e; } return s; } };
static double model_loss(Model *m, const double *x, int n) { return m->loss(x, n); }
double vec_energy(std::vector<double> &v) { double s = 0; double *p = v.data(); for (size_t i = 0; i < v.size(); i++) s += std::sin(p[i]) * p[i]; return s; }
static double vec_wrap(double *p, int n) { std::vector<double> v(p, p + n); return vec_energy(v); }
static double vec_inplace(double *p, int n) { double s = 0; for (int i = 0; i < n; i++) s += std::sin(p[i]) * p[i]; return s; }
int main() {
  printf("poly %g (want %g)\n", __builtin_autodiff(poly<double>, 2.0), 3*4.0+2);
  Model m{0.5, 0.1}, dm{0, 0}; double x[3] = {1, 2, 3};
  __enzyme_autodiff((void*)model_loss, &m, &dm, enzyme_const, x, 3);
  double gw = 0, gb = 0; for (int i = 0; i < 3; i++) { double e = m.w*x[i]+m.b-1; gw += 2*e*x[i]; gb += 2*e; }
  printf("model %g %g (want %g %g)\n", dm.w, dm.b, gw, gb);
  std::vector<double> v = {0.5, 1.0, 1.5}, dv(3, 0.0);
  __enzyme_autodiff((void*)vec_inplace, v.data(), dv.data(), 3);
#ifndef NO_VECTOR_COPY  /* at -O0 the vector's constructor stays an invoke: not supported yet */
  std::vector<double> dw(3, 0.0); __enzyme_autodiff((void*)vec_wrap, v.data(), dw.data(), 3);
  printf("wrap %g (want %g)\n", dw[1], std::cos(1.0)*1.0 + std::sin(1.0));
#endif
  printf("vec %g (want %g)\n", dv[1], std::cos(1.0)*1.0 + std::sin(1.0));
  return 0;
}
