/* expect-error: setjmp */
/* setjmp/longjmp marked inactive by the user stay non-local jumps: the mark cannot make the
   reverse sweep retrace the jump (call_kinds: NONLOCAL_JUMP comes before INACTIVE, and
   activity asks the same kind), so this is refused, not differentiated as if the jump were
   not there (the value after the jump would have a wrong derivative). */
#include <enzyme.h>
#include <setjmp.h>

static jmp_buf env;
void *__enzyme_inactivefn[] = {(void *)_setjmp, (void *)longjmp};

double f(double x) {
    double y = x * x;
    if (setjmp(env)) /* ERROR */
        return y;
    if (y > 1) longjmp(env, 1);
    return y * x;
}

double df(double x) { return __builtin_autodiff(f, x); }
