/* expect-error: returns a pointer */
/* A split function returning a pointer would need the shadow of that pointer returned too. */
typedef struct { void *tape; double *p; double *dp; } Augmented;
Augmented __enzyme_augmentfwd(void *, ...);

double *scale(double *x) { x[0] *= 2.0; return x + 1; }

Augmented aug(double *x, double *dx) {
    return __enzyme_augmentfwd((void *)scale, x, dx); /* ERROR */
}
