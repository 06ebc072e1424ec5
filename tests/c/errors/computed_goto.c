/* expect-error: computed goto */
/* GNU C's label addresses: the gradient's copy of the function would jump to the
 * original's labels (LLVM's indirectbr carries no line; the function's is reported). */
double __enzyme_autodiff(void *, ...);
int enzyme_const;

double pick(double x, int k) { /* ERROR */
    static void *table[] = {&&square, &&triple};
    double r = x;
    goto *table[k & 1];
square:
    r = r * x;
    goto done;
triple:
    r = r * 3;
done:
    return r;
}

double dpick(double x, int k) { return __enzyme_autodiff((void *)pick, x, enzyme_const, k); }
