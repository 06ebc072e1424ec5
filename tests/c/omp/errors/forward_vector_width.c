/* vector forward mode through a parallel region: each lane would fork the region's tangent
 * and run its primal code again (the reduction twice): a located error */
typedef struct { double d[2]; } two;
two __enzyme_fwddiff(void *, ...);
extern int enzyme_width;
double value(double *x) {
    double s = 0;
#pragma omp parallel for reduction(+ : s)
    for (int i = 0; i < 8; i++) s += x[i] * x[i];
    return s;
}
two tangents(double *x, double *d0, double *d1) {
    return __enzyme_fwddiff((void *)value, enzyme_width, 2, x, d0, d1);
}
