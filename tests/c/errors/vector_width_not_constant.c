/* expect-error: enzyme_width */
/* The width must be a compile-time constant: a run-time width cannot shape the call. */
extern int enzyme_dup;

extern int enzyme_width;

double sq(double x) { return x * x; }
typedef struct { double d[2]; } Lanes2;
Lanes2 __enzyme_fwddiff(void *, ...);

Lanes2 dsq(double x, int width) {
    return __enzyme_fwddiff((void *)sq, enzyme_width, width, x, 1.0, 0.0); /* ERROR */
}
