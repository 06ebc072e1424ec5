/* vector: n=2 m=1 width=4 mode=forward lo=0.2 hi=2 */
/* A registered width-1 forward derivative, called once per lane. */
#include <math.h>
extern int enzyme_width;
typedef struct { double d[4]; } Lanes4;
Lanes4 __enzyme_fwddiff(void *, ...);
typedef struct { double val, dval; } Dual;

__attribute__((noinline)) double my_sq_log(double x) { return x * x * log(x); }
Dual my_sq_log_fwd(double x, double dx) {
    Dual r = {x * x * log(x), (2 * x * log(x) + x) * dx};
    return r;
}
void *__enzyme_register_derivative_my_sq_log[] = {(void *)my_sq_log, (void *)my_sq_log_fwd};

static double g(double a, double b) { return my_sq_log(a * b) + a * my_sq_log(b); }

void fun(const double *x, double *y) { y[0] = g(x[0], x[1]); }

void deriv(const double *x, const double *s, double *out) {
    Lanes4 r = __enzyme_fwddiff((void *)g, enzyme_width, 4, x[0], s[0], s[2], s[4], s[6],
                                x[1], s[1], s[3], s[5], s[7]);
    for (int k = 0; k < 4; k++) out[k] = r.d[k];
}
