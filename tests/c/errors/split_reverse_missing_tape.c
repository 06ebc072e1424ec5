/* expect-error: takes, after its arguments, the adjoint of its result (double) and the tape */
/* __enzyme_reverse of a double function needs the result's adjoint and then the tape. */
double __enzyme_reverse(void *, ...);

double sq(double x) { return x * x; }

double rev(double x, void *tape) {
    return __enzyme_reverse((void *)sq, x, tape); /* ERROR */
}
