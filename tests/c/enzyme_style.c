/* gradcheck: n=3 lo=-2 hi=2 */
/* Code written for Enzyme compiles unchanged without enzyme.h: it defines the markers as
 * int globals itself, declares __enzyme_autodiff, and a struct-returning variant for two
 * active scalars. Every marker is used: out, const and dup. */
int enzyme_dup;
int enzyme_const;
int enzyme_out;
extern double __enzyme_autodiff(void *, ...);
typedef struct { double dx, dy; } grads2;
extern grads2 __enzyme_autodiff2(void *, ...);

static double weighted(double x, double y, const double *w, double *sink) {
    *sink = x * w[0] + y * y * w[1];
    return *sink * x;
}
static double scaled(double *v, double s) { return (v[0] * v[0] + v[1]) * s; }

double f(const double *x) {
    double w[2] = {1.5, -0.5}, sink, v[2] = {x[0], x[2]};
    return weighted(x[0], x[1], w, &sink) + scaled(v, x[2]);
}
void grad(const double *x, double *g) {
    double w[2] = {1.5, -0.5}, sink = 0, dsink = 0, v[2] = {x[0], x[2]}, dv[2] = {0, 0};
    grads2 d = __enzyme_autodiff2((void *)weighted, enzyme_out, x[0], enzyme_out, x[1],
                                  enzyme_const, w, enzyme_dup, &sink, &dsink);
    double ds = __enzyme_autodiff((void *)scaled, enzyme_dup, v, dv, enzyme_out, x[2]);
    g[0] = d.dx + dv[0];
    g[1] = d.dy;
    g[2] = ds + dv[1];
}
void analytic(const double *x, double *g) {
    double a = x[0], b = x[1], c = x[2];
    g[0] = 2 * 1.5 * a - 0.5 * b * b + 2 * a * c;
    g[1] = 2 * -0.5 * b * a;
    g[2] = a * a + c + c;
}
