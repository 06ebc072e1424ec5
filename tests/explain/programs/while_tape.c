/* explain: -O3 */
/* A loop whose trip count is unknown until it ends: the tape of read() grows while it runs
 * and stays after optimization. */
#include <enzyme.h>
double read(void);

static double run(double x) {
    double y = x;
    while (y < 100.0)
        y = y * read() + 1.0;
    return y;
}
double drun(double x) { return __builtin_autodiff(run, x); }
