/* ba: problem data shaped as ADBench's bundle adjustment inputs (n cameras of 11 parameters,
 * m points of 3, p observations each with a weight w and a 2-d feature), generated
 * deterministically (splitmix64, seed 2018) instead of read from ADBench's files, with
 * ADBench's sizes (ba1: n 49, m 7776, p 31843; ba10: n 1197, m 126327, p 563734).
 * Observation i sees camera i mod n and point i mod m, as ADBench's reader assigns them.
 * Unlike ADBench's files (one camera and one point replicated), every camera and point
 * differs, and camera 0 has a zero rotation, so the Rodrigues formula's theta = 0 branch
 * is taken too. Camera layout (ADBench): rotation (angle-axis) 0-2, centre 3-5, focal 6,
 * principal point 7-8, radial distortion k1 k2 9-10. */
#ifndef BA_COMMON_H
#define BA_COMMON_H
#include "../bench.h"

#define BA_NCAM 11
#define BA_NCOLS 15 /* columns of one observation's reprojection block: cam, X, w */

struct ba_data {
    int n, m, p;
    double *cams, *X, *w, *feats;
    int *obs; /* 2 p: camera index, point index */
};

static double ba_unif(uint64_t *s, double lo, double hi) {
    return lo + (hi - lo) * bench_rng_unif(s);
}

static void ba_fill_cam(double *c, uint64_t *s, int zero_rotation) {
    for (int j = 0; j < 3; j++)
        c[j] = zero_rotation ? 0.0 : ba_unif(s, -0.4, 0.4);
    for (int j = 3; j < 6; j++)
        c[j] = ba_unif(s, -1.0, 1.0);
    c[6] = ba_unif(s, 0.8, 1.6);
    c[7] = ba_unif(s, -0.05, 0.05);
    c[8] = ba_unif(s, -0.05, 0.05);
    c[9] = ba_unif(s, -0.2, 0.2);
    c[10] = ba_unif(s, -0.05, 0.05);
}

/* usage: PROG [SIZE] with SIZE 1 (ba1, default), 10 (ba10), or N M P given explicitly */
static struct ba_data ba_setup_nmp(int n, int m, int p) {
    struct ba_data b = {n, m, p, 0, 0, 0, 0, 0};
    uint64_t s = 2018;
    b.cams = (double *)malloc(sizeof(double) * (size_t)(BA_NCAM * n));
    b.X = (double *)malloc(sizeof(double) * (size_t)(3 * m));
    b.w = (double *)malloc(sizeof(double) * (size_t)p);
    b.feats = (double *)malloc(sizeof(double) * (size_t)(2 * p));
    b.obs = (int *)malloc(sizeof(int) * (size_t)(2 * p));
    for (int i = 0; i < n; i++)
        ba_fill_cam(b.cams + BA_NCAM * i, &s, i == 0);
    for (int i = 0; i < m; i++) {
        b.X[3 * i] = ba_unif(&s, -2.0, 2.0);
        b.X[3 * i + 1] = ba_unif(&s, -2.0, 2.0);
        b.X[3 * i + 2] = ba_unif(&s, 6.0, 10.0); /* in front of every camera */
    }
    for (int i = 0; i < p; i++) {
        b.w[i] = ba_unif(&s, 0.5, 1.5);
        b.feats[2 * i] = ba_unif(&s, -0.3, 0.3);
        b.feats[2 * i + 1] = ba_unif(&s, -0.3, 0.3);
        b.obs[2 * i] = i % n;
        b.obs[2 * i + 1] = i % m;
    }
    return b;
}

static struct ba_data ba_setup(int argc, char **argv) {
    if (argc > 3)
        return ba_setup_nmp((int)bench_arg(argc, argv, 1, 49), (int)bench_arg(argc, argv, 2, 7776),
                            (int)bench_arg(argc, argv, 3, 31843));
    if (bench_arg(argc, argv, 1, 1) == 10)
        return ba_setup_nmp(1197, 126327, 563734);
    return ba_setup_nmp(49, 7776, 31843);
}

#endif
