/* expect-error: 'enzyme_not_overwritten' marks parameters none here but [1] in the __enzyme_augmentfwd call */
/* The promise chooses the split pair and its tape layout: both halves must carry it. */
#include <enzyme.h>

extern int enzyme_not_overwritten, enzyme_dup;
typedef struct { void *tape; double result; } aug_t;
aug_t __enzyme_augmentfwd(void *, ...);
void __enzyme_reverse(void *, ...);

static double sumsq(const double *x) { return x[0] * x[0] + x[1] * x[1]; }

void dsumsq(double *x, double *dx) {
    aug_t a = __enzyme_augmentfwd((void *)sumsq, enzyme_not_overwritten, enzyme_dup, x, dx);
    __enzyme_reverse((void *)sumsq, enzyme_dup, x, dx, 1.0, a.tape); /* ERROR */
}
