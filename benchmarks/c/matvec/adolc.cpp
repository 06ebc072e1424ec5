// matvec, gradient by ADOL-C: every gradient re-records the tape (as an operator-overloading
// tool must when the program is not known to be branch-free), then calls gradient().
#include <adolc/adolc.h>
#include "common.h"

static adouble matvec(const adouble *mat, const double *vec, long n) {
    adouble *out = new adouble[n];
    for (long i = 0; i < n; i++) {
        out[i] = 0;
        for (long j = 0; j < n; j++)
            out[i] += mat[i * n + j] * vec[j];
    }
    adouble sum = 0;
    for (long i = 0; i < n; i++)
        sum += out[i] * out[i];
    delete[] out;
    return sum;
}

static void dmatvec(double *mat, double *dmat, const double *vec, long n) {
    size_t nn = (size_t)n * (size_t)n;
    double f;
    trace_on(1);
    {
        adouble *am = new adouble[nn];
        for (size_t i = 0; i < nn; i++)
            am[i] <<= mat[i];
        adouble y = matvec(am, vec, n);
        y >>= f;
        delete[] am;
    }
    trace_off();
    gradient(1, (int)nn, mat, dmat); /* overwrites dmat, which is zero on entry */
}

int main(int argc, char **argv) {
    struct matvec_setup s = matvec_setup(argc, argv);
    size_t nn = (size_t)s.n * (size_t)s.n;
    double *mat0 = (double *)malloc(sizeof(double) * nn);
    memcpy(mat0, s.mat, sizeof(double) * nn);
    int reps = bench_reps(); /* one untimed warm-up run, then reps timed ones */
    double *times = (double *)malloc(sizeof(double) * (size_t)reps);
    for (int rep = -1; rep < reps; rep++) {
        memcpy(s.mat, mat0, sizeof(double) * nn);
        double t0 = bench_now();
        if (s.descent) {
            for (long k = 0; k < s.steps; k++) {
                memset(s.dmat, 0, sizeof(double) * nn);
                dmatvec(s.mat, s.dmat, s.vec, s.n);
                for (size_t i = 0; i < nn; i++)
                    s.mat[i] -= s.rate * s.dmat[i];
            }
        } else {
            dmatvec(s.mat, s.dmat, s.vec, s.n);
        }
        double t1 = bench_now();
        if (rep >= 0) times[rep] = t1 - t0;
    }
    bench_print_times(times, reps);
    matvec_report(&s);
    return 0;
}
