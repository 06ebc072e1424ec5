void __enzyme_autodiff(void *, ...);
double value(double *x) {
    double s = 0;
#pragma omp teams reduction(+ : s)
    s += x[0] * x[1];
    return s;
}
void grad(double *x, double *dx) { __enzyme_autodiff((void *)value, x, dx); }
