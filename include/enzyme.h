/* enzyme.h: the user-facing API of enzymec (Enzyme's C API plus the talk's spellings).
 *
 * Ask for a derivative with one call; enzymec replaces the call with a synthesized gradient:
 *
 *     double f(double x) { return x * x; }
 *     double df = __builtin_autodiff(f, 3.0);            // 6.0
 *     __enzyme_autodiff((void *)g, enzyme_dup, x, dx, enzyme_const, n);
 *
 * Activity markers are *globals whose loads* mark the next argument (Enzyme's convention).
 * They are only declared: the AD pass removes every reference, so no definition is needed. */
#ifndef ENZYME_H
#define ENZYME_H

#ifdef __cplusplus
extern "C" {
#endif

extern int enzyme_dup;       /* next two args: the value and its shadow (derivative buffer) */
extern int enzyme_dupnoneed; /* like enzyme_dup, but the primal result is not needed */
extern int enzyme_const;     /* next arg is constant: no derivative */
extern int enzyme_out;       /* next arg is an active scalar whose derivative is returned */
extern int enzyme_tape;      /* split mode: next arg is the memory holding the tape */
extern int enzyme_allocated; /* split mode: next arg is that memory's size (a constant) */
extern int enzyme_runtime_activity; /* no value: a shadow equal to its primal stops the
                                     * program at run time (enzymec's activity is static) */
extern int enzyme_width;     /* vector mode: next arg is the (constant) number of lanes N */
extern int enzyme_dupv;      /* vector mode: next args are a stride and one base shadow */
extern int enzyme_primal_return; /* no value: also return f's result (first) */
extern int enzyme_const_return;  /* no value: the result is not seeded (reverse mode) */
extern int enzyme_active_return; /* no value: the result is seeded (the default) */
extern int enzyme_noret;     /* no value: return no result (split mode's default) */

/* Reverse mode (gradient) and forward mode (directional derivative). The callee name only
 * has to *contain* these names, so differently typed copies (__enzyme_autodiff_f) work too. */
double __enzyme_autodiff(void *, ...);
double __enzyme_fwddiff(void *, ...);

#ifdef __cplusplus
}
#endif

/* The talk's spellings. `diffe_const` is a marker used as an argument, exactly like
 * enzyme_const. `__builtin_autodiff` is a macro: clang rejects unknown __builtin_ functions,
 * and the cast lets any function be passed. */
#define diffe_const enzyme_const
#define diffe_dup enzyme_dup
#define diffe_out enzyme_out
#define __builtin_autodiff(fn, ...) __enzyme_autodiff((void *)(fn), __VA_ARGS__)

/* Registrations (read by enzymec from globals whose names contain these keys):
 *   ENZYMEC_INACTIVE(log_progress);      calls to log_progress carry no derivative
 *   ENZYMEC_DERIVATIVE(my_erf, d_my_erf);
 *       d_my_erf takes my_erf's arguments and returns df/dx (one floating-point argument) or
 *       a struct of the partial derivatives in argument order; my_erf may be external.
 *   ENZYMEC_GRADIENT(f, aug_f, rev_f);   Enzyme's custom gradient (augmented forward, tape,
 *       reverse): the same as `void* __enzyme_register_gradient_f[3] = {f, aug_f, rev_f};`.
 *       aug_f takes f's arguments, each pointer followed by its shadow, and returns f's
 *       result, {void *tape, result}, the tape alone, or nothing (void: no tape); without
 *       the result enzymec calls f for it, which f must not write memory for. rev_f takes the same
 *       arguments, then df's seed (the adjoint of f's result) if f returns a float, then the
 *       tape if it has one more parameter, and returns the adjoints of f's floating-point
 *       arguments (none, one, or a struct of them in argument order). */
#define ENZYMEC_INACTIVE(fn) void *__enzyme_inactivefn_##fn[1] = {(void *)(fn)}
#define ENZYMEC_DERIVATIVE(fn, dfn) \
    void *__enzymec_derivative_##fn[2] = {(void *)(fn), (void *)(dfn)}
#define ENZYMEC_GRADIENT(fn, augfn, revfn) \
    void *__enzyme_register_gradient_##fn[3] = {(void *)(fn), (void *)(augfn), (void *)(revfn)}

#endif
