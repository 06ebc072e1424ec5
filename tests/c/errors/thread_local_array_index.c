/* expect-error: stored into the thread-local variable 's' */
/* A _Thread_local array written at a variable index and read back in a second loop: LLVM
 * addresses it through one llvm.threadlocal.address call per loop, which activity analysis
 * took for two objects, so the store of active data looked unread and was dropped: a zero
 * gradient, silently, in reverse and forward mode. It is refused like a constant index. */
void __enzyme_autodiff(void *, ...);

_Thread_local double s[4];

double g(const double *x, int n) {
    for (int i = 0; i < n; i++) s[i] = x[i] * x[i]; /* ERROR */
    double r = 0;
    for (int i = 0; i < n; i++) r += s[i];
    return r;
}

void dg(const double *x, double *dx) { __enzyme_autodiff((void *)g, x, dx, 2); }
