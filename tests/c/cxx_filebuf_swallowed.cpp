/* gradcheck: n=2 lo=-2 hi=2 */
/* A std::filebuf and a std::ofstream live inside the differentiated function: their
 * destructors (inlined at -O1 and above) call close() inside libstdc++'s
 * `try { close(); } catch (...) {}`, a handler that lets the function go on. The call is
 * inactive I/O, so the exception it may throw is swallowed by a wrapper of the same shape
 * and the gradient flows around it; the loop's values are active. */
#include <enzyme.h>
#include <cmath>
#include <fstream>
#include <ostream>

static double logged(double a, double b) {
    std::filebuf buffer;
    buffer.open("/dev/null", std::ios::out);
    std::ostream out(&buffer);
    double s = 0;
    for (int i = 1; i <= 3; i++) {
        s += std::sin(a * i) * b + a * b * b / i;
        out << s << '\n';
    }
    std::ofstream also("/dev/null");
    also << a << ' ' << b;
    return s;
}

extern "C" {
struct pair { double da, db; };
pair __enzyme_autodiff_pair(void *, ...);
double f(const double *x) { return logged(x[0], x[1]); }
void grad(const double *x, double *g) {
    pair d = __enzyme_autodiff_pair((void *)logged, x[0], x[1]);
    g[0] = d.da;
    g[1] = d.db;
}
void analytic(const double *x, double *g) {
    double a = x[0], b = x[1];
    g[0] = 0;
    g[1] = 0;
    for (int i = 1; i <= 3; i++) {
        g[0] += i * std::cos(a * i) * b + b * b / i;
        g[1] += std::sin(a * i) + 2 * a * b / i;
    }
}
}
