/* gradcheck: n=4 lo=-1.5 hi=1.5 */
/* Look-alikes of a producer/consumer loop pair (enzymec/ad/fuse/loop_fusion.py) that it must
 * not fuse, each differentiated as before: the consumer reads another element than the
 * one its iteration's producer wrote (the mirrored one, the next one: fusing would read it
 * before it is written), the
 * scratch escapes into a global, the consumer runs one iteration less (guarded, and as a
 * do-while loop that only its bound tells apart), a call with an
 * effect runs between the loops, the scratch is read after the consumer, the consumer
 * writes the scratch, the producer writes an element of another iteration. Each producer
 * holds a loop of its own, as matvec's does. tests/ad/test_fuse.py checks that none is
 * fused; tests/c/test_gradients.py checks the gradients. */
#include <math.h>
#include <stdlib.h>
#include <enzyme.h>

int rows = 5;
double *keep;
int ticks;

__attribute__((noinline)) void tick(void) { ticks++; }
__attribute__((noinline)) void remember(double *p) { keep = p; }

static double *produce(const double *x, int rows, int escape) {
    double *out = malloc(sizeof(double) * (size_t)rows);
    if (escape)
        remember(out);
    for (int i = 0; i < rows; i++) {
        double t = 0.0;
        for (int j = 0; j < 4; j++)
            t += sin(x[j] * (i + 1)) * x[(i + j) % 4];
        out[i] = t;
    }
    return out;
}

double reversed(const double *x, int rows) {  /* reads out[rows - 1 - i] */
    double *out = produce(x, rows, 0);
    double s = 0.0;
    for (int i = 0; i < rows; i++)
        s += out[i] * out[rows - 1 - i];
    free(out);
    return s;
}

double next_element(const double *x, int rows) {  /* reads out[(i + 1) % rows] */
    double *out = produce(x, rows, 0);
    double s = 0.0;
    for (int i = 0; i < rows; i++)
        s += out[i] * out[(i + 1) % rows];
    free(out);
    return s;
}

double escapes(const double *x, int rows) {  /* a global points at the scratch */
    double *out = produce(x, rows, 1);
    double s = 0.0;
    for (int i = 0; i < rows; i++)
        s += out[i] * out[i];
    free(out);
    return s;
}

double shorter(const double *x, int rows) {  /* one iteration less */
    double *out = produce(x, rows, 0);
    double s = 0.0;
    for (int i = 0; i < rows - 1; i++)
        s += out[i] * out[i];
    free(out);
    return s;
}

double shorter_do_while(const double *x, int rows) {  /* no guard of its own: runs rows - 1 */
    double *out = produce(x, rows, 0);
    double s = 0.0;
    int i = 0;
    do {
        s += out[i] * out[i];
        i++;
    } while (i < rows - 1);
    free(out);
    return s;
}

double call_between(const double *x, int rows) {  /* an effect between the loops */
    double *out = produce(x, rows, 0);
    tick();
    double s = 0.0;
    for (int i = 0; i < rows; i++)
        s += out[i] * out[i];
    free(out);
    return s;
}

double read_after(const double *x, int rows) {  /* out[0] read after the consumer */
    double *out = produce(x, rows, 0);
    double s = 0.0;
    for (int i = 0; i < rows; i++)
        s += out[i] * out[i];
    s += out[0] * x[2];
    free(out);
    return s;
}

double consumer_writes(const double *x, int rows) {  /* the consumer writes the scratch */
    double *out = produce(x, rows, 0);
    double s = 0.0;
    for (int i = 0; i < rows; i++) {
        s += out[i] * out[i];
        out[(i + 1) % rows] *= 0.5;
    }
    free(out);
    return s;
}

double producer_ahead(const double *x, int rows) {  /* writes the next iteration's element */
    double *out = malloc(sizeof(double) * (size_t)(rows + 1));
    for (int i = 0; i < rows; i++) {
        double t = 0.0;
        for (int j = 0; j < 4; j++)
            t += cos(x[j] + i) * x[j];
        out[i + 1] = t;
    }
    double s = 0.0;
    for (int i = 0; i < rows; i++)
        s += out[i + 1] * out[i + 1] * (i + 1);
    free(out);
    return s;
}

typedef double (*objective)(const double *, int);
static const objective objectives[9] = {reversed, next_element, escapes, shorter,
                                        shorter_do_while, call_between, read_after,
                                        consumer_writes, producer_ahead};

double f(const double *x) {
    double total = 0.0;
    for (int k = 0; k < 9; k++)
        total += objectives[k](x, rows);
    return total;
}

void grad(const double *x, double *g) {
    double d[9][4] = {{0.0}};
    __enzyme_autodiff((void *)reversed, enzyme_dup, x, d[0], enzyme_const, rows);
    __enzyme_autodiff((void *)next_element, enzyme_dup, x, d[1], enzyme_const, rows);
    __enzyme_autodiff((void *)escapes, enzyme_dup, x, d[2], enzyme_const, rows);
    __enzyme_autodiff((void *)shorter, enzyme_dup, x, d[3], enzyme_const, rows);
    __enzyme_autodiff((void *)shorter_do_while, enzyme_dup, x, d[4], enzyme_const, rows);
    __enzyme_autodiff((void *)call_between, enzyme_dup, x, d[5], enzyme_const, rows);
    __enzyme_autodiff((void *)read_after, enzyme_dup, x, d[6], enzyme_const, rows);
    __enzyme_autodiff((void *)consumer_writes, enzyme_dup, x, d[7], enzyme_const, rows);
    __enzyme_autodiff((void *)producer_ahead, enzyme_dup, x, d[8], enzyme_const, rows);
    for (int i = 0; i < 4; i++) {
        g[i] = 0.0;
        for (int k = 0; k < 9; k++)
            g[i] += d[k][i];
    }
}
