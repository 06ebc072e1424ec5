/* enzymec_gradcheck.c: the numeric half of --check-gradients (included by enzymec_rt.c).
 *
 * The compiler redirects each checked autodiff call to a wrapper (enzymec/ad/check/check_wrapper.py)
 * that registers the call's active inputs here, makes the real call, hands over what it
 * returned, and then re-runs the primal on copies of its inputs as long as
 * __enzymec_gradcheck_next asks for another evaluation. This file chooses the directions,
 * perturbs the copies, compares and reports.
 *
 * The check, for one call: inputs x (active scalars and the doubles or floats of enzyme_dup
 * memory), outputs (the float result and the final contents of the dup memory). phi(x) =
 * u_r * f(x) + <u_m, memory after f(x)> is a scalar. Its directional derivative along w is
 * compared with the central differences D(h) = (phi(x + h w) - phi(x - h w)) / 2h.
 *   reverse: w random (uniform in [-1, 1] times max(1, |x_i|)), u = the seeds the user
 *            passed (1 for the result, the shadow memory before the call); derivative =
 *            <w, returned gradients and shadow memory after the call>.
 *   forward: w = the user's tangents (scalar tangents, shadow memory before the call), u
 *            random; derivative = u_r * returned tangent + <u_m, shadow memory after>.
 * Step and tolerance (eps = DBL_EPSILON, or FLT_EPSILON when any input or output is a float):
 *   h     = cbrt(eps) * max(1, max |x_i|) / max |w_i|
 *   D1 = D(h), D2 = D(h/2); trunc = |D1 - D2| (truncation error of D1, 4x that of D2)
 *   noise = 64 eps M / h, M the largest sum of |terms| of phi over the evaluations
 *   the differences are trusted when trunc <= 0.1 max(|a|, |D2|) + noise (else the
 *   direction is inconclusive: f is not smooth there, or h is too large for it);
 *   a mismatch is |a - D2| > cbrt(eps)/8 (|a| + |D2|) + 2 trunc + noise + 64 eps A,
 *   with a the derivative and A the sum of |terms| of a.
 */
#include <errno.h>
#include <float.h>

#define GC_DIRS 3
#define GC_STEPS 4
#define GC_SITES 256
#define GC_REPORTS_PER_SITE 3

enum { GC_DOUBLE = 0, GC_FLOAT = 1, GC_SCRATCH = 2 };
enum { GC_REVERSE = 0, GC_FORWARD = 1 };
enum { GC_OFF = 0, GC_REPORT = 1, GC_ABORT = 2, GC_VERBOSE = 3 };

struct gc_scalar {
    double x, tangent, grad;
    int kind;
};

struct gc_memory {
    const char *shadow;          /* the user's shadow, read after the real call */
    char *x0, *d0, *d1, *buf;    /* primal and shadow before, shadow after, work copy */
    size_t bytes;
    int kind;
};

struct __enzymec_gradcheck {
    const char *where, *fname;
    int mode, action, nscalar, nmem, result_kind, eval, failures, inconclusive, saved_errno;
    struct gc_scalar *s;
    struct gc_memory *m;
    double *xs, result, result_seed, h, eps, mag, phi[GC_STEPS];
    int first_dir;                                   /* the first mismatch, reported */
    double first_a, first_d, first_tol, first_h;
    uint64_t seed;
};

/* What ENZYMEC_CHECK_GRADIENTS asks for. */
static int gc_read_action(int default_on) {
    const char *env = getenv("ENZYMEC_CHECK_GRADIENTS");
    if (env == NULL || *env == 0)
        return default_on ? GC_REPORT : GC_OFF;
    if (!strcmp(env, "0") || !strcmp(env, "off"))
        return GC_OFF;
    if (!strcmp(env, "abort"))
        return GC_ABORT;
    if (!strcmp(env, "verbose"))
        return GC_VERBOSE;
    return GC_REPORT;
}

/* The action, read once per default (threads racing to read it find the same value), so
 * that a program shipped with the checks off pays a load and a branch per call. */
static int gc_action(int default_on) {
    static int cached[2] = {-1, -1};
    int action = __atomic_load_n(&cached[!!default_on], __ATOMIC_RELAXED);
    if (action < 0) {
        action = gc_read_action(default_on);
        __atomic_store_n(&cached[!!default_on], action, __ATOMIC_RELAXED);
    }
    return action;
}

static uint64_t gc_mix(uint64_t z) { /* splitmix64's finalizer */
    z += 0x9e3779b97f4a7c15ull;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

/* A reproducible number in [-1, 1) for (call, direction, slot, element). */
static double gc_random(const struct __enzymec_gradcheck *c, int k, uint64_t slot, size_t e) {
    uint64_t z = gc_mix(c->seed ^ gc_mix(((uint64_t)k << 56) ^ (slot << 40) ^ (uint64_t)e));
    return (double)(z >> 11) * (2.0 / 9007199254740992.0) - 1.0;
}

static size_t gc_count(const struct gc_memory *m) {
    return m->kind == GC_FLOAT ? m->bytes / sizeof(float) : m->bytes / sizeof(double);
}

static double gc_get(const char *base, int kind, size_t e) {
    if (kind == GC_FLOAT) {
        float v;
        memcpy(&v, base + e * sizeof v, sizeof v);
        return v;
    }
    double v;
    memcpy(&v, base + e * sizeof v, sizeof v);
    return v;
}

static void gc_set(char *base, int kind, size_t e, double value) {
    if (kind == GC_FLOAT) {
        float v = (float)value;
        memcpy(base + e * sizeof v, &v, sizeof v);
    } else {
        memcpy(base + e * sizeof value, &value, sizeof value);
    }
}

static char *gc_copy(const void *from, size_t bytes) {
    char *to = malloc(bytes ? bytes : 1);
    if (to == NULL)
        abort();
    if (from != NULL)
        memcpy(to, from, bytes);
    else
        memset(to, 0, bytes);
    return to;
}

void *__enzymec_gradcheck_begin(const char *where, const char *fname, int mode,
                                int default_on, int nscalar, int nmem, int result_kind) {
    static uint64_t calls;
    int action = gc_action(default_on);
    if (action == GC_OFF)
        return NULL;
    struct __enzymec_gradcheck *c = calloc(1, sizeof *c);
    if (c == NULL)
        abort();
    c->where = where, c->fname = fname, c->mode = mode, c->action = action;
    c->nscalar = nscalar, c->nmem = nmem, c->result_kind = result_kind;
    c->s = calloc((size_t)nscalar + 1, sizeof *c->s);
    c->m = calloc((size_t)nmem + 1, sizeof *c->m);
    c->xs = calloc((size_t)nscalar + 1, sizeof *c->xs);
    if (c->s == NULL || c->m == NULL || c->xs == NULL)
        abort();
    c->result_seed = 1.0; /* __enzyme_autodiff seeds the result with 1; a split pair's
                             reverse passes its own (gradcheck_seed) */
    c->seed = gc_mix(0x5eed + __atomic_fetch_add(&calls, 1, __ATOMIC_RELAXED));
    c->saved_errno = errno;
    return c;
}

void __enzymec_gradcheck_scalar(void *ctx, int i, double x, double tangent, int kind) {
    struct __enzymec_gradcheck *c = ctx;
    c->s[i].x = x, c->s[i].tangent = tangent, c->s[i].kind = kind;
}

void __enzymec_gradcheck_memory(void *ctx, int j, const void *primal, const void *shadow,
                                size_t bytes, int kind) {
    struct __enzymec_gradcheck *c = ctx;
    struct gc_memory *m = &c->m[j];
    m->bytes = bytes, m->kind = kind, m->shadow = shadow;
    m->x0 = gc_copy(primal, bytes);
    m->buf = gc_copy(primal, bytes);
    if (kind != GC_SCRATCH) {
        m->d0 = gc_copy(shadow, bytes);
        m->d1 = gc_copy(NULL, bytes);
    }
}

void __enzymec_gradcheck_gradient(void *ctx, int i, double g) {
    ((struct __enzymec_gradcheck *)ctx)->s[i].grad = g;
}

void __enzymec_gradcheck_tangent(void *ctx, double t) {
    ((struct __enzymec_gradcheck *)ctx)->result = t;
}

double __enzymec_gradcheck_arg(void *ctx, int i) {
    return ((struct __enzymec_gradcheck *)ctx)->xs[i];
}

void *__enzymec_gradcheck_buffer(void *ctx, int j) {
    return ((struct __enzymec_gradcheck *)ctx)->m[j].buf;
}

/* ---- split pairs (enzymec/ad/check/check_split.py) ----------------------------------------
 * `__enzyme_augmentfwd` registers the inputs as they are before the forward runs (begin,
 * scalar, memory) and parks the check under the tape it returned; `__enzyme_reverse` takes
 * it back by that tape, copies the seeds its shadows hold now (what the user put there
 * between the two calls) and the result's seed, runs, and the check proceeds as for
 * __enzyme_autodiff, re-running the primal on the copies taken before the forward. */
static void gc_free(struct __enzymec_gradcheck *c) {
    for (int j = 0; j < c->nmem; j++)
        free(c->m[j].x0), free(c->m[j].d0), free(c->m[j].d1), free(c->m[j].buf);
    free(c->s), free(c->m), free(c->xs);
    errno = c->saved_errno;
    free(c);
}

struct gc_pair {
    const void *tape;
    void *ctx;
    struct gc_pair *next;
};
static struct gc_pair *gc_pairs;
static int gc_pairs_lock;

static void gc_lock(void) {
    while (__atomic_exchange_n(&gc_pairs_lock, 1, __ATOMIC_ACQUIRE))
        ;
}

static void gc_unlock(void) { __atomic_store_n(&gc_pairs_lock, 0, __ATOMIC_RELEASE); }

void __enzymec_gradcheck_pair_put(void *ctx, const void *tape) {
    if (ctx == NULL)
        return;
    struct gc_pair *p = tape == NULL ? NULL : malloc(sizeof *p);
    if (p == NULL) { /* no tape to pair by: the reverse cannot find this check */
        struct __enzymec_gradcheck *c = ctx;
        if (c->action == GC_VERBOSE)
            fprintf(stderr, "%s: note: gradient check of '%s' skipped: its augmented forward "
                    "keeps no tape, by which its reverse could be found\n", c->where, c->fname);
        gc_free(ctx);
        return;
    }
    p->tape = tape, p->ctx = ctx;
    gc_lock();
    p->next = gc_pairs, gc_pairs = p;
    gc_unlock();
}

void *__enzymec_gradcheck_pair_take(const void *tape, int nscalar, int nmem,
                                    const char *where) {
    struct __enzymec_gradcheck *ctx = NULL;
    gc_lock();
    for (struct gc_pair **at = &gc_pairs; tape != NULL && *at != NULL; at = &(*at)->next) {
        if ((*at)->tape == tape) {
            struct gc_pair *p = *at;
            ctx = p->ctx, *at = p->next;
            free(p);
            break;
        }
    }
    gc_unlock();
    if (ctx != NULL && (ctx->nscalar != nscalar || ctx->nmem != nmem)) {
        gc_free(ctx); /* the two halves planned different checks: no verdict */
        ctx = NULL;
    }
    if (ctx != NULL)
        ctx->where = where; /* reported at the reverse call, where it is judged */
    return ctx;
}

void __enzymec_gradcheck_seed(void *ctx, double seed) {
    ((struct __enzymec_gradcheck *)ctx)->result_seed = seed;
}

void __enzymec_gradcheck_reseed(void *ctx, int j, const void *shadow) {
    struct gc_memory *m = &((struct __enzymec_gradcheck *)ctx)->m[j];
    if (m->kind == GC_SCRATCH)
        return;
    m->shadow = shadow;
    if (shadow != NULL)
        memcpy(m->d0, shadow, m->bytes);
    else
        memset(m->d0, 0, m->bytes);
}

#include "enzymec_gradcheck_judge.c"
