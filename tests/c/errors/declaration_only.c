/* expect-error: elsewhere */
/* The function to differentiate has no body in this translation unit. */
#include <enzyme.h>

double elsewhere(double);

double df(double x) {
    return __builtin_autodiff(elsewhere, x); /* ERROR */
}
