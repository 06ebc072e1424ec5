/* expect-error: enzyme_nofree */
/* Keeping the tape's memory after the reverse (enzyme_nofree) is not implemented. */
#undef enzyme_nofree /* the driver predefines it as Enzyme's function attribute */
extern int enzyme_nofree;
void __enzyme_reverse(void *, ...);

void f(double *x) { x[0] *= x[0]; }

void rev(double *x, double *dx, void *tape) {
    __enzyme_reverse((void *)f, x, dx, enzyme_nofree, tape); /* ERROR */
}
