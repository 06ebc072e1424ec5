/* expect-error: 'enzyme_not_overwritten' must come before a parameter of 'sumsq' */
/* A promise after the last parameter promises nothing: a located error, not a marker
 * silently dropped. */
#include <enzyme.h>

extern int enzyme_not_overwritten, enzyme_dup;
typedef struct { void *tape; double result; } aug_t;
aug_t __enzyme_augmentfwd(void *, ...);

static double sumsq(const double *x) { return x[0] * x[0] + x[1] * x[1]; }

void *fwd(double *x, double *dx) {
    aug_t a = __enzyme_augmentfwd((void *)sumsq, enzyme_dup, x, dx, enzyme_not_overwritten); /* ERROR */
    return a.tape;
}
