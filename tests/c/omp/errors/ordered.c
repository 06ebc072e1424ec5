void __enzyme_autodiff(void *, ...);
double value(double *x) {
    double s = 0;
#pragma omp parallel for ordered
    for (int i = 0; i < 8; i++) {
#pragma omp ordered
        s = s * x[i] + 1;
    }
    return s;
}
void grad(double *x, double *dx) { __enzyme_autodiff((void *)value, x, dx); }
