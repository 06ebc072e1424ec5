/* gradcheck: n=2 lo=-2 hi=2 */
/* Globals written with active data and read back get shadow globals (zeroed at the start of
 * each gradient); a constant table stays inactive. Covers a scalar global and a struct
 * global reached through constant-expression GEPs. */
#include <enzyme.h>

typedef struct { double a, b; } pair;
pair __enzyme_autodiff_pair(void *, ...);

double saved;
struct state { int n; double acc[3]; } st;
const double table[3] = {1, 2, 3};

double g(double x, double y) {
    saved = x * y;
    st.n = 3;
    for (int i = 0; i < st.n; i++) st.acc[i] = saved * table[i] + y;
    double s = 0;
    for (int i = 0; i < 3; i++) s += st.acc[i] * st.acc[i];
    return s + st.acc[1] * saved;
}

double f(const double *x) { return g(x[0], x[1]); }
void grad(const double *x, double *out) {
    pair d = __enzyme_autodiff_pair((void *)g, x[0], x[1]);
    out[0] = d.a;
    out[1] = d.b;
}
void analytic(const double *x, double *out) {
    double p = x[0] * x[1], y = x[1], ds_dp = 0, ds_dy = 0;
    for (int i = 0; i < 3; i++) {
        double a = p * table[i] + y;
        ds_dp += 2 * a * table[i];
        ds_dy += 2 * a;
    }
    double a1 = p * 2 + y;  /* + acc[1] * p */
    ds_dp += 2 * p + a1;
    ds_dy += p;
    out[0] = ds_dp * x[1];
    out[1] = ds_dp * x[0] + ds_dy;
}
