// ba, Jacobian by ADOL-C: the same residuals (objective.inc with REAL = adouble). The
// observation function is taped once per branch of the Rodrigues rotation (tape 1: rotation
// angle nonzero, tape 2: zero) and each observation's 2 x 15 block is ADOL-C's jacobian()
// of that tape at the observation's point (a forward and a vector reverse sweep); the
// weight residual is tape 3 and gradient(). Taping is inside the measured region; a tape
// whose recorded comparison no longer holds (jacobian() < 0) is retaped at that point.
// Output layout as timed.c's. usage: adolc [SIZE | N M P], one process of its own.
#include <adolc/adolc.h>
#include "common.h"

#define REAL adouble
#define BA_NAME(x) ba_a_##x
#define BA_FEAT adouble
#include "objective.inc"

// Inputs: the 15 parameters then the 2 features (independent too, so that the tape holds
// no observation's constants); J's block is the first 15 columns.
#define BA_NIN (BA_NCOLS + 2)
static void ba_tape_reproj(short tag, const double *x17) {
    double e[2];
    trace_on(tag);
    {
        adouble p[BA_NIN], err[2];
        for (int j = 0; j < BA_NIN; j++)
            p[j] <<= x17[j];
        ba_a_reproj(p, p + BA_NCAM, p + 14, p + BA_NCOLS, err);
        err[0] >>= e[0];
        err[1] >>= e[1];
    }
    trace_off();
}

static void ba_tape_werr(const double *w) {
    double e;
    trace_on(3);
    {
        adouble aw, err;
        aw <<= w[0];
        ba_a_werr(&aw, &err);
        err >>= e;
    }
    trace_off();
}

// The 15 inputs of observation i (cam, X, w), its block into J (column-major).
static void ba_block(const struct ba_data *b, int i, int *taped, double **rows, double *J) {
    double x[BA_NIN];
    const double *cam = b->cams + BA_NCAM * b->obs[2 * i];
    memcpy(x, cam, sizeof(double) * BA_NCAM);
    memcpy(x + BA_NCAM, b->X + 3 * b->obs[2 * i + 1], sizeof(double) * 3);
    x[14] = b->w[i];
    x[15] = b->feats[2 * i], x[16] = b->feats[2 * i + 1];
    short tag = (cam[0] * cam[0] + cam[1] * cam[1] + cam[2] * cam[2]) != 0 ? 1 : 2;
    if (!taped[tag])
        ba_tape_reproj(tag, x), taped[tag] = 1;
    if (jacobian(tag, 2, BA_NIN, x, rows) < 0) {
        ba_tape_reproj(tag, x);
        jacobian(tag, 2, BA_NIN, x, rows);
    }
    for (int c = 0; c < BA_NCOLS; c++)
        J[2 * c] = rows[0][c], J[2 * c + 1] = rows[1][c];
}

static void ba_jac_adolc(const struct ba_data *b, double *J) {
    int taped[3] = {0, 0, 0};
    double r0[BA_NIN], r1[BA_NIN], *rows[2] = {r0, r1};
    for (int i = 0; i < b->p; i++)
        ba_block(b, i, taped, rows, J + 30 * (size_t)i);
    ba_tape_werr(b->w);
    for (int i = 0; i < b->p; i++)
        gradient(3, 1, b->w + i, J + 30 * (size_t)b->p + i);
}

int main(int argc, char **argv) {
    struct ba_data b = ba_setup(argc, argv);
    size_t n = 31 * (size_t)b.p;
    double *J = (double *)calloc(n, sizeof(double));
    int reps = bench_reps(); // one untimed warm-up run, then reps timed ones
    double *times = (double *)malloc(sizeof(double) * (size_t)reps);
    for (int rep = -1; rep < reps; rep++) {
        double t0 = bench_now();
        ba_jac_adolc(&b, J);
        double t1 = bench_now();
        if (rep >= 0) times[rep] = t1 - t0;
    }
    bench_print_times(times, reps);
    bench_print_samples(J, n);
    return 0;
}
