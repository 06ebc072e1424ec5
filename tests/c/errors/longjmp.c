/* expect-error: setjmp */
/* setjmp/longjmp in differentiated code: the reverse sweep cannot retrace the jump. */
#include <enzyme.h>
#include <setjmp.h>

static jmp_buf env;

double f(double x) {
    double y = x * x;
    if (setjmp(env)) /* ERROR */
        return y;
    if (y > 1) longjmp(env, 1);
    return y * x;
}

double df(double x) { return __builtin_autodiff(f, x); }
