/* gradcheck: n=2 lo=-1 hi=1 */
/* Two nested loops with constant trip counts. */
#include <enzyme.h>

typedef struct { double a, b; } pair;
pair __enzyme_autodiff_pair(void *, ...);

double grid(double x, double y) {
    double s = 0.0;
    for (int i = 0; i < 5; i++)
        for (int j = 0; j < 4; j++)
            s += (x * i - y * j) * (x + 0.1 * j);
    return s;
}

double f(const double *x) { return grid(x[0], x[1]); }
void grad(const double *x, double *g) {
    pair d = __enzyme_autodiff_pair((void *)grid, x[0], x[1]);
    g[0] = d.a;
    g[1] = d.b;
}
void analytic(const double *x, double *g) {
    double gx = 0.0, gy = 0.0;
    for (int i = 0; i < 5; i++)
        for (int j = 0; j < 4; j++) {
            double u = x[0] * i - x[1] * j, v = x[0] + 0.1 * j;
            gx += i * v + u;
            gy += -j * v;
        }
    g[0] = gx;
    g[1] = gy;
}
