/* enzymec_rt.c: the runtime of derivative code (declared and described in enzymec_rt.h).
 *
 * Compiled to LLVM bitcode by the clang that compiles the user's code, optimized once
 * (without vectorizing or unrolling: the user's -O level does that after inlining) and
 * linked into each module that references it (enzymec/driver/rtlink.py). Plain C11 with
 * nothing beyond libc. Fast paths are always_inline so that after linking nothing of them
 * is left but their code where it is used (the talk's read-sum: a tape written in one loop
 * and read back in another disappears); slow paths are noinline and cold.
 */
#define _POSIX_C_SOURCE 200112L
#include "enzymec_rt.h"

#include <malloc.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RT_INLINE __attribute__((always_inline))
#define RT_SLOW __attribute__((noinline, cold))
#define LIKELY(c) __builtin_expect(!!(c), 1)
#define UNLIKELY(c) __builtin_expect(!!(c), 0)

static size_t max_size(size_t a, size_t b) { return a > b ? a : b; }
static size_t min_size(size_t a, size_t b) { return a < b ? a : b; }

/* ---- tapes ------------------------------------------------------------------------------
 * tape_reserve is called in a loop's preheader when its trip count is known there (then no
 * check per iteration, and a first reservation is exact: a short loop gets a short tape),
 * and by tape_slot when an element falls beyond the capacity. A derivative cannot go on
 * without its tape, so running out of memory aborts. */
RT_INLINE void __enzymec_tape_reserve(struct __enzymec_tape *tape, size_t count, size_t size) {
    if (count <= tape->capacity)
        return;
    size_t capacity = max_size(tape->capacity << 1, count);
    char *grown = realloc(tape->buffer, capacity * size);
    if (grown == NULL)
        abort();
    tape->buffer = grown;
    tape->capacity = capacity;
}

RT_INLINE void *__enzymec_tape_slot(struct __enzymec_tape *tape, size_t index, size_t size) {
    if (UNLIKELY(index >= tape->capacity))
        __enzymec_tape_reserve(tape, max_size(index + 1, 64), size);
    return tape->buffer + index * size;
}

/* ---- kept tapes ---------------------------------------------------------------------------
 * Loop tapes whose size is not a small compile-time constant (enzymec/ad/tape/tape_arena.py) are
 * not freed at the end of the gradient: up to TAPE_KEEP buffers per thread stay allocated
 * (and mapped), and the next gradient's tapes take them. A large tape served by malloc would
 * be fresh pages from the kernel on every call, each page faulted and zeroed inside the
 * gradient (an 80 MB tape: ~20,000 faults, several times the cost of writing it warm).
 * acquire returns memory nothing else points to (as malloc does, hence the attribute: LLVM
 * keeps treating a tape as distinct from the user's memory); `*bytes` is the wanted size on
 * entry and the size got on return. Growing an existing tape is realloc, as before. */
enum { TAPE_KEEP = 8 };
struct kept_tapes {
    char *buffer[TAPE_KEEP];
    size_t bytes[TAPE_KEEP];
};
static _Thread_local struct kept_tapes __enzymec_kept_tapes;

/* The smallest kept buffer of at least `bytes`, else the largest one (-1: none kept). */
static int __enzymec_kept_fit(const struct kept_tapes *kept, size_t bytes) {
    int best = -1, largest = -1;
    for (int i = 0; i < TAPE_KEEP; i++) {
        if (kept->buffer[i] == NULL)
            continue;
        if (kept->bytes[i] >= bytes && (best < 0 || kept->bytes[i] < kept->bytes[best]))
            best = i;
        if (largest < 0 || kept->bytes[i] > kept->bytes[largest])
            largest = i;
    }
    return best >= 0 ? best : largest;
}

static RT_SLOW __attribute__((malloc)) char *__enzymec_tape_acquire(char *old, size_t *bytes) {
    struct kept_tapes *kept = &__enzymec_kept_tapes;
    int i = old == NULL ? __enzymec_kept_fit(kept, *bytes) : -1;
    if (i >= 0) {
        old = kept->buffer[i];
        kept->buffer[i] = NULL;
        if (kept->bytes[i] >= *bytes) {
            *bytes = kept->bytes[i];
            return old;
        }  /* too small: realloc keeps its pages mapped and adds the rest */
    }
    char *grown = realloc(old, *bytes);
    if (grown == NULL)
        abort();
    return grown;
}

/* Keep `buffer` of `bytes` for later tapes; when all places are taken, the smallest of the
 * kept buffers and this one is freed. */
static RT_SLOW void __enzymec_tape_keep(char *buffer, size_t bytes) {
    struct kept_tapes *kept = &__enzymec_kept_tapes;
    int smallest = 0;
    for (int i = 0; i < TAPE_KEEP; i++) {
        if (kept->buffer[i] == NULL) {
            smallest = i;
            break;
        }
        if (kept->bytes[i] < kept->bytes[smallest])
            smallest = i;
    }
    if (kept->buffer[smallest] != NULL) {
        if (kept->bytes[smallest] >= bytes) {
            free(buffer);
            return;
        }
        free(kept->buffer[smallest]);
    }
    kept->buffer[smallest] = buffer;
    kept->bytes[smallest] = bytes;
}

RT_INLINE void __enzymec_kept_tape_reserve(struct __enzymec_tape *tape, size_t count,
                                           size_t size) {
    if (LIKELY(count <= tape->capacity))
        return;
    size_t bytes = max_size(tape->capacity << 1, count) * size;
    tape->buffer = __enzymec_tape_acquire(tape->buffer, &bytes);
    tape->capacity = bytes / size;
}

RT_INLINE void *__enzymec_kept_tape_slot(struct __enzymec_tape *tape, size_t index,
                                         size_t size) {
    if (UNLIKELY(index >= tape->capacity))
        __enzymec_kept_tape_reserve(tape, max_size(index + 1, 64), size);
    return tape->buffer + index * size;
}

RT_INLINE void __enzymec_kept_tape_release(struct __enzymec_tape *tape, size_t size) {
    if (tape->buffer != NULL)
        __enzymec_tape_keep(tape->buffer, tape->capacity * size);
}

/* ---- shadows of heap memory ---------------------------------------------------------------
 * A shadow of `size` bytes is an ordinary heap block (calloc, or aligned_alloc when the primal
 * is aligned to more than 16 bytes), zeroed over its whole usable size: a shadow that leaves
 * the derivative (the pointer tangent forward mode returns, a shadow stored into the caller's
 * shadow memory) is the user's to free or realloc like any block. realloc's shadow needs the
 * old shadow's size: its usable size (malloc_usable_size), whose bytes past the requested
 * size are zero (nothing stores past a primal block's end), so copying them copies what the
 * shadow of the new block's fresh bytes must be anyway. Null when the primal allocation
 * failed (then nothing is stored through either); abort when only the shadow cannot be had. */
static RT_INLINE size_t shadow_alignment(size_t align) {
    size_t a = max_size(align, 16);
    return (size_t)1 << (64 - __builtin_clzll(a - 1));
}

RT_INLINE void *__enzymec_shadow_alloc(size_t size, size_t align, const void *primal) {
    if (primal == NULL)
        return NULL;
    size_t a = shadow_alignment(align);
    char *shadow = a == 16 ? calloc(1, size) : aligned_alloc(a, (size + a - 1) & ~(a - 1));
    if (UNLIKELY(shadow == NULL && (size != 0 || a != 16)))
        abort();
    if (shadow != NULL) {  /* calloc zeroed `size` bytes; the slack past them, and all of an
                              aligned_alloc block, are zeroed here */
        size_t usable = malloc_usable_size(shadow), done = a == 16 ? size : 0;
        if (usable > done)
            memset(shadow + done, 0, usable - done);
    }
    return shadow;
}

RT_INLINE void __enzymec_shadow_free(void *shadow, size_t align) {
    (void)align;
    free(shadow);
}

RT_INLINE size_t __enzymec_shadow_size(const void *shadow) {
    return shadow == NULL ? 0 : malloc_usable_size((void *)shadow);
}

/* How many bytes realloc moved from the shadow `old_shadow` to the shadow `new_shadow` of
 * `size` bytes: min(old size, size), 0 when either is null. */
RT_INLINE size_t __enzymec_shadow_moved(const void *new_shadow, const void *old_shadow,
                                        size_t size) {
    size_t kept = min_size(__enzymec_shadow_size(old_shadow), size);
    return new_shadow == NULL ? 0 : kept;
}

/* The shadow of `primal = realloc(p, size)` where `old_shadow` is p's: a new zeroed shadow
 * holding a copy of the old one's first bytes. The old shadow stays: the reverse sweep
 * still adds adjoints of earlier loads and stores into it. */
RT_INLINE void *__enzymec_shadow_realloc(void *old_shadow, size_t size, const void *primal) {
    void *shadow = __enzymec_shadow_alloc(size, 16, primal);
    size_t bytes = __enzymec_shadow_moved(shadow, old_shadow, size);
    if (bytes != 0)
        memcpy(shadow, old_shadow, bytes);
    return shadow;
}

/* posix_memalign as an allocation returning its block (null on failure), its status stored
 * to *rc, so that heap.py shadows it like malloc. */
RT_INLINE void *__enzymec_posix_memalign(void **pp, size_t align, size_t size, int *rc) {
    int status = posix_memalign(pp, align, size);
    *rc = status;
    return status == 0 ? *pp : NULL;
}

/* ---- tape records of split calls ---------------------------------------------------------
 * Records are released in exactly the reverse order of their allocation (a callee's reverse
 * runs before its caller's earlier calls are reversed), so a per-thread stack of 64 KiB+
 * chunks with a bump pointer serves nearly every allocation. A chunk starts with a `struct
 * records` saving the state before it; its data starts at offset 32. */
struct records {
    char *top;   /* the chunk on top of the stack */
    char *next;  /* its next free byte */
    char *end;   /* its end */
};
enum { CHUNK_DATA = 32, CHUNK_MIN = 65536 };

static _Thread_local struct records __enzymec_records;

/* Released chunks of CHUNK_MIN bytes are kept (up to SPARE_CHUNKS per thread, linked through
 * their first bytes) for the next gradient: freed, glibc would give the heap's top back to
 * the kernel, and every gradient would fault its record pages in again. */
enum { SPARE_CHUNKS = 4096 };
struct spare_chunks {
    char *first;
    size_t count;
};
static _Thread_local struct spare_chunks __enzymec_spare_chunks;

static char *__enzymec_chunk_alloc(size_t bytes) {
    struct spare_chunks *spare = &__enzymec_spare_chunks;
    char *chunk = spare->first;
    if (bytes == CHUNK_MIN && chunk != NULL) {
        memcpy(&spare->first, chunk, sizeof spare->first);
        spare->count--;
        return chunk;
    }
    return malloc(bytes);
}

static void __enzymec_chunk_free(char *chunk, size_t bytes) {
    struct spare_chunks *spare = &__enzymec_spare_chunks;
    if (bytes != CHUNK_MIN || spare->count >= SPARE_CHUNKS) {
        free(chunk);
        return;
    }
    memcpy(chunk, &spare->first, sizeof spare->first);
    spare->first = chunk;
    spare->count++;
}

static RT_SLOW void *__enzymec_record_chunk(size_t rounded) {
    struct records *stack = &__enzymec_records;
    size_t bytes = max_size(rounded + CHUNK_DATA, CHUNK_MIN);
    char *chunk = __enzymec_chunk_alloc(bytes);
    if (chunk == NULL)
        abort();
    memcpy(chunk, stack, sizeof *stack);
    stack->top = chunk;
    stack->next = chunk + CHUNK_DATA + rounded;
    stack->end = chunk + bytes;
    return chunk + CHUNK_DATA;
}

static RT_SLOW void __enzymec_record_release(char *top) {
    size_t bytes = (size_t)(__enzymec_records.end - top);
    memcpy(&__enzymec_records, top, sizeof __enzymec_records);
    __enzymec_chunk_free(top, bytes);
}

/* Items on the record stack take whole multiples of 8 bytes, so their start is 8-aligned
 * (enzymec/ad/tape/tape_arena.py RECORD_ALIGN: the engine accesses record fields at most
 * 8-aligned, and keeps tapes of elements aligned to more off the stack). tree_reduce's
 * records of 24 bytes took 32 when rounded to 16. */
static RT_INLINE size_t record_rounded(size_t size) { return (size + 7) & ~(size_t)7; }

RT_INLINE void *__enzymec_record_push(size_t size) {
    struct records *stack = &__enzymec_records;
    size_t rounded = record_rounded(size);
    if (UNLIKELY(rounded > (size_t)(stack->end - stack->next)))
        return __enzymec_record_chunk(rounded);
    char *record = stack->next;
    stack->next = record + rounded;
    return record;
}

/* A record of `size` bytes in a place with room for `most`: the engine stores every field
 * of a record although the way its forward took needs only the first `size` bytes
 * (enzymec/ad/split/record_arms.py); the bytes past them land in the chunk's free space, which
 * later records reuse, and are read back (unused) from there. */
RT_INLINE void *__enzymec_record_push_upto(size_t size, size_t most) {
    struct records *stack = &__enzymec_records;
    size_t room = record_rounded(most);
    char *record = stack->next;
    if (UNLIKELY(room > (size_t)(stack->end - stack->next)))
        record = __enzymec_record_chunk(room);
    stack->next = record + record_rounded(size);
    return record;
}

/* Release the most recent record; the chunk's first one releases the chunk, going back to
 * the previous chunk. A record that is not on the top chunk below its next free byte is
 * released out of order, which would reuse memory still in use: stop instead. */
RT_INLINE void __enzymec_record_pop(void *record) {
    struct records *stack = &__enzymec_records;
    if (UNLIKELY((char *)record < stack->top + CHUNK_DATA || (char *)record >= stack->next))
        abort();
    if (UNLIKELY((char *)record == stack->top + CHUNK_DATA))
        __enzymec_record_release(stack->top);
    else
        stack->next = record;
}

/* The most recent record, of `size` bytes: a split call's reverse finds its own record there
 * (enzymec/ad/calls/record_top.py), since everything pushed after it is popped before that
 * reverse runs. A stack whose top chunk holds less than that is out of order: stop. */
RT_INLINE void *__enzymec_record_top(size_t size) {
    struct records *stack = &__enzymec_records;
    size_t rounded = record_rounded(size);
    if (UNLIKELY(stack->top == NULL ||
                 (size_t)(stack->next - (stack->top + CHUNK_DATA)) < rounded))
        abort();
    return stack->next - rounded;
}

/* Records of a gradient the user splits (__enzyme_augmentfwd / __enzyme_reverse) live on
 * the heap instead: the user may run the reverse halves in any order, which a stack cannot
 * serve. */
RT_INLINE void *__enzymec_record_alloc(size_t size) {
    void *record = malloc(size);
    if (UNLIKELY(record == NULL))
        abort();
    return record;
}

RT_INLINE void __enzymec_record_free(void *record) { free(record); }

/* ---- stacked tapes ------------------------------------------------------------------------
 * The tape of a loop that runs at most once per call (a loop outside all others) and whose
 * trip count is known before it is reserved once, in its preheader, and released where the
 * reverse sweep leaves the loop: everything pushed on the record stack after it is popped
 * before that, so a small one (at most STACK_TAPE_MAX bytes) lives on the record stack, a bump
 * of a pointer, like the records themselves (a recursion's leaves: one small tape per call,
 * all alive until the reverse sweep reaches them). A larger one is a kept tape. Which one a
 * tape is follows from its size, so the release needs no mark. */
enum { STACK_TAPE_MAX = 4096 };

static __attribute__((noinline, malloc)) char *__enzymec_stack_tape_take(size_t bytes) {
    return __enzymec_record_push(bytes);
}

RT_INLINE void __enzymec_stack_tape_reserve(struct __enzymec_tape *tape, size_t count,
                                            size_t size) {
    if (count <= tape->capacity)
        return;
    if (tape->capacity == 0 && count * size <= STACK_TAPE_MAX) {
        tape->buffer = __enzymec_stack_tape_take(count * size);
        tape->capacity = count;
        return;
    }
    __enzymec_kept_tape_reserve(tape, count, size);
}

RT_INLINE void __enzymec_stack_tape_release(struct __enzymec_tape *tape, size_t size) {
    if (tape->buffer == NULL)
        return;
    if (tape->capacity * size <= STACK_TAPE_MAX)
        __enzymec_record_pop(tape->buffer);
    else
        __enzymec_kept_tape_release(tape, size);
    tape->buffer = NULL;
    tape->capacity = 0;
}

/* ---- a loop tape kept in the caller's shadow (enzymec/ad/shadow_tape/shadow_tape_apply.py) ---
 * The loop's forward found a shadow element that was not +0.0 after storing the first
 * `bytes` bytes of its tape into the shadow, whose old content there was +0.0 bitwise: move
 * them to the ordinary tape `dst` and put the zeros back, so that from here on the gradient
 * runs exactly as with the ordinary tape. */
RT_INLINE void __enzymec_shadow_tape_move(void *dst, void *shadow, size_t bytes) {
    if (bytes == 0)
        return;
    memcpy(dst, shadow, bytes);
    memset(shadow, 0, bytes);
}

/* The OR of `words` 8-byte words at p. */
static RT_INLINE uint64_t or_words(const unsigned char *p, size_t words) {
    uint64_t bits = 0;
    for (size_t i = 0; i < words; i++) {
        uint64_t word;
        memcpy(&word, p + 8 * i, 8);
        bits |= word;
    }
    return bits;
}

/* The OR of the bit patterns of a short loop's `bytes` bytes of shadow, tested once before
 * the loop (enzymec/ad/shadow_tape/shadow_pretest.py): zero exactly when every element is +0.0.
 * From 8 to 128 bytes (16 doubles, shadow_pretest.SHORT_TRIPS) it reads two windows of the
 * same power-of-two size, one from each end, which overlap and so cover every byte, and no
 * byte outside: straight-line code (two 64-byte loads for tree_reduce's leaves of 16
 * doubles) where a loop of one word per iteration ran 16 iterations before every leaf.
 * Elsewhere its loops stay scalar where it is inlined: vectorized, with its epilogue, at each
 * call site they were 27 of the 838 million instructions clang's -O3 spent on
 * benchmarks/c/tree_reduce/timed.c's code. */
RT_INLINE uint64_t __enzymec_shadow_bits(const void *shadow, size_t bytes) {
    const unsigned char *p = (const unsigned char *)shadow;
    if (bytes >= 8 && bytes <= 128) { /* each window a constant size: no loop is left */
        if (bytes >= 64)
            return or_words(p, 8) | or_words(p + bytes - 64, 8);
        if (bytes >= 32)
            return or_words(p, 4) | or_words(p + bytes - 32, 4);
        if (bytes >= 16)
            return or_words(p, 2) | or_words(p + bytes - 16, 2);
        return or_words(p, 1) | or_words(p + bytes - 8, 1);
    }
    uint64_t bits = 0;
    size_t i = 0;
#pragma clang loop vectorize(disable) interleave(disable) unroll(disable)
    for (; i + 8 <= bytes; i += 8) {
        uint64_t word;
        memcpy(&word, p + i, 8);
        bits |= word;
    }
#pragma clang loop vectorize(disable) interleave(disable) unroll(disable)
    for (; i < bytes; i++)
        bits |= p[i];
    return bits;
}

/* ---- tapes of an inner gradient differentiated by forward mode ---------------------------
 * Forward over reverse runs the inner gradient's kept-tape calls a second time on a shadow
 * header (enzymec/ad/higher_order/nested_tape.py). The shadow header is zeroed once per call of the
 * tangent function, so a release empties the header: an inner gradient inlined into a loop
 * starts each tape from an empty header, as its primal one is. */
RT_INLINE void __enzymec_nested_tape_release(struct __enzymec_tape *tape, size_t size) {
    __enzymec_kept_tape_release(tape, size);
    tape->buffer = NULL;
    tape->capacity = 0;
}

/* ---- adjoints of memcpy / memmove --------------------------------------------------------
 * In reverse, the source's adjoint gains the destination's, which is cleared. The walk goes
 * in the direction that keeps overlapping (memmove) ranges right: each destination adjoint
 * is read before any source update can land on it. One definition per floating-point type
 * LLVM has in C (double, float, _Float16 for half). */
#define MEMCPY_ADJOINT(T, NAME)                                                              \
    RT_INLINE void __enzymec_memcpy_adjoint_##NAME(T *dst, T *src, size_t bytes) {           \
        size_t n = bytes / sizeof(T);                                                        \
        int backward = (uintptr_t)src > (uintptr_t)dst;                                      \
        for (size_t k = 0; k < n; k++) {                                                     \
            size_t i = backward ? n - 1 - k : k;                                             \
            T d = dst[i];                                                                    \
            dst[i] = 0;                                                                      \
            src[i] += d;                                                                     \
        }                                                                                    \
    }
MEMCPY_ADJOINT(double, double)
MEMCPY_ADJOINT(float, float)
MEMCPY_ADJOINT(_Float16, half)

/* Copies of arrays of records mixing kinds (copy_fields.py): the same for the field at
 * offset `at` of every record of `stride` bytes that lies wholly inside the copy. */
#define FIELD_ADJOINT(T, NAME)                                                               \
    RT_INLINE void __enzymec_memcpy_field_adjoint_##NAME(char *dst, char *src, size_t bytes, \
                                                         size_t stride, size_t at) {         \
        if (bytes < at + sizeof(T))                                                          \
            return;                                                                          \
        size_t n = (bytes - at - sizeof(T)) / stride + 1;                                    \
        int backward = (uintptr_t)src > (uintptr_t)dst;                                      \
        for (size_t k = 0; k < n; k++) {                                                     \
            size_t offset = (backward ? n - 1 - k : k) * stride + at;                        \
            T *d = (T *)(dst + offset), *s = (T *)(src + offset);                            \
            T v = *d;                                                                        \
            *d = 0;                                                                          \
            *s += v;                                                                         \
        }                                                                                    \
    }
FIELD_ADJOINT(double, double)
FIELD_ADJOINT(float, float)
FIELD_ADJOINT(_Float16, half)

/* In the forward sweep, on the shadows: each record's pointer field's shadow is copied
 * beside the pointer (data moves from source to destination, so the walk is backward when
 * the destination lies above the source). */
RT_INLINE void __enzymec_memcpy_field_pointer(char *dst, char *src, size_t bytes,
                                              size_t stride, size_t at) {
    if (bytes < at + sizeof(void *))
        return;
    size_t n = (bytes - at - sizeof(void *)) / stride + 1;
    int backward = (uintptr_t)dst > (uintptr_t)src;
    for (size_t k = 0; k < n; k++) {
        size_t offset = (backward ? n - 1 - k : k) * stride + at;
        *(void **)(dst + offset) = *(void **)(src + offset);
    }
}

/* ---- special functions -------------------------------------------------------------------
 * digamma, psi(x) = d/dx ln|Gamma(x)|: the derivative of lgamma, and tgamma' = tgamma * psi.
 * Reflection psi(x) = psi(1 - x) - pi / tan(pi x) for x < 0; the recurrence
 * psi(x) = psi(x + 1) - 1/x up to x >= 10; then the asymptotic series
 * ln x - 1/(2x) - sum_k B_2k / (2k x^2k) to x^-10 (relative error below 1e-13 there). */
double __enzymec_digamma(double x) {
    const double pi = 3.14159265358979323846;
    double reflection = 0.0;
    if (x < 0.0) {
        reflection = pi / tan(pi * x);
        x = 1.0 - x;
    }
    double steps = 0.0;  /* sum of 1/x over the recurrence */
    for (; x < 10.0; x += 1.0)
        steps += 1.0 / x;
    double w = 1.0 / x, w2 = w * w;
    double series = w2 * (1.0 / 12 - w2 * (1.0 / 120 - w2 * (1.0 / 252 - w2 * (1.0 / 240
                    - w2 * (1.0 / 132)))));
    return log(x) - 0.5 * w - series - steps - reflection;
}

/* trigamma(x) = psi'(x), the derivative of digamma (second derivatives of tgamma and lgamma:
 * a Dirichlet or gamma likelihood's Hessian). Reflection psi1(x) = pi^2 / sin^2(pi x) -
 * psi1(1 - x) for x < 0; the recurrence psi1(x) = psi1(x + 1) + 1/x^2 up to x >= 10; then
 * the asymptotic series 1/x + 1/(2x^2) + sum_k B_2k / x^(2k+1) to x^-11 (relative error
 * below 1e-13 there). */
double __enzymec_trigamma(double x) {
    const double pi = 3.14159265358979323846;
    double reflection = 0.0, sign = 1.0;
    if (x < 0.0) {
        double s = sin(pi * x);
        reflection = pi * pi / (s * s);
        x = 1.0 - x;
        sign = -1.0;
    }
    double steps = 0.0;  /* sum of 1/x^2 over the recurrence */
    for (; x < 10.0; x += 1.0)
        steps += 1.0 / (x * x);
    double w = 1.0 / x, w2 = w * w;
    double series = w + 0.5 * w2 + w * w2 * (1.0 / 6 - w2 * (1.0 / 30 - w2 * (1.0 / 42
                    - w2 * (1.0 / 30 - w2 * (5.0 / 66)))));
    return reflection + sign * (series + steps);
}

/* ---- sorting -----------------------------------------------------------------------------
 * qsort in a gradient's forward code is replaced by this bottom-up merge sort of the same
 * signature and contract (O(n log n) comparisons; equal elements in either order), which
 * enzymec differentiates like user code: its element moves are memcpy calls, so each
 * adjoint follows its element back. Linked before AD, unlike everything above. */
void __enzymec_qsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *)) {
    if (n < 2)
        return;
    char *a = base, *tmp = malloc(n * size);
    for (size_t width = 1; width < n; width *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * width) {
            size_t mid = min_size(lo + width, n), hi = min_size(lo + 2 * width, n);
            size_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi) {
                if (cmp(a + j * size, a + i * size) < 0)
                    memcpy(tmp + k * size, a + j++ * size, size);
                else
                    memcpy(tmp + k * size, a + i++ * size, size);
                k++;
            }
            if (i < mid)
                memcpy(tmp + k * size, a + i * size, (mid - i) * size);
            if (j < hi)
                memcpy(tmp + (k + mid - i) * size, a + j * size, (hi - j) * size);
        }
        memcpy(a, tmp, n * size);
    }
    free(tmp);
}

/* ---- BLAS --------------------------------------------------------------------------------
 * CBLAS calls in a gradient's forward code are replaced by these loops of the same signature
 * and contract (enzymec/ad/passes/library_bodies.py), differentiated like user code. Every
 * element of C (or y) is written once, from a sum kept in a register (the dot-product form),
 * so the derivative needs no tape of C. alpha = 0 is not a shortcut: the derivative with
 * respect to alpha is still there (only a product that is not finite is left out then: BLAS
 * reads no A or B at alpha = 0, which may hold NaN). beta = 0 means, as in BLAS, that C is
 * not read (it may be uninitialized); the `_beta` versions, for a beta that is not a
 * constant, read C where it is finite and scale it by beta = 0 too, so that the derivative
 * with respect to beta at 0 is C's. That C is read through `__enzymec_blas_settled_*`, an
 * opaque copy the AD counts inactive (enzymec/ad/calls/calls.py), so that C's tangent is not
 * read either: forward mode would add 0 * it, NaN where that memory holds a NaN. A negative
 * increment walks its vector backwards, as BLAS defines it. Linked before AD, like the sort. */
enum { RT_ROW_MAJOR = 101, RT_NO_TRANS = 111 };

#ifdef __clang__
#define RT_OPAQUE __attribute__((noinline, optnone)) /* no pass sees it returns v */
#else
#define RT_OPAQUE __attribute__((noinline, noipa))
#endif
RT_OPAQUE double __enzymec_blas_settled_d(double v) { return v; }
RT_OPAQUE float __enzymec_blas_settled_s(float v) { return v; }
#undef RT_OPAQUE

static RT_INLINE long blas_start(int n, int inc) { return inc < 0 ? (long)(1 - n) * inc : 0; }

/* (row, column) strides of op(A) for a matrix stored with leading dimension ld */
static RT_INLINE void blas_strides(int order, int trans, int ld, long *row, long *col) {
    int across = (order == RT_ROW_MAJOR) != (trans != RT_NO_TRANS);
    *row = across ? ld : 1;
    *col = across ? 1 : ld;
}

#define RT_BLAS_DEFINE(T, P, SQRT, ABS, FMAX)                                                  \
    T __enzymec_cblas_##P##dot(int n, const T *x, int incx, const T *y, int incy) {            \
        T s = 0;                                                                               \
        long ix = blas_start(n, incx), iy = blas_start(n, incy);                               \
        for (int i = 0; i < n; i++, ix += incx, iy += incy)                                    \
            s += x[ix] * y[iy];                                                                \
        return s;                                                                              \
    }                                                                                          \
    void __enzymec_cblas_##P##axpy(int n, T alpha, const T *x, int incx, T *y, int incy) {     \
        long ix = blas_start(n, incx), iy = blas_start(n, incy);                               \
        for (int i = 0; i < n; i++, ix += incx, iy += incy)                                    \
            y[iy] += alpha * x[ix];                                                            \
    }                                                                                          \
    void __enzymec_cblas_##P##scal(int n, T alpha, T *x, int incx) {                           \
        if (incx <= 0)                                                                         \
            return; /* BLAS does nothing then */                                               \
        for (long i = 0; i < n; i++)                                                           \
            x[i * incx] *= alpha;                                                              \
    }                                                                                          \
    void __enzymec_cblas_##P##copy(int n, const T *x, int incx, T *y, int incy) {              \
        long ix = blas_start(n, incx), iy = blas_start(n, incy);                               \
        for (int i = 0; i < n; i++, ix += incx, iy += incy)                                    \
            y[iy] = x[ix];                                                                     \
    }                                                                                          \
    void __enzymec_cblas_##P##swap(int n, T *x, int incx, T *y, int incy) {                    \
        long ix = blas_start(n, incx), iy = blas_start(n, incy);                               \
        for (int i = 0; i < n; i++, ix += incx, iy += incy) {                                  \
            T t = x[ix];                                                                       \
            x[ix] = y[iy];                                                                     \
            y[iy] = t;                                                                         \
        }                                                                                      \
    }                                                                                          \
    T __enzymec_cblas_##P##nrm2(int n, const T *x, int incx) {                                 \
        /* scaled by the largest magnitude, as BLAS is, so that neither the squares nor the    \
         * derivative x / nrm2 overflow or underflow; increments as reference BLAS 3.11 */     \
        T scale = 0, s = 0;                                                                    \
        long ix = blas_start(n, incx);                                                         \
        for (int i = 0; i < n; i++, ix += incx)                                                \
            scale = FMAX(scale, ABS(x[ix]));                                                   \
        if (scale == 0 || scale - scale != 0)                                                  \
            return scale;                                                                      \
        ix = blas_start(n, incx);                                                              \
        for (int i = 0; i < n; i++, ix += incx)                                                \
            s += (x[ix] / scale) * (x[ix] / scale);                                            \
        return scale * SQRT(s);                                                                \
    }                                                                                          \
    T __enzymec_cblas_##P##asum(int n, const T *x, int incx) {                                 \
        T s = 0;                                                                               \
        if (incx <= 0)                                                                         \
            return s;                                                                          \
        for (long i = 0; i < n; i++)                                                           \
            s += ABS(x[i * incx]);                                                             \
        return s;                                                                              \
    }                                                                                          \
    static RT_INLINE void blas_##P##gemv(int order, int trans, int m, int n, T alpha,          \
                                         const T *a, int lda, const T *x, int incx, T beta,    \
                                         T *y, int incy, int beta_read) {                      \
        long row, col;                                                                         \
        if (m <= 0 || n <= 0)                                                                  \
            return; /* as BLAS: y is left as it is */                                          \
        blas_strides(order, trans, lda, &row, &col);                                           \
        int rows = trans == RT_NO_TRANS ? m : n, cols = trans == RT_NO_TRANS ? n : m;          \
        long iy = blas_start(rows, incy);                                                      \
        for (int r = 0; r < rows; r++, iy += incy) {                                           \
            T s = 0;                                                                           \
            long ix = blas_start(cols, incx);                                                  \
            for (int c = 0; c < cols; c++, ix += incx)                                         \
                s += a[r * row + c * col] * x[ix];                                             \
            T old = beta != 0 ? y[iy]                                                          \
                    : beta_read && y[iy] - y[iy] == 0 ? __enzymec_blas_settled_##P(y[iy]) : 0;   \
            T product = alpha != 0 || s - s == 0 ? alpha * s : 0; /* alpha 0: A unread */      \
            y[iy] = beta != 0 || beta_read ? product + beta * old : product;                   \
        }                                                                                      \
    }                                                                                          \
    void __enzymec_cblas_##P##gemv(int order, int trans, int m, int n, T alpha, const T *a,    \
                                   int lda, const T *x, int incx, T beta, T *y, int incy) {    \
        blas_##P##gemv(order, trans, m, n, alpha, a, lda, x, incx, beta, y, incy, 0);          \
    }                                                                                          \
    void __enzymec_cblas_##P##gemv_beta(int order, int trans, int m, int n, T alpha,           \
                                        const T *a, int lda, const T *x, int incx, T beta,     \
                                        T *y, int incy) {                                      \
        blas_##P##gemv(order, trans, m, n, alpha, a, lda, x, incx, beta, y, incy, 1);          \
    }                                                                                          \
    static RT_INLINE void blas_##P##gemm(int order, int ta, int tb, int m, int n, int k,       \
                                         T alpha, const T *a, int lda, const T *b, int ldb,    \
                                         T beta, T *c, int ldc, int beta_read) {               \
        long ar, ac, br, bc, cr, cc;                                                           \
        blas_strides(order, ta, lda, &ar, &ac);                                                \
        blas_strides(order, tb, ldb, &br, &bc);                                                \
        blas_strides(order, RT_NO_TRANS, ldc, &cr, &cc);                                       \
        for (long i = 0; i < m; i++)                                                           \
            for (long j = 0; j < n; j++) {                                                     \
                T s = 0;                                                                       \
                for (long l = 0; l < k; l++)                                                   \
                    s += a[i * ar + l * ac] * b[l * br + j * bc];                              \
                T *to = c + i * cr + j * cc;                                                   \
                T old = beta != 0 ? *to                                                        \
                        : beta_read && *to - *to == 0 ? __enzymec_blas_settled_##P(*to) : 0;     \
                T product = alpha != 0 || s - s == 0 ? alpha * s : 0; /* alpha 0: A unread */  \
                *to = beta != 0 || beta_read ? product + beta * old : product;                 \
            }                                                                                  \
    }                                                                                          \
    void __enzymec_cblas_##P##gemm(int order, int ta, int tb, int m, int n, int k, T alpha,    \
                                   const T *a, int lda, const T *b, int ldb, T beta, T *c,     \
                                   int ldc) {                                                  \
        blas_##P##gemm(order, ta, tb, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc, 0);        \
    }                                                                                          \
    void __enzymec_cblas_##P##gemm_beta(int order, int ta, int tb, int m, int n, int k,        \
                                        T alpha, const T *a, int lda, const T *b, int ldb,     \
                                        T beta, T *c, int ldc) {                               \
        blas_##P##gemm(order, ta, tb, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc, 1);        \
    }
RT_BLAS_DEFINE(double, d, sqrt, fabs, fmax)
RT_BLAS_DEFINE(float, s, sqrtf, fabsf, fmaxf)
#undef RT_BLAS_DEFINE

/* ---- pointer globals (enzymec/ad/memory/global_pointers.py) --------------------------------
 * Where a gradient loads a pointer global to reach memory through it, a non-null pointer
 * must be the one its kept shadow was made for (by the gradient code that stored it); else
 * its derivative memory is unknown. */
static RT_SLOW void __enzymec_global_shadow_unknown(const char *name) {
    fprintf(stderr, "%s holds memory that no gradient call allocated (it was set outside "
            "one, for instance by a call of the function itself before its first gradient), "
            "so enzymec has no derivative memory (shadow) for it: pass the buffer as an "
            "argument (enzyme_dup, or enzyme_const for scratch memory), or let a gradient "
            "call allocate it first\n", name);
    abort();
}

/* At the start of a top-level derivative: the block a kept shadow points to, when the
 * derivative code allocated it (`own`) and the global still holds the block it shadows
 * (`primal == owner`), is zeroed: tangents or adjoints an earlier call left there are not
 * this call's (enzymec/ad/memory/global_pointers.py, clear_kept). */
RT_INLINE void __enzymec_clear_kept_shadow(void *shadow, const void *primal, const void *owner,
                                           int8_t own) {
    if (own && shadow != NULL && primal == owner)
        memset(shadow, 0, __enzymec_shadow_size(shadow));
}

RT_INLINE void __enzymec_check_global_shadow(const void *primal, const void *shadow,
                                             const void *shadow_of, const char *name) {
    if (UNLIKELY(primal != NULL && (shadow == NULL || shadow_of != primal)))
        __enzymec_global_shadow_unknown(name);
}

/* A copy of a run-time length that enzymec found to move only integers while it stays
 * within `bound` bytes (a std::string's characters, beside a double in the same record):
 * longer, it would move bytes whose derivative enzymec does not follow. */
static RT_SLOW void __enzymec_copy_too_long(uint64_t n, uint64_t bound, const char *where) {
    fprintf(stderr, "%s: error: this copy moves %llu bytes, but enzymec only knows the first "
            "%llu to hold integers (the next ones hold data whose derivative it follows): copy "
            "those fields separately\n", where, (unsigned long long)n,
            (unsigned long long)bound);
    abort();
}

RT_INLINE void __enzymec_check_copy_bound(uint64_t n, uint64_t bound, const char *where) {
    if (UNLIKELY(n > bound))
        __enzymec_copy_too_long(n, bound, where);
}

/* ---- Enzyme's runtime activity -----------------------------------------------------------
 * A shadow pointer equal to its primal marks constant memory in Enzyme; enzymec decides
 * activity at compile time, so it stops the program (with `where`, the start of the
 * message: location and argument) instead of adding adjoints into the primal memory. */
static RT_SLOW void __enzymec_shadow_is_primal(const char *where) {
    fprintf(stderr, "%s is the primal pointer itself (Enzyme's runtime activity for "
            "constant memory); enzymec decides activity at compile time and stops rather "
            "than add adjoints into the primal memory: pass distinct shadow memory, or mark "
            "the argument enzyme_const\n", where);
    abort();
}

RT_INLINE void __enzymec_check_shadow(const void *primal, const void *shadow,
                                      const char *where) {
    if (UNLIKELY(primal == shadow && primal != NULL))
        __enzymec_shadow_is_primal(where);
}

/* ---- OpenMP: atomic adjoint adds and per-thread tapes (enzymec/ad/omp/omp_*.py) ---------
 * The reverse of a parallel region runs in parallel: an adjoint update into memory several
 * threads may touch is an atomic add (relaxed: only the sum matters, and the end of the
 * parallel region orders it before anything reads it). Vector lanes are added one by one. */
#define ATOMIC_ADD(T, NAME)                                                                  \
    RT_INLINE void __enzymec_atomic_add_##NAME(T *p, T v) {                                  \
        T old, sum;                                                                          \
        __atomic_load(p, &old, __ATOMIC_RELAXED);                                           \
        do {                                                                                 \
            sum = old + v;                                                                   \
        } while (!__atomic_compare_exchange(p, &old, &sum, 1, __ATOMIC_RELAXED,              \
                                            __ATOMIC_RELAXED));                              \
    }                                                                                        \
    RT_INLINE void __enzymec_atomic_add_##NAME##_if(T *p, T v, int shared) {                 \
        if (shared)                                                                          \
            __enzymec_atomic_add_##NAME(p, v);                                               \
        else                                                                                 \
            *p += v;                                                                         \
    }                                                                                        \
    RT_INLINE void __enzymec_atomic_add_##NAME##_lanes(T *p, const T *v, size_t n) {         \
        for (size_t i = 0; i < n; i++)                                                       \
            __enzymec_atomic_add_##NAME(p + i, v[i]);                                        \
    }
ATOMIC_ADD(double, double)
ATOMIC_ADD(float, float)

/* The tapes of one parallel region: one slot per thread of the team, filled by each thread's
 * augmented forward and read back by the same thread number in the reverse region, which
 * must have the same team size (the reverse asks the runtime for it: omp_team). */
struct __enzymec_omp_tapes {
    int64_t capacity;
    int64_t team;
    void *slot[];
};

void *__enzymec_omp_tapes_new(int64_t capacity) {
    if (capacity < 1)
        capacity = 1;
    struct __enzymec_omp_tapes *t = calloc(1, sizeof *t + (size_t)capacity * sizeof(void *));
    if (UNLIKELY(t == NULL))
        abort();
    t->capacity = capacity;
    return t;
}

static RT_SLOW void __enzymec_omp_team_mismatch(int64_t thread, int64_t team, int64_t known) {
    fprintf(stderr, "enzymec: OpenMP gradient: thread %lld of a team of %lld does not match "
            "the forward region's team (%lld threads, at most as many as omp_get_max_threads)\n",
            (long long)thread, (long long)team, (long long)known);
    abort();
}

RT_INLINE void __enzymec_omp_tape_set(void *tapes, int64_t thread, int64_t team, void *tape) {
    struct __enzymec_omp_tapes *t = tapes;
    if (UNLIKELY(thread < 0 || thread >= t->capacity || team > t->capacity))
        __enzymec_omp_team_mismatch(thread, team, t->capacity);
    __atomic_store_n(&t->team, team, __ATOMIC_RELAXED);  /* every thread: the same value */
    t->slot[thread] = tape;
}

RT_INLINE void *__enzymec_omp_tape_get(void *tapes, int64_t thread, int64_t team) {
    struct __enzymec_omp_tapes *t = tapes;
    int64_t known = __atomic_load_n(&t->team, __ATOMIC_RELAXED);
    if (UNLIKELY(team != known || thread < 0 || thread >= team))
        __enzymec_omp_team_mismatch(thread, team, known);
    return t->slot[thread];
}

RT_INLINE int32_t __enzymec_omp_team(void *tapes) {
    return (int32_t)__atomic_load_n(&((struct __enzymec_omp_tapes *)tapes)->team, __ATOMIC_RELAXED);
}

void __enzymec_omp_tapes_free(void *tapes) { free(tapes); }

/* Critical sections reversed in the opposite order of the forward's entries: a section's
 * effect may depend on the ones before it (s = s * t + u; a max reduction), so its reverse
 * must run after those of every later entry. The forward takes a ticket inside the section
 * (the lock serialises the taking); the reverse waits for its ticket's turn, counting down.
 * One order per lock variable, found in a small table keyed by the lock's address. */
struct omp_order { void *lock; int64_t count; int64_t next; };
static struct omp_order __enzymec_omp_orders[256];

static struct omp_order *omp_order_of(void *lock) {
    size_t h = ((uintptr_t)lock >> 4) % 256;
    for (size_t k = 0; k < 256; k++) {
        struct omp_order *o = &__enzymec_omp_orders[(h + k) % 256];
        void *seen = __atomic_load_n(&o->lock, __ATOMIC_ACQUIRE);
        if (seen == lock)
            return o;
        void *empty = NULL;
        if (seen == NULL && __atomic_compare_exchange_n(&o->lock, &empty, lock, 0,
                                                        __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
            return o;
        if (empty == lock)
            return o;
    }
    fprintf(stderr, "enzymec: OpenMP gradient: more than 256 critical-section locks\n");
    abort();
}

int64_t __enzymec_omp_order_take(void *lock) {
    struct omp_order *o = omp_order_of(lock);
    int64_t ticket = o->count++;
    __atomic_store_n(&o->next, ticket, __ATOMIC_RELEASE);
    return ticket;
}

void __enzymec_omp_order_wait(void *lock, int64_t ticket) {
    struct omp_order *o = omp_order_of(lock);
    while (__atomic_load_n(&o->next, __ATOMIC_ACQUIRE) != ticket)
        ;
}

void __enzymec_omp_order_done(void *lock) {
    struct omp_order *o = omp_order_of(lock);
    int64_t next = __atomic_load_n(&o->next, __ATOMIC_ACQUIRE) - 1;
    if (next < 0)
        o->count = 0;  /* every entry reversed: the next forward starts again at 0 */
    __atomic_store_n(&o->next, next, __ATOMIC_RELEASE);
}
/* ---- --check-gradients (enzymec/ad/check/check_*.py) ---------------------------------- */
#include "enzymec_gradcheck.c"
