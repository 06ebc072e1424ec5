/* gradcheck: n=2 lo=0.5 hi=2 tangent */
/* A registered forward derivative wins over a math name everywhere, also where the
 * gradient's forward sweep prefers LLVM's intrinsics to libm (CallRules.prefer_intrinsics):
 * `__pow_finite` is glibc's old name of pow, but here it is the user's own a * b * b with
 * its own forward derivative. Taken by its name, the call became llvm.pow and got pow's
 * tangent: a wrong number. */
double __enzyme_fwddiff(void *, ...);

typedef struct { double value, tangent; } dual;
__attribute__((noinline)) double __pow_finite(double a, double b) { return a * b * b; }
static dual pow_like_fwd(double a, double da, double b, double db) {
    dual r = {a * b * b, da * b * b + 2 * a * b * db};
    return r;
}
void *__enzyme_register_derivative_pow_like[2] = {(void *)__pow_finite, (void *)pow_like_fwd};

static double g(double a, double b) { return __pow_finite(a, b) + a; }

double f(const double *x) { return g(x[0], x[1]); }

double jvp(const double *x, const double *v) {
    return __enzyme_fwddiff((void *)g, x[0], v[0], x[1], v[1]);
}
