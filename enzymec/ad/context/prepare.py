"""Preparation every mode shares: the clone of the function to differentiate into the
synthesized function, the pre-AD rewrites, the analyses and the mode-independent checks.

Reverse mode (reverse.py) and forward mode (forward.py) both call these functions on the
function's context (function_context.py), which they fill in; what a mode adds runs between
the steps (reverse: allocas to the heap for a split function, loop canonicalization for the
tape). The rewrites, in order:

1. clone `f`'s body, keeping `origin` (clone -> original instruction) for error locations;
2. in each of step 3's rounds, qsort and CBLAS calls become enzymec's own loops
   (library_bodies.py), those an inlined helper makes too;
3. inline calls and promote indirect ones to direct calls, a few rounds (inline.py,
   indirect.py), leaving the calls the mode handles as calls (`keeps_call`); then one more
   derivative order for `__enzyme_iter` calls (iterate.py); enzymec's runtime calls of an
   inner derivative made differentiable or refused (nested_runtime.py);
4. posix_memalign exposed as an allocation (heap.py); debug records dropped;
5. libm calls that have intrinsics become intrinsics; integer punning of floats untangled.
"""

from __future__ import annotations

from enzymec.analysis import dominators, loops
from enzymec.analysis.activity import activity
from enzymec.ir import CallInst, InvokeInst
from enzymec.ir.clone import clone_body, drop_debug_records

from ..explain.explain_record import record_inlined
from ..rules.heap import expose_posix_memalign
from ..passes.indirect import dispatches_again, promote_indirect_calls, settle_fallbacks
from ..passes.byval_calls import copy_byval_arguments
from ..passes.constant_branches import fold_constant_branches
from ..passes.fortran_scalars import lower_fortran_mod
from ..passes.defined_lanes import define_poison_lanes
from ..passes.inline import inline_calls
from ..higher_order.iterate import advance_iterations
from ..higher_order.nested_runtime import expand_runtime_calls
from ..omp.omp_prepare import prepare_openmp
from ..passes.punning import untangle_punning
from ..passes.punning_check import check_punning
from ..passes.scoped_arrays import heap_scoped_arrays
from ..passes.library_bodies import is_library_body, replace_library_calls
from ..passes.swallowed import swallow

PROMOTION_ROUNDS = 4  # inline / promote-indirect-calls rounds per function


def pair_arguments(ctx, kinds) -> None:
    """`ctx.primal_args` (fn's argument for each of original's) and `ctx.shadow_args`
    (primal -> the argument after it, for the dup and dupnoneed ones)."""
    ctx.primal_args, ctx.shadow_args = [], {}
    args = iter(ctx.fn.args)
    for original, kind in zip(ctx.original.args, kinds):
        primal = next(args)
        # restrict (noalias) carries over: aliasing.py reads it
        primal.attrs = "noalias" if "noalias" in original.attrs.split() else ""
        ctx.primal_args.append(primal)
        if kind in ("dup", "dupnoneed"):
            ctx.shadow_args[primal] = next(args)


# -- the clone and its rewrites -------------------------------------------------------------
def clone(ctx, before_intrinsics=None, openmp_regions: bool = False,
          keeps_nested_tapes: bool = False) -> list:
    """Clone `original` into `fn` (its arguments mapped to `ctx.primal_args`) and rewrite
    it; `before_intrinsics()` runs a mode's own step before step 5. `openmp_regions`: the
    mode differentiates OpenMP regions (omp_region.py); `keeps_nested_tapes`: an inner
    gradient's tapes stay kept tapes (nested_tape.py)."""
    value_map = dict(zip(ctx.original.args, ctx.primal_args))
    blocks = clone_body(ctx.original, ctx.fn, value_map)
    ctx.origin = {new: old for old, new in value_map.items()}
    inline_and_promote(ctx)
    copy_byval_arguments(ctx.fn)  # kept calls: the caller copies a struct passed by value
    lower_fortran_mod(ctx.fn)  # flang's runtime MOD / MODULO of reals, as arithmetic
    advance_iterations(ctx.fn)
    expand_runtime_calls(ctx.fn, ctx.fail, keeps_nested_tapes)
    prepare_openmp(ctx.fn, ctx.fail, openmp_regions)  # omp_prepare.py
    expose_posix_memalign(ctx.fn, ctx.origin)
    if not ctx.forward_mode:  # the reverse reads the arrays' shadows after their scope
        heap_scoped_arrays(ctx.fn)
    drop_debug_records(ctx.fn)
    if before_intrinsics is not None:
        before_intrinsics()
    ctx.calls.prefer_intrinsics(ctx.fn)
    untangle_punning(ctx.fn, lambda callee: not ctx.calls.has_named_rule(callee))
    define_poison_lanes(ctx.fn)  # a vector's unread lanes are zeros, not poison, for the AD
    return blocks


def inline_and_promote(ctx) -> None:
    """Inline calls, then turn indirect calls into direct ones (indirect.py), whose bodies
    are inlined in turn; a few rounds at most (virtual recursion), after which the promoted
    calls stay calls. Targets that dispatch again are not inlined."""
    def keep(callee):  # a library function's body is always inlined (library_bodies.py)
        return not is_library_body(callee.name) and (ctx.calls.keeps_call(callee)
                                                     or dispatches_again(callee))
    on_inline = (lambda call: record_inlined(ctx, call)) if ctx.explain.enabled else None
    def inline():
        inline_calls(ctx.fn, ctx.origin, keep, lambda invoke, message:
                     refuse_handler(ctx, invoke, message), on_inline)
    for _ in range(PROMOTION_ROUNDS):
        inline()
        if replace_library_calls(ctx.fn):  # qsort and CBLAS as code (library_bodies.py)
            inline()  # their bodies, also where an inlined helper made the call
        fold_constant_branches(ctx.fn)  # the inlined code's branches on constant arguments
        if not promote_indirect_calls(ctx.fn, ctx.origin, ctx.location, ctx.fallbacks):
            return


def refuse_handler(ctx, invoke, message: str) -> None:
    """An invoke whose handler goes on: fine when it only swallows what an inactive call
    throws (swallowed.py), else a located error."""
    if not (isinstance(invoke, InvokeInst) and swallow(invoke, ctx.calls)):
        ctx.fail(invoke, message)


# -- analyses -------------------------------------------------------------------------------
def analyse_flow(ctx) -> None:
    """Blocks, predecessors, dominators, loops and returns of `fn` as it is now."""
    ctx.forward_blocks = list(ctx.fn.blocks)
    ctx.preds = {b: b.predecessors for b in ctx.forward_blocks}
    ctx.dom = dominators(ctx.fn)
    ctx.loop_info = loops(ctx.fn, ctx.dom)
    ctx.returns = [b for b in ctx.forward_blocks
                   if b.terminator is not None and b.terminator.opcode == "ret"]


def analyse_activity(ctx, active: list, shadowed: list, shadowed_globals=(),
                     shadowed_returns: bool = False) -> None:
    """Activity of `fn` from its active scalars and shadowed pointers; a promoted indirect
    call's fallback that carries derivatives becomes an abort (then the flow is analysed
    again, as the CFG changed)."""
    def run():
        analyse_flow(ctx)
        ctx.activity = activity(ctx.fn, active, shadowed, ctx.calls, shadowed_globals,
                                shadowed_returns=shadowed_returns)
    run()
    if settle_fallbacks(ctx.fallbacks, lambda call: fallback_carries_derivatives(ctx, call)):
        run()


def fallback_carries_derivatives(ctx, call) -> bool:
    """An unknown-target call (indirect.py) through which a derivative may pass, or whose
    pointer result needs a shadow (it is, or flows straight into, a shadowed value: an
    allocator called through a pointer, whose known targets' branches, malloc's among them,
    give one; an unknown target cannot)."""
    shadowed = ctx.activity.shadowed
    return ctx.calls.carries_derivatives(call, ctx.activity) or call in shadowed or \
        any(user in shadowed for user, _ in call.uses)


def globals_of_kept_calls(ctx) -> set:
    """Globals with floating-point data that this function (when it is not `top`: a split
    half, a callee's derivative) or a call the inliner left may use: their data can become
    active where this analysis does not look, so they get shadows. (Fully inlined code needs
    no guess.)"""
    used = set()
    if not ctx.top:
        used |= ctx.calls.globals_used_by(ctx.original)
    for inst in ctx.fn.instructions():
        if isinstance(inst, CallInst) and ctx.calls.may_keep_arguments(inst) and \
                not inst.called_function.is_declaration:
            used |= ctx.calls.globals_used_by(inst.called_function)
    return used


# -- checks every mode makes ----------------------------------------------------------------
def check_values(ctx, shadows, supported_opcodes, check_call) -> None:
    """Lost stores (reported by `shadows`), punned floats, values mixing floats and shadowed
    pointers, and active instructions whose opcode has no rule in `supported_opcodes`;
    calls go to the mode's `check_call(call)`."""
    act = ctx.activity
    for store in act.lost_stores:
        shadows.report_lost_store(store)
    check_punning(ctx)
    for inst in ctx.fn.instructions():
        if inst.opcode == "indirectbr":  # its label addresses are the original function's
            ctx.fail(inst, "cannot differentiate a computed goto ('goto *' a label address, "
                           "LLVM's indirectbr): the derivative's copy of the function cannot "
                           "jump to the original's labels",
                     "jump through a switch on an index instead of a table of label addresses")
        if inst in act.shadowed and inst in act.varied and not inst.type.is_pointer:
            ctx.fail(inst, f"cannot differentiate a value of type {inst.type} holding both "
                           f"floating-point data and a pointer to differentiated memory",
                     "pass such a struct by pointer")
        if isinstance(inst, CallInst):
            check_call(inst)
        elif act.is_active(inst) and inst.opcode not in supported_opcodes and \
                inst.opcode not in ("phi", "load"):
            ctx.fail(inst, f"cannot differentiate the instruction '{inst.opcode}'")
