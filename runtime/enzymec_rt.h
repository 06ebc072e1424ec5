/* enzymec_rt.h: the functions that derivative code synthesized by enzymec calls.
 *
 * The AD stage emits only declarations of these and calls to them. The driver compiles
 * enzymec_rt.c to LLVM bitcode with the same clang that compiles the user's code (once per
 * user, cached), and links into a module only the functions that module references, made
 * internal, before LLVM optimizes it: the small ones are always inlined and vanish into
 * the derivative code; a module without autodiff calls gets nothing. Every symbol starts
 * with __enzymec_ (a name reserved to the implementation) so it never collides with user
 * code. The signatures here are the ABI the AD stage relies on (enzymec/ad/rules/runtime_calls.py
 * lists the same ones as IR types; a test checks they agree).
 */
#ifndef ENZYMEC_RT_H
#define ENZYMEC_RT_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* -- tapes: growable arrays { buffer, capacity in elements } (enzymec/ad/tape/tape.py) ----- */
struct __enzymec_tape {
    char *buffer;
    size_t capacity;
};

/* Room for `count` elements of `size` bytes, at least doubling the capacity. */
void __enzymec_tape_reserve(struct __enzymec_tape *tape, size_t count, size_t size);
/* Address of element `index`, growing the tape (to 64 elements at least) when needed. */
void *__enzymec_tape_slot(struct __enzymec_tape *tape, size_t index, size_t size);

/* The same for tapes kept between gradients (per thread, never unmapped on the hot path):
 * release gives the buffer back for a later tape instead of freeing it. */
void __enzymec_kept_tape_reserve(struct __enzymec_tape *tape, size_t count, size_t size);
void *__enzymec_kept_tape_slot(struct __enzymec_tape *tape, size_t index, size_t size);
void __enzymec_kept_tape_release(struct __enzymec_tape *tape, size_t size);

/* Tapes of loops run at most once per call, reserved once: small ones on the record stack,
 * released where the reverse sweep leaves the loop (enzymec/ad/tape/tape_arena.py). */
void __enzymec_stack_tape_reserve(struct __enzymec_tape *tape, size_t count, size_t size);
void __enzymec_stack_tape_release(struct __enzymec_tape *tape, size_t size);
/* A loop tape kept in the caller's shadow moved to its ordinary tape (shadow_tape_apply.py). */
void __enzymec_shadow_tape_move(void *dst, void *shadow, size_t bytes);
uint64_t __enzymec_shadow_bits(const void *shadow, size_t bytes);
/* A kept tape of an inner gradient that forward mode differentiates: released, and its
 * header emptied for the next tape (enzymec/ad/higher_order/nested_tape.py). */
void __enzymec_nested_tape_release(struct __enzymec_tape *tape, size_t size);

/* -- shadows of heap memory (enzymec/ad/rules/heap.py, memory.py) -------------------------- */
void *__enzymec_shadow_alloc(size_t size, size_t align, const void *primal);
void __enzymec_shadow_free(void *shadow, size_t align);
size_t __enzymec_shadow_size(const void *shadow);
void __enzymec_clear_kept_shadow(void *shadow, const void *primal, const void *owner,
                                 int8_t own);
size_t __enzymec_shadow_moved(const void *new_shadow, const void *old_shadow, size_t size);
void *__enzymec_shadow_realloc(void *old_shadow, size_t size, const void *primal);
void *__enzymec_posix_memalign(void **pp, size_t align, size_t size, int *rc);

/* -- tape records of split calls: a per-thread stack (enzymec/ad/split/split.py) ---------- */
void *__enzymec_record_push(size_t size);
void __enzymec_record_pop(void *record);
void *__enzymec_record_top(size_t size); /* the most recent record of `size` bytes */
void *__enzymec_record_push_upto(size_t size, size_t most); /* in room for `most` bytes */
void *__enzymec_record_alloc(size_t size); /* user-split gradients: heap records */
void __enzymec_record_free(void *record);

/* -- adjoints of memcpy/memmove (enzymec/ad/memory/memory.py, copy_fields.py) -------------- */
void __enzymec_memcpy_adjoint_double(double *dst, double *src, size_t bytes);
void __enzymec_memcpy_adjoint_float(float *dst, float *src, size_t bytes);
void __enzymec_memcpy_adjoint_half(_Float16 *dst, _Float16 *src, size_t bytes);
void __enzymec_memcpy_field_adjoint_double(char *dst, char *src, size_t bytes, size_t stride,
                                           size_t at);
void __enzymec_memcpy_field_adjoint_float(char *dst, char *src, size_t bytes, size_t stride,
                                          size_t at);
void __enzymec_memcpy_field_adjoint_half(char *dst, char *src, size_t bytes, size_t stride,
                                         size_t at);
void __enzymec_memcpy_field_pointer(char *dst, char *src, size_t bytes, size_t stride,
                                    size_t at);

/* -- special functions derivative rules need (enzymec/ad/rules/mathfns.py) ---------------- */
double __enzymec_digamma(double x);

/* -- sorting: qsort in differentiated code, differentiated itself (library_bodies.py) -- */
void __enzymec_qsort(void *base, size_t n, size_t size,
                     int (*cmp)(const void *, const void *));
/* -- CBLAS in differentiated code, as loops differentiated themselves (library_bodies.py):
 *    orders and transposes numbered as CBLAS numbers them (101 row major, 102 column major;
 *    111 no transpose, 112 transpose, 113 conjugate transpose); `_beta` versions read C (y)
 *    where it is finite even when beta is 0 -- */
#define RT_BLAS_DECLARE(T, P)                                                                  \
    T __enzymec_cblas_##P##dot(int n, const T *x, int incx, const T *y, int incy);             \
    void __enzymec_cblas_##P##axpy(int n, T alpha, const T *x, int incx, T *y, int incy);      \
    void __enzymec_cblas_##P##scal(int n, T alpha, T *x, int incx);                            \
    void __enzymec_cblas_##P##copy(int n, const T *x, int incx, T *y, int incy);               \
    void __enzymec_cblas_##P##swap(int n, T *x, int incx, T *y, int incy);                     \
    T __enzymec_cblas_##P##nrm2(int n, const T *x, int incx);                                  \
    T __enzymec_cblas_##P##asum(int n, const T *x, int incx);                                  \
    void __enzymec_cblas_##P##gemv(int order, int trans, int m, int n, T alpha, const T *a,    \
                                   int lda, const T *x, int incx, T beta, T *y, int incy);     \
    void __enzymec_cblas_##P##gemv_beta(int order, int trans, int m, int n, T alpha,           \
                                        const T *a, int lda, const T *x, int incx, T beta,     \
                                        T *y, int incy);                                       \
    void __enzymec_cblas_##P##gemm(int order, int ta, int tb, int m, int n, int k, T alpha,    \
                                   const T *a, int lda, const T *b, int ldb, T beta, T *c,     \
                                   int ldc);                                                   \
    void __enzymec_cblas_##P##gemm_beta(int order, int ta, int tb, int m, int n, int k,        \
                                        T alpha, const T *a, int lda, const T *b, int ldb,     \
                                        T beta, T *c, int ldc);
RT_BLAS_DECLARE(double, d)
RT_BLAS_DECLARE(float, s)
#undef RT_BLAS_DECLARE

/* -- Enzyme's runtime activity (enzymec/ad/entry/shadow_guard.py) -------------------------- */
void __enzymec_check_shadow(const void *primal, const void *shadow, const char *where);

/* -- OpenMP: atomic adjoint adds and per-thread tapes (enzymec/ad/omp/omp_*.py) ---------- */
void __enzymec_atomic_add_double(double *p, double v);
void __enzymec_atomic_add_float(float *p, float v);
void __enzymec_atomic_add_double_lanes(double *p, const double *v, size_t n);
void __enzymec_atomic_add_float_lanes(float *p, const float *v, size_t n);
/* atomic when `shared`, else a plain add: a stencil's update near its thread's range ends */
void __enzymec_atomic_add_double_if(double *p, double v, int shared);
void __enzymec_atomic_add_float_if(float *p, float v, int shared);
void *__enzymec_omp_tapes_new(int64_t capacity);
void __enzymec_omp_tape_set(void *tapes, int64_t thread, int64_t team, void *tape);
void *__enzymec_omp_tape_get(void *tapes, int64_t thread, int64_t team);
int32_t __enzymec_omp_team(void *tapes);
void __enzymec_omp_tapes_free(void *tapes);
int64_t __enzymec_omp_order_take(void *lock);
void __enzymec_omp_order_wait(void *lock, int64_t ticket);
void __enzymec_omp_order_done(void *lock);
/* -- --check-gradients: finite-difference checks of autodiff calls (enzymec/ad/check/check_*.py,
 * runtime/enzymec_gradcheck.c). begin returns NULL when checking is off (the environment
 * variable ENZYMEC_CHECK_GRADIENTS, else `default_on`). kinds: 0 double, 1 float, 2 memory
 * only copied (not perturbed); result_kind -1 when the result takes no part. ------------- */
void *__enzymec_gradcheck_begin(const char *where, const char *fname, int mode,
                                int default_on, int nscalar, int nmem, int result_kind);
void __enzymec_gradcheck_scalar(void *ctx, int i, double x, double tangent, int kind);
void __enzymec_gradcheck_memory(void *ctx, int j, const void *primal, const void *shadow,
                                size_t bytes, int kind);
void __enzymec_gradcheck_gradient(void *ctx, int i, double g);
void __enzymec_gradcheck_tangent(void *ctx, double t);
int __enzymec_gradcheck_next(void *ctx);
double __enzymec_gradcheck_arg(void *ctx, int i);
void *__enzymec_gradcheck_buffer(void *ctx, int j);
void __enzymec_gradcheck_value(void *ctx, double y);
void __enzymec_gradcheck_end(void *ctx);
/* split pairs: the augmented forward parks its check under the tape, the reverse takes it */
void __enzymec_gradcheck_pair_put(void *ctx, const void *tape);
void *__enzymec_gradcheck_pair_take(const void *tape, int nscalar, int nmem,
                                    const char *where);
void __enzymec_gradcheck_seed(void *ctx, double seed);
void __enzymec_gradcheck_reseed(void *ctx, int j, const void *shadow);

#ifdef __cplusplus
}
#endif

#endif
