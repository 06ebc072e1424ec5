/* gradcheck: n=4 lo=0.3 hi=1.5 */
/* double _Complex arguments passed by value into the differentiated function (each as two
 * doubles): the autodiff call returns the adjoints as a struct of two double _Complex values
 * (re and im of each), Enzyme's convention for several active scalars. The loss runs
 * through cdiv / cmul of the complex arguments and takes both sides of a branch on arg(w). */
#include <enzyme.h>
#include <complex.h>

typedef struct { double _Complex dz, dw; } cgrad;
cgrad __enzyme_autodiff_c2(void *, ...);

double closs(double _Complex z, double _Complex w) {
    double r = 0.0;
    for (int k = 0; k < 2; k++) {
        double _Complex v = k ? conj(w) : w;     /* arg(v) > 0, then < 0 */
        double _Complex q = (z * v - 1.0) / (v + z * z);
        if (carg(v) > 0.0)
            r += creal(q * q) + cabs(z - v);
        else
            r -= cimag(cexp(q)) * creal(v);
    }
    return r;
}

double f(const double *x) { return closs(x[0] + x[1] * I, x[2] + x[3] * I); }
void grad(const double *x, double *g) {
    cgrad d = __enzyme_autodiff_c2((void *)closs, x[0] + x[1] * I, x[2] + x[3] * I);
    g[0] = creal(d.dz);
    g[1] = cimag(d.dz);
    g[2] = creal(d.dw);
    g[3] = cimag(d.dw);
}
