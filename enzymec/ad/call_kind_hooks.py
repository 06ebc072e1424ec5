"""The hooks of the call kinds (call_kinds.KINDS): what each mode does with a call of a kind.

Checks take the gradient synthesizer `s` (reverse mode) or forward mode's CallTangents `t`
and fail with the call's location; `carrying` / `carrying_forward` make a check or tangent
run only when a derivative may pass through the call. Emission hooks delegate to the
mode's own machinery (CallRules for math contributions, CallTangents for tangents,
memory.Shadows for shadows), so each kind's behaviour is stated here once.
"""

from __future__ import annotations

from functools import wraps

from . import multimath
from .split_calls import split_refusal

NO_SHADOW = object()  # a shadow hook's answer when the call's pointer gets no shadow


# -- guards -----------------------------------------------------------------------------------
def carrying(hook):
    """Reverse mode: run `hook(s, call)` only when a derivative may pass through `call` (an
    active result, or an argument into shadowed memory: CallRules.carries_derivatives)."""
    @wraps(hook)
    def guarded(s, call):
        if s.calls.carries_derivatives(call, s.activity):
            hook(s, call)
    return guarded


def carrying_forward(hook):
    """Forward mode: run `hook(t, call)` only when a tangent may pass through `call`
    (CallTangents.carries: also an active argument, or shadowed globals the callee uses)."""
    @wraps(hook)
    def guarded(t, call):
        if t.carries(call):
            hook(t, call)
    return guarded


def _touches_memory(s, call) -> bool:
    return any(s.activity.points_into_shadowed(a) for a in call.args)


# -- reverse-mode checks (s: the gradient synthesizer) -------------------------------------
def refuse_nonlocal_jump(s, call) -> None:
    name = call.called_function.name
    s.fail(call, f"cannot differentiate code that calls '{name}': the reverse sweep cannot "
                 f"retrace a non-local jump",
           "return an error code instead of jumping, or move the jump out of the "
           "differentiated code")


def refuse_indirect(s, call) -> None:
    s.fail(call, "cannot differentiate an indirect call or inline assembly that uses active "
                 "values")


def check_custom_gradient(s, call) -> None:
    problem = s.calls.custom_gradient_problem(call, s.activity)
    if problem is not None:
        s.fail(call, f"cannot differentiate the call to '{call.called_function.name}': "
                     f"{problem}", "fix the registered functions' signatures (see enzyme.h, "
                                   "ENZYMEC_GRADIENT)")


def check_by_value(s, call) -> None:
    """Math tables and registered partials take their arguments by value: a call that
    touches shadowed memory is checked as a callee of unknown derivative."""
    if _touches_memory(s, call):
        check_callee(s, call)


def check_multi(s, call) -> None:
    s.calls.check_multi(s, call, multimath.multi_rule(call.called_function.name))


def check_callee(s, call) -> None:
    """Without a rule: an external function is refused; a callee with a body must be one
    split calls can differentiate (split_calls.split_refusal)."""
    name = call.called_function.name
    what = "memory it reads or writes" if _touches_memory(s, call) else "its result"
    if call.called_function.is_declaration:
        s.fail(call, f"cannot differentiate the call to external function '{name}': it has no "
                     f"body and no derivative rule, and {what} depends on the active inputs",
               "register a custom derivative for it, or mark it inactive")
    refusal = split_refusal(call, s.activity)
    if refusal is not None:
        s.fail(call, f"cannot differentiate the call to '{name}': {refusal}",
               "give it a custom gradient with ENZYMEC_GRADIENT")


# -- forward-mode checks (t: forward_calls.CallTangents) ------------------------------------
def refuse_jump_forward(t, call) -> None:
    t.s.fail(call, f"forward mode cannot differentiate code that calls "
                   f"'{call.called_function.name}'",
             "a non-local jump would leave the tangents behind: restructure the code without it")


def refuse_indirect_forward(t, call) -> None:
    t.s.fail(call, "cannot differentiate an indirect call or inline assembly that uses "
                   "active values", "call a function of this translation unit directly, or "
                                    "register a forward derivative for it")


def check_forward_derivative(t, call) -> None:
    t.check_forward_derivative(call)


def refuse_gradient_forward(t, call) -> None:
    name = call.called_function.name
    t.s.fail(call, f"'{name}' has a custom gradient (reverse mode) but no forward derivative",
             f"register one with __enzyme_register_derivative_{name}")


def check_by_value_forward(t, call) -> None:
    if _touches_memory(t.s, call):
        check_callee_forward(t, call)


def check_multi_forward(t, call) -> None:
    check_multi(t.s, call)


def check_callee_forward(t, call) -> None:
    """An external function without a rule is refused; a callee with a body gets its own
    tangent function."""
    if call.called_function.is_declaration:
        what = "memory it reads or writes" if _touches_memory(t.s, call) else "its result"
        t.s.fail(call, f"cannot differentiate the call to external function "
                       f"'{call.called_function.name}': it has no body and no derivative "
                       f"rule, and {what} depends on the active inputs",
                 "register a forward derivative for it (__enzyme_register_derivative_NAME), "
                 "or mark it inactive")


# -- forward-mode tangents ------------------------------------------------------------------
def emit_memory(t, call) -> None:
    t.emit_memory(call)


def call_tangent_function(t, call) -> None:
    t.prepare_call(call)


def partials_tangent(t, call) -> None:
    if t.s.activity.is_active(call):
        t.s.tangents[call] = t.partials_tangent(call)


def multi_tangent(t, call) -> None:
    t.multi_tangent(call, multimath.multi_rule(call.called_function.name))


# -- reverse-mode contributions (b: reverse_builder.ReverseBuilder) -------------------------
def reverse_math(b, call, dy) -> list:
    return b.synthesizer.calls.reverse_math(b, call, dy)


def reverse_registered(b, call, dy) -> list:
    return b.synthesizer.calls.reverse_custom(b, call, dy)


def reverse_multi(b, call, dy) -> list:
    return multimath.contributions(b, call, multimath.multi_rule(call.called_function.name), dy)


# -- memory functions in the reverse sweep (shadows: memory.Shadows) ------------------------
def reverse_allocation(shadows, b, call) -> None:
    """Free the shadow (realloc: after moving the adjoints back)."""
    if call in shadows.map:
        shadows.reverse_allocation(b, call)


def reverse_memset(shadows, b, call) -> None:
    """The bytes memset wrote had no derivative: clear their shadow."""
    ptr = call.args[0]
    if shadows.s.activity.points_into_shadowed(ptr):
        shadows.memset_zero(b, b.primal(shadows.shadow_of(ptr, call)), b.primal(call.args[2]))


def reverse_memcpy(shadows, b, call) -> None:
    """The copied adjoints go back to the source's shadow."""
    destination, source = call.args[0], call.args[1]
    if shadows.s.activity.points_into_shadowed(destination):
        shadows.reverse_memcpy(b, call, destination, source)


# -- shadows of returned pointers -----------------------------------------------------------
def shadow_allocation(shadows, call, name):
    return shadows.shadow_allocation(call, name)


def shadow_mirrored(shadows, call, name):
    return shadows.mirror_call(call)


def shadow_of_split(shadows, call, name):
    """The shadow the callee's augmented forward (or tangent function) returns, when the
    call is split; NO_SHADOW otherwise (the caller reports it)."""
    s = shadows.s
    if s.calls.needs_split(s, call):
        return s.split_calls.prepare_call(call).shadow
    return NO_SHADOW
