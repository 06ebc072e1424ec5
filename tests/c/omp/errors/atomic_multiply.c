void __enzyme_autodiff(void *, ...);
double value(double *x) {
    double p = 1;
#pragma omp parallel for
    for (int i = 0; i < 8; i++) {
#pragma omp atomic
        p *= x[i];
    }
    return p;
}
void grad(double *x, double *dx) { __enzyme_autodiff((void *)value, x, dx); }
