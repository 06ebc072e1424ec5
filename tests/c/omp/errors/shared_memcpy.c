void __enzyme_autodiff(void *, ...);
double value(double *x, double *y) {
    double s = 0;
#pragma omp parallel for reduction(+ : s)
    for (int i = 0; i < 8; i++) {
        double local[4];
        __builtin_memcpy(local, x, sizeof local);
        s += local[i % 4] * y[i];
    }
    return s;
}
void grad(double *x, double *dx, double *y, double *dy) {
    __enzyme_autodiff((void *)value, x, dx, y, dy);
}
