/* gradcheck: n=2 lo=0.3 hi=1.4 float */
/* C99 float _Complex: passed as <2 x float> (x86-64), __mulsc3 on the NaN path of z * w,
 * __divsc3 for z / w, cabsf, cexpf, clogf, csqrtf; the differentiated function takes the
 * complex number by value and its gradient comes back as a float _Complex (re, im). */
#include <enzyme.h>
#include <complex.h>

float _Complex __enzyme_autodiff_c(void *, ...);

float lossf(float _Complex z) {
    float _Complex w = z * z / (z + 1.5f) + csqrtf(z) * clogf(z + 0.5f);
    float _Complex e = cexpf(w * 0.5f);
    return crealf(e) * 0.7f + cabsf(w) * cimagf(z);
}

double f(const double *x) { return lossf((float)x[0] + (float)x[1] * I); }
void grad(const double *x, double *g) {
    float _Complex d = __enzyme_autodiff_c((void *)lossf, (float)x[0] + (float)x[1] * I);
    g[0] = crealf(d);
    g[1] = cimagf(d);
}
