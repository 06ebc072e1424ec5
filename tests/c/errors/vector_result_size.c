/* expect-error: width 3 gives */
/* A width-3 call declared to return 2 tangents: the declared result cannot hold the lanes;
 * a located error, not a truncated or misread result. */
extern int enzyme_dup;

extern int enzyme_width;

double cube(double x) { return x * x * x; }
typedef struct { double d[2]; } Lanes2;
Lanes2 __enzyme_fwddiff(void *, ...);

double dcube(double x) {
    Lanes2 r = __enzyme_fwddiff((void *)cube, enzyme_width, 3, x, 1.0, 2.0, 3.0); /* ERROR */
    return r.d[0] + r.d[1];
}
