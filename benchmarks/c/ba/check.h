/* ba: `timed check`: every Jacobian against the expert's over all observations, and the
 * expert's against central differences of the residuals (objective.inc) on the first
 * BA_FD_OBS observations (camera 0, with its zero rotation, among them). Included by
 * timed.c after the versions. Prints one `check` line per comparison; returns 1 on a
 * mismatch. Differences are scaled by max(1, |entry|). */
#ifndef BA_CHECK_H
#define BA_CHECK_H

#define BA_FD_OBS 2000
#define BA_TOL_AD 1e-10
#define BA_TOL_FD 1e-6

static double ba_maxdiff(const double *a, const double *b, size_t n) {
    double worst = 0;
    for (size_t i = 0; i < n; i++) {
        double d = fabs(a[i] - b[i]) / fmax(1.0, fabs(a[i]));
        worst = d > worst ? d : worst;
    }
    return worst;
}

/* Central differences of observation i's residuals (2 reprojection, 1 weight) into its
 * 2 x 15 block (column-major) and its weight derivative. */
static void ba_fd_obs(const struct ba_data *b, int i, double *J, double *Jw) {
    double cam[BA_NCAM], X[3], w = b->w[i], ep[2], em[2];
    memcpy(cam, BA_CAM(b, i), sizeof cam);
    memcpy(X, BA_PT(b, i), sizeof X);
    for (int c = 0; c < BA_NCOLS; c++) {
        double *x = c < BA_NCAM ? cam + c : c < 14 ? X + (c - BA_NCAM) : &w, x0 = *x;
        double h = 1e-6 * fmax(1.0, fabs(x0));
        *x = x0 + h;
        ba_reproj(cam, X, &w, b->feats + 2 * i, ep);
        *x = x0 - h;
        ba_reproj(cam, X, &w, b->feats + 2 * i, em);
        *x = x0;
        J[2 * c] = (ep[0] - em[0]) / (2 * h);
        J[2 * c + 1] = (ep[1] - em[1]) / (2 * h);
    }
    double h = 1e-6 * fmax(1.0, fabs(w)), wp = w + h, wm = w - h;
    ba_werr(&wp, ep);
    ba_werr(&wm, em);
    *Jw = (ep[0] - em[0]) / (2 * h);
}

static int ba_report_check(const char *what, double d, double tol) {
    printf("check %s %.3g (tolerance %g) %s\n", what, d, tol, d <= tol ? "ok" : "MISMATCH");
    return d <= tol ? 0 : 1;
}

static int ba_check(struct ba_ctx *s) {
    const struct ba_data *b = &s->b;
    size_t n = ba_jlen(b);
    int nfd = b->p < BA_FD_OBS ? b->p : BA_FD_OBS, bad = 0;
    double *ref = (double *)malloc(sizeof(double) * n), fd[30], fdw, worst = 0;
    ba_run_hand(s);
    memcpy(ref, s->J, sizeof(double) * n);
    for (int i = 0; i < nfd; i++) {
        ba_fd_obs(b, i, fd, &fdw);
        double d = ba_maxdiff(fd, ref + 30 * (size_t)i, 30);
        double dw = ba_maxdiff(&fdw, ref + 30 * (size_t)b->p + i, 1);
        worst = fmax(worst, fmax(d, dw));
    }
    bad |= ba_report_check("hand_vs_central_differences", worst, BA_TOL_FD);
#ifndef BENCH_NO_AD
    void (*runs[3])(void *) = {ba_run_fwd, ba_run_rev, ba_run_revw2};
    const char *names[3] = {"enzyme_fwd15_vs_hand", "enzyme_rev_vs_hand", "enzyme_revw2_vs_hand"};
    for (int k = 0; k < 3; k++) {
        ba_reset(s);
        runs[k](s);
        bad |= ba_report_check(names[k], ba_maxdiff(ref, s->J, n), BA_TOL_AD);
    }
#endif
    free(ref);
    return bad;
}

#endif
