/* gradcheck: n=2 lo=-2 hi=2 float */
/* Single precision through `...`: the float arguments and the float adjoint of the result
 * arrive promoted to double and are narrowed back; the adjoints come back as floats. */
#include <enzyme.h>
#include <math.h>

typedef struct { void *tape; float result; } Augmented;
typedef struct { float da, db; } Adjoints;
Augmented __enzyme_augmentfwd(void *, ...);
Adjoints __enzyme_reverse(void *, ...);

float soft(float a, float b) { return logf(1.0f + expf(a * b)) + a * 0.5f; }

double f(const double *x) { return 3.0 * soft((float)x[0], (float)x[1]); }

void grad(const double *x, double *g) {
    float a = (float)x[0], b = (float)x[1];
    Augmented aug = __enzyme_augmentfwd((void *)soft, a, b);
    Adjoints d = __enzyme_reverse((void *)soft, a, b, 3.0f, aug.tape);
    g[0] = d.da;
    g[1] = d.db;
}
