/* enzymec_gradcheck_judge.c: directions, evaluations and the verdict of --check-gradients
 * (included by enzymec_gradcheck.c, whose header comment gives the formulas). */

/* Direction k's component for scalar i: reverse random and scaled, forward the tangent. */
static double gc_scalar_dir(const struct __enzymec_gradcheck *c, int k, int i) {
    if (c->mode == GC_FORWARD)
        return c->s[i].tangent;
    return gc_random(c, k, 0, (size_t)i) * fmax(1.0, fabs(c->s[i].x));
}

static double gc_memory_dir(const struct __enzymec_gradcheck *c, int k, int j, size_t e) {
    const struct gc_memory *m = &c->m[j];
    if (c->mode == GC_FORWARD)
        return gc_get(m->d0, m->kind, e);
    return gc_random(c, k, (uint64_t)j + 1, e) * fmax(1.0, fabs(gc_get(m->x0, m->kind, e)));
}

/* Output weights: reverse the user's seeds, forward random. */
static double gc_result_weight(const struct __enzymec_gradcheck *c, int k) {
    return c->mode == GC_FORWARD ? gc_random(c, k, 0xffff, 0) : c->result_seed;
}

static double gc_memory_weight(const struct __enzymec_gradcheck *c, int k, int j, size_t e) {
    const struct gc_memory *m = &c->m[j];
    if (c->mode == GC_FORWARD)
        return gc_random(c, k, 0x10000 + (uint64_t)j, e);
    return gc_get(m->d0, m->kind, e);
}

/* cbrt(eps) without libm (a program need not link -lm) */
static double gc_cbrt_eps(double eps) {
    return eps == FLT_EPSILON ? 4.921566601151848e-03 : 6.055454452393343e-06;
}

static double gc_epsilon(const struct __enzymec_gradcheck *c) {
    int single = c->result_kind == GC_FLOAT;
    for (int i = 0; i < c->nscalar; i++)
        single |= c->s[i].kind == GC_FLOAT;
    for (int j = 0; j < c->nmem; j++)
        single |= c->m[j].kind == GC_FLOAT;
    return single ? FLT_EPSILON : DBL_EPSILON;
}

/* h for direction k (the header's formula). */
static double gc_step(const struct __enzymec_gradcheck *c, int k) {
    double xmax = 1.0, wmax = 0.0;
    for (int i = 0; i < c->nscalar; i++) {
        xmax = fmax(xmax, fabs(c->s[i].x));
        wmax = fmax(wmax, fabs(gc_scalar_dir(c, k, i)));
    }
    for (int j = 0; j < c->nmem; j++) {
        const struct gc_memory *m = &c->m[j];
        for (size_t e = 0; m->kind != GC_SCRATCH && e < gc_count(m); e++) {
            xmax = fmax(xmax, fabs(gc_get(m->x0, m->kind, e)));
            wmax = fmax(wmax, fabs(gc_memory_dir(c, k, j, e)));
        }
    }
    return wmax > 0 && isfinite(wmax) ? gc_cbrt_eps(c->eps) * xmax / wmax : 1.0;
}

/* Inputs moved to x + t w_k: scalars in xs, memory in the work copies. */
static void gc_perturb(struct __enzymec_gradcheck *c, int k, double t) {
    for (int i = 0; i < c->nscalar; i++) {
        double v = c->s[i].x + t * gc_scalar_dir(c, k, i);
        c->xs[i] = c->s[i].kind == GC_FLOAT ? (double)(float)v : v;
    }
    for (int j = 0; j < c->nmem; j++) {
        struct gc_memory *m = &c->m[j];
        memcpy(m->buf, m->x0, m->bytes);
        for (size_t e = 0; m->kind != GC_SCRATCH && e < gc_count(m); e++)
            gc_set(m->buf, m->kind, e, gc_get(m->x0, m->kind, e) + t * gc_memory_dir(c, k, j, e));
    }
}

int __enzymec_gradcheck_next(void *ctx) {
    static const double scale[GC_STEPS] = {1.0, -1.0, 0.5, -0.5};
    struct __enzymec_gradcheck *c = ctx;
    if (c->eval == 0) {
        c->eps = gc_epsilon(c);
        for (int j = 0; j < c->nmem; j++)
            if (c->m[j].kind != GC_SCRATCH && c->m[j].shadow != NULL)
                memcpy(c->m[j].d1, c->m[j].shadow, c->m[j].bytes);
    }
    if (c->eval >= GC_DIRS * GC_STEPS)
        return 0;
    int k = c->eval / GC_STEPS, step = c->eval % GC_STEPS;
    if (step == 0) {
        c->h = gc_step(c, k);
        c->mag = 0.0;
    }
    gc_perturb(c, k, scale[step] * c->h);
    return 1;
}

/* The derivative of phi along w_k from what the real call returned; *abs_sum its terms. */
static double gc_derivative(const struct __enzymec_gradcheck *c, int k, double *abs_sum) {
    double a = 0.0, sum = 0.0, term;
    if (c->mode == GC_FORWARD && c->result_kind >= 0) {
        term = gc_result_weight(c, k) * c->result;
        a += term, sum += fabs(term);
    }
    for (int i = 0; c->mode == GC_REVERSE && i < c->nscalar; i++) {
        term = gc_scalar_dir(c, k, i) * c->s[i].grad;
        a += term, sum += fabs(term);
    }
    for (int j = 0; j < c->nmem; j++) {
        const struct gc_memory *m = &c->m[j];
        for (size_t e = 0; m->kind != GC_SCRATCH && e < gc_count(m); e++) {
            double w = c->mode == GC_FORWARD ? gc_memory_weight(c, k, j, e)
                                             : gc_memory_dir(c, k, j, e);
            term = w * gc_get(m->d1, m->kind, e);
            a += term, sum += fabs(term);
        }
    }
    *abs_sum = sum;
    return a;
}

/* How many failures of the call site `where` were seen before (per thread). */
static int gc_reported(const char *where) {
    static _Thread_local const char *sites[GC_SITES];
    static _Thread_local int counts[GC_SITES];
    for (int i = 0; i < GC_SITES; i++) {
        if (sites[i] == NULL)
            sites[i] = where;
        if (sites[i] == where)
            return counts[i]++;
    }
    return 0;
}

/* Note direction k's mismatch; the first one is what end() reports. */
static void gc_fail(struct __enzymec_gradcheck *c, int k, double a, double d, double tol) {
    if (c->failures++ == 0) {
        c->first_dir = k, c->first_a = a, c->first_d = d, c->first_tol = tol;
        c->first_h = c->h;
    }
}

static void gc_report(struct __enzymec_gradcheck *c) {
    int seen = gc_reported(c->where);
    if (seen >= GC_REPORTS_PER_SITE && c->action != GC_ABORT)
        return;
    const char *what = c->mode == GC_FORWARD ? "forward-mode tangent" : "reverse-mode gradient";
    fprintf(stderr, "%s: gradient check failed: the %s of '%s' disagrees with central finite "
            "differences of '%s' (%d of %d random directions); direction %d: derivative "
            "%.17g, finite differences %.17g (difference %.3g, tolerance %.3g, step h %.3g)\n",
            c->where, what, c->fname, c->fname, c->failures, GC_DIRS, c->first_dir + 1,
            c->first_a, c->first_d, fabs(c->first_a - c->first_d), c->first_tol, c->first_h);
    if (seen + 1 == GC_REPORTS_PER_SITE && c->action != GC_ABORT)
        fprintf(stderr, "%s: note: further gradient check failures here are not reported\n",
                c->where);
}

/* Compare direction k's derivative with its differences (the header's rule). */
static void gc_judge(struct __enzymec_gradcheck *c, int k) {
    double d1 = (c->phi[0] - c->phi[1]) / (2.0 * c->h), d2 = (c->phi[2] - c->phi[3]) / c->h;
    double abs_sum, a = gc_derivative(c, k, &abs_sum);
    double trunc = fabs(d1 - d2), noise = 64.0 * c->eps * c->mag / c->h;
    if (!isfinite(d1) || !isfinite(d2) || !isfinite(c->mag)) {
        c->inconclusive++;
        return;
    }
    if (!isfinite(a)) {
        gc_fail(c, k, a, d2, 0.0);
        return;
    }
    if (trunc > 0.1 * fmax(fabs(a), fabs(d2)) + noise) {
        c->inconclusive++;
        return;
    }
    double tol = gc_cbrt_eps(c->eps) / 8.0 * (fabs(a) + fabs(d2)) + 2.0 * trunc + noise +
                 64.0 * c->eps * abs_sum;
    if (fabs(a - d2) > tol)
        gc_fail(c, k, a, d2, tol);
}

void __enzymec_gradcheck_value(void *ctx, double y) {
    struct __enzymec_gradcheck *c = ctx;
    int k = c->eval / GC_STEPS, step = c->eval % GC_STEPS;
    double phi = 0.0, mag = 0.0, term;
    if (c->result_kind >= 0) {
        term = gc_result_weight(c, k) * y;
        phi += term, mag += fabs(term);
    }
    for (int j = 0; j < c->nmem; j++) {
        const struct gc_memory *m = &c->m[j];
        for (size_t e = 0; m->kind != GC_SCRATCH && e < gc_count(m); e++) {
            term = gc_memory_weight(c, k, j, e) * gc_get(m->buf, m->kind, e);
            phi += term, mag += fabs(term);
        }
    }
    c->phi[step] = phi;
    c->mag = fmax(c->mag, mag);
    c->eval++;
    if (step == GC_STEPS - 1)
        gc_judge(c, k);
}

void __enzymec_gradcheck_end(void *ctx) {
    struct __enzymec_gradcheck *c = ctx;
    if (c->action == GC_VERBOSE)
        fprintf(stderr, "%s: note: gradient check of '%s': %d of %d directions failed, %d "
                "inconclusive\n", c->where, c->fname, c->failures, GC_DIRS, c->inconclusive);
    if (c->failures)
        gc_report(c);
    if (c->failures && c->action == GC_ABORT) {
        fprintf(stderr, "%s: note: stopping (ENZYMEC_CHECK_GRADIENTS=abort)\n", c->where);
        abort();
    }
    gc_free(c);
}
