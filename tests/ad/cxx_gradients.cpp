/* C++ through enzymec: a template instance, a method called on an object passed with its
 * shadow, code reading std::vector<double> storage through data(), a function that copies
 * its input into a std::vector before using it, one that builds a std::vector<double>(n)
 * and fills it, and one that grows a vector with push_back (at -O0 the vector's methods
 * are `invoke`s, inlined with their unwind edges dropped). Each line prints the gradient
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
static double vec_filled(const double *x, int n) {
  std::vector<double> v(n);
  for (int i = 0; i < n; i++) v[i] = x[i] * (i + 1);
  double s = 0;
  for (double d : v) s += d * d;
  return s;
}
static double vec_pushed(const double *x, int n) {  /* push_back reallocates and moves */
  std::vector<double> v;
  for (int i = 0; i < 3 * n; i++) v.push_back(x[i % n] * x[(i + 1) % n]);
  double s = 0;
  for (size_t i = 0; i < v.size(); i++) s += v[i] * v[v.size() - 1 - i];
  return s;
}
int main() {
  printf("poly %g (want %g)\n", __builtin_autodiff(poly<double>, 2.0), 3*4.0+2);
  Model m{0.5, 0.1}, dm{0, 0}; double x[3] = {1, 2, 3};
  __enzyme_autodiff((void*)model_loss, &m, &dm, enzyme_const, x, 3);
  double gw = 0, gb = 0; for (int i = 0; i < 3; i++) { double e = m.w*x[i]+m.b-1; gw += 2*e*x[i]; gb += 2*e; }
  printf("model %g %g (want %g %g)\n", dm.w, dm.b, gw, gb);
  std::vector<double> v = {0.5, 1.0, 1.5}, dv(3, 0.0);
  __enzyme_autodiff((void*)vec_inplace, v.data(), dv.data(), 3);
  std::vector<double> dw(3, 0.0); __enzyme_autodiff((void*)vec_wrap, v.data(), dw.data(), 3);
  printf("wrap %g (want %g)\n", dw[1], std::cos(1.0)*1.0 + std::sin(1.0));
  printf("vec %g (want %g)\n", dv[1], std::cos(1.0)*1.0 + std::sin(1.0));
  double y[4] = {0.5, -1.25, 2.0, 0.75}, dy[4] = {0, 0, 0, 0}, want[4];
  __enzyme_autodiff((void*)vec_filled, y, dy, 4);
  for (int i = 0; i < 4; i++) want[i] = 2 * y[i] * (i + 1) * (i + 1);
  printf("filled %.17g %.17g %.17g %.17g (want %.17g %.17g %.17g %.17g)\n",
         dy[0], dy[1], dy[2], dy[3], want[0], want[1], want[2], want[3]);
  double dz[4] = {0, 0, 0, 0}, w[12];
  __enzyme_autodiff((void*)vec_pushed, y, dz, 4);
  for (int i = 0; i < 12; i++) w[i] = y[i % 4] * y[(i + 1) % 4];
  for (int k = 0; k < 4; k++) want[k] = 0;
  for (int i = 0; i < 12; i++) {  /* d s / d w_i = 2 w_(11-i); w_i = y_(i%4) y_((i+1)%4) */
    want[i % 4] += 2 * w[11 - i] * y[(i + 1) % 4];
    want[(i + 1) % 4] += 2 * w[11 - i] * y[i % 4];
  }
  printf("pushed %.17g %.17g %.17g %.17g (want %.17g %.17g %.17g %.17g)\n",
         dz[0], dz[1], dz[2], dz[3], want[0], want[1], want[2], want[3]);
  return 0;
}
