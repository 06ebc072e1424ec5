"""The hooks of the call kinds (call_kinds.KINDS): what each mode does with a call of a kind.

Every hook takes the synthesized function's CallContext `ctx` (call_context.py) first:
checks fail with the call's location through `ctx.fail`; `carrying` makes a check or
tangent run only when a derivative may pass through the call. Emission hooks delegate to
the mode's own machinery (ctx.calls for math contributions, ctx.site for tangents and
calls kept as calls, ctx.shadows for shadows), so each kind's behaviour is stated once.
"""

from __future__ import annotations

from functools import wraps

from ..rules import multimath
from .split_calls import split_refusal

NO_SHADOW = object()  # a shadow hook's answer when the call's pointer gets no shadow


# -- guards -----------------------------------------------------------------------------------
def carrying(hook):
    """Run `hook(ctx, call)` only when a derivative may pass through `call`
    (CallContext.carries: what that means depends on the mode)."""
    @wraps(hook)
    def guarded(ctx, call):
        if ctx.carries(call):
            hook(ctx, call)
    return guarded


def _touches_memory(ctx, call) -> bool:
    return any(ctx.activity.points_into_shadowed(a) for a in call.args)


# -- reverse-mode checks ---------------------------------------------------------------------
def refuse_nonlocal_jump(ctx, call) -> None:
    name = call.called_function.name
    ctx.fail(call, f"cannot differentiate code that calls '{name}': the reverse sweep "
                   f"cannot retrace a non-local jump",
             "return an error code instead of jumping, or move the jump out of the "
             "differentiated code")


def refuse_indirect(ctx, call) -> None:
    ctx.fail(call, "cannot differentiate an indirect call or inline assembly that uses "
                   "active values")


def check_custom_gradient(ctx, call) -> None:
    problem = ctx.calls.custom_gradient_problem(call, ctx.activity)
    if problem is not None:
        ctx.fail(call, f"cannot differentiate the call to '{call.called_function.name}': "
                       f"{problem}", "fix the registered functions' signatures (see "
                                     "enzyme.h, ENZYMEC_GRADIENT)")


def check_by_value(ctx, call) -> None:
    """Math tables and registered partials take their arguments by value: a call that
    touches shadowed memory is checked as a callee of unknown derivative."""
    if _touches_memory(ctx, call):
        check_callee(ctx, call)


def check_multi(ctx, call) -> None:
    ctx.calls.check_multi(ctx, call, multimath.multi_rule(call.called_function.name))


def check_callee(ctx, call) -> None:
    """Without a rule: an external function is refused; a callee with a body must be one
    split calls can differentiate (split_calls.split_refusal)."""
    name = call.called_function.name
    what = "memory it reads or writes" if _touches_memory(ctx, call) else "its result"
    if call.called_function.is_declaration:
        fortran = fortran_runtime_refusal(name)
        if fortran is not None:
            ctx.fail(call, *fortran)
        ctx.fail(call, f"cannot differentiate the call to external function '{name}': it "
                       f"has no body and no derivative rule, and {what} depends on the "
                       f"active inputs",
                 "register a custom derivative for it, or mark it inactive")
    refusal = split_refusal(call, ctx.activity)
    if refusal is not None:
        ctx.fail(call, f"cannot differentiate the call to '{name}': {refusal}",
                 "give it a custom gradient with ENZYMEC_GRADIENT")


# -- forward-mode checks (ctx.site: forward_calls.CallTangents) -----------------------------
def refuse_jump_forward(ctx, call) -> None:
    ctx.fail(call, f"forward mode cannot differentiate code that calls "
                   f"'{call.called_function.name}'",
             "a non-local jump would leave the tangents behind: restructure the code "
             "without it")


def refuse_indirect_forward(ctx, call) -> None:
    ctx.fail(call, "cannot differentiate an indirect call or inline assembly that uses "
                   "active values", "call a function of this translation unit directly, or "
                                    "register a forward derivative for it")


def check_forward_derivative(ctx, call) -> None:
    ctx.site.check_forward_derivative(call)


def refuse_gradient_forward(ctx, call) -> None:
    name = call.called_function.name
    ctx.fail(call, f"'{name}' has a custom gradient (reverse mode) but no forward "
                   f"derivative", f"register one with __enzyme_register_derivative_{name}")


def check_by_value_forward(ctx, call) -> None:
    if _touches_memory(ctx, call):
        check_callee_forward(ctx, call)


def check_callee_forward(ctx, call) -> None:
    """An external function without a rule is refused; a callee with a body gets its own
    tangent function."""
    if call.called_function.is_declaration:
        fortran = fortran_runtime_refusal(call.called_function.name)
        if fortran is not None:
            ctx.fail(call, *fortran)
        what = "memory it reads or writes" if _touches_memory(ctx, call) else "its result"
        ctx.fail(call, f"cannot differentiate the call to external function "
                       f"'{call.called_function.name}': it has no body and no derivative "
                       f"rule, and {what} depends on the active inputs",
                 "register a forward derivative for it (__enzyme_register_derivative_NAME), "
                 "or mark it inactive")


# -- forward-mode tangents ------------------------------------------------------------------
def emit_memory(ctx, call) -> None:
    ctx.site.emit_memory(call)


def call_tangent_function(ctx, call) -> None:
    ctx.site.prepare_call(call)


def fork_tangent(ctx, call) -> None:
    ctx.site.fork_tangent(call)


def partials_tangent(ctx, call) -> None:
    if ctx.activity.is_active(call):
        ctx.tangents[call] = ctx.site.partials_tangent(call)


def multi_tangent(ctx, call) -> None:
    ctx.site.multi_tangent(call, multimath.multi_rule(call.called_function.name))


# -- reverse-mode contributions (b: reverse_builder.ReverseBuilder) -------------------------
def reverse_math(ctx, b, call, dy) -> list:
    return ctx.calls.reverse_math(ctx, b, call, dy)


def reverse_registered(ctx, b, call, dy) -> list:
    return ctx.calls.reverse_custom(ctx, b, call, dy)


def reverse_multi(ctx, b, call, dy) -> list:
    return multimath.contributions(ctx, b, call,
                                   multimath.multi_rule(call.called_function.name), dy)


# -- memory functions in the reverse sweep ---------------------------------------------------
def reverse_allocation(ctx, b, call) -> None:
    """Free the shadow (realloc: after moving the adjoints back)."""
    if call in ctx.shadows.map:
        ctx.shadows.reverse_allocation(b, call)


def reverse_memset(ctx, b, call) -> None:
    """The bytes memset wrote had no derivative: clear their shadow."""
    ptr = call.args[0]
    if ctx.activity.points_into_shadowed(ptr):
        shadows = ctx.shadows
        shadows.memset_zero(b, b.primal(shadows.shadow_of(ptr, call)), b.primal(call.args[2]))


def reverse_memcpy(ctx, b, call) -> None:
    """The copied adjoints go back to the source's shadow."""
    destination, source = call.args[0], call.args[1]
    if ctx.activity.points_into_shadowed(destination):
        ctx.shadows.reverse_memcpy(b, call, destination, source)


# -- shadows of returned pointers -----------------------------------------------------------
def shadow_allocation(ctx, call, name):
    return ctx.shadows.shadow_allocation(call, name)


def shadow_mirrored(ctx, call, name):
    return ctx.shadows.mirror_call(call)


def shadow_of_split(ctx, call, name):
    """The shadow the callee's augmented forward (or tangent function) returns, when the
    call is split; NO_SHADOW otherwise (the caller reports it)."""
    if ctx.calls.needs_split(ctx, call):
        return ctx.site.prepare_call(call).shadow
    return NO_SHADOW


# Fortran statements and intrinsics flang leaves to its runtime, by the runtime's name: what
# the user wrote, and what to write instead (the runtime's descriptor-based entry points
# have no derivative)
_FORTRAN_CONSTRUCTS = {
    "_FortranAAssign": (
        "an array assignment flang leaves to its runtime (to an allocatable, which it may "
        "reallocate, or between sections it cannot prove apart)",
        "compile with -fno-realloc-lhs when the shapes already agree, or assign in a loop"),
    "_FortranAIsContiguous": (
        "passing a non-contiguous array section where a contiguous one is needed (copy-in "
        "and copy-out)", "declare the dummy assumed-shape, a(:), or pass a contiguous "
        "section"),
    "_FortranAPointerSetBounds": ("allocating a pointer array",
                                  "use an allocatable array"),
}


def fortran_runtime_refusal(name: str):
    """(message, note) for a call into flang's runtime, naming the Fortran construct; None
    for other functions."""
    if not name.startswith("_FortranA"):
        return None
    construct, note = _FORTRAN_CONSTRUCTS.get(name, (
        f"a Fortran intrinsic or statement flang implements in its runtime ('{name[9:]}')",
        "write it with loops or array expressions, which flang compiles inline"))
    return (f"cannot differentiate {construct}: flang calls its runtime ('{name}'), which "
            f"has no derivative", note)
