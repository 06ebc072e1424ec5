/* expect-error: enzyme_dupv */
/* enzyme_dupv strides a pointer's shadows; on a scalar argument it is an error (a scalar
 * takes its N tangents one after another), never a misread argument list. */
extern int enzyme_dup;

extern int enzyme_width, enzyme_dupv;

double sq(double x) { return x * x; }
typedef struct { double d[2]; } Lanes2;
Lanes2 __enzyme_fwddiff(void *, ...);

Lanes2 dsq(double x, double *dx) {
    return __enzyme_fwddiff((void *)sq, enzyme_width, 2, enzyme_dupv, 8L, x, dx); /* ERROR */
}
