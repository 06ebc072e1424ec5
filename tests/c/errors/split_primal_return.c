/* expect-error: enzyme_primal_return */
/* enzyme_primal_return has no meaning in split mode (Enzyme refuses it there too). */
extern int enzyme_primal_return;
typedef struct { void *tape; double value; } Augmented;
Augmented __enzyme_augmentfwd(void *, ...);

double sq(double x) { return x * x; }

Augmented aug(double x) {
    return __enzyme_augmentfwd((void *)sq, enzyme_primal_return, x); /* ERROR */
}
