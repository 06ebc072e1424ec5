/* expect-error: takes only markers */
/* __enzyme_augmentsize takes activity markers, not the arguments themselves. */
int __enzyme_augmentsize(void *, ...);

void f(double *x) { x[0] *= x[0]; }

int size(double *x) {
    return __enzyme_augmentsize((void *)f, x); /* ERROR */
}
