/* gradcheck: n=7 lo=-2 hi=2 float */
/* The adjoints of three and of four active float arguments returned as a struct of floats,
 * which the C ABI returns as {<2 x float>, float} and {<2 x float>, <2 x float>}: they were
 * refused ("result type ... does not match the gradient's {float, float, float, float}"). */
#include <enzyme.h>

typedef struct {
    float da, db, dc;
} three;
typedef struct {
    float da, db, dc, dd;
} four;
three __enzyme_autodiff_three(void *, ...) __asm__("__enzyme_autodiff");
four __enzyme_autodiff_four(void *, ...) __asm__("__enzyme_autodiff");

static float f3(float a, float b, float c) { return a * b + c * c * a; }
static float f4(float a, float b, float c, float d) { return a * b - c * d * d + a * d; }

double f(const double *x) {
    return (double)f3((float)x[0], (float)x[1], (float)x[2]) +
           (double)f4((float)x[3], (float)x[4], (float)x[5], (float)x[6]);
}

void grad(const double *x, double *g) {
    three t = __enzyme_autodiff_three((void *)f3, (float)x[0], (float)x[1], (float)x[2]);
    four q = __enzyme_autodiff_four((void *)f4, (float)x[3], (float)x[4], (float)x[5],
                                    (float)x[6]);
    g[0] = t.da, g[1] = t.db, g[2] = t.dc;
    g[3] = q.da, g[4] = q.db, g[5] = q.dc, g[6] = q.dd;
}
