/* explain: -O3 */
/* The talk's read-sum: ten values of read() taped in an array (80 bytes), which LLVM
 * removes after unrolling the loop. */
#include <enzyme.h>
double read(void);

static double sum(double *x) {
    double total = 0;
    for (int i = 0; i < 10; i++)
        total += read() * x[i];
    return total;
}
void diffe_sum(double *x, double *xp) { __builtin_autodiff(sum, x, xp); }
