"""The registry of call kinds: what a call in differentiated code is, decided in one place.

Every place that treats a call by what it calls asks `classify(rules, call, mode)` for its
`CallKind` and uses the kind's flags and hooks: the checks of each mode (calls.CallRules.check,
forward_calls.CallTangents.check), the shadow of a returned pointer (memory.Shadows), the
tangent forward mode emits (CallTangents.emit), the contributions and memory adjoints of the
reverse sweep (reverse.py, CallRules.reverse), split calls (CallRules.needs_split) and the
questions activity analysis asks through CallRules (is_inactive, may_keep_arguments, ...).

`KINDS` is the single ordered list. The first kind whose `matches(rules, call)` holds (and
that applies in the mode) wins, so the order is the precedence: a non-local jump is refused
before anything; inactive and memory functions come before any rule; a user's registration
(forward derivative, custom gradient, registered partials) before the math tables; a
callee's own code last.

Hooks take the synthesized function's CallContext `ctx` (call_context.py) first, then the
call (reverse hooks: a ReverseBuilder `b` and the adjoint before it); a hook left None
means nothing to do (check, tangent, reverse_memory) or no such thing (reverse: the kind
never has an active result left for the reverse sweep; shadow: the generic error).
How to add a kind: the docstring of enzymec/ad/__init__.py, "Adding a kind of call".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from enzymec.ir import CallInst

from . import call_kind_hooks as hooks
from . import heap, multimath
from .runtime_calls import is_runtime_function

REVERSE = "reverse"
FORWARD = "forward"
BOTH = frozenset({REVERSE, FORWARD})

# non-local control flow: the reverse sweep could never retrace a jump like this
NONLOCAL_JUMPS = frozenset({"setjmp", "_setjmp", "__sigsetjmp", "sigsetjmp", "longjmp",
                            "_longjmp", "siglongjmp", "__longjmp_chk"})


@dataclass(frozen=True, eq=False)
class CallKind:
    """One kind of call and what each mode does with it.

    matches(rules, call): whether `call` is of this kind (rules: calls.CallRules);
    modes: the modes the kind exists in (a forward derivative means nothing to reverse mode);
    memory: a memory function (allocation, free, memset, memcpy): no derivative of its own,
      it acts on the shadows;
    keeps_arguments: differentiated through a callee that may store an argument anywhere
      (split in reverse mode, a tangent function in forward mode), when it carries
      derivatives;
    check(ctx, call) / check_forward(ctx, call): fail, located, if the mode cannot
      differentiate the call;
    tangent(ctx, call): forward mode's tangent of the call;
    reverse(ctx, b, call, dy): the contributions of the adjoint `dy` of the call's result to
      its operands (dy None: a call writing shadowed memory whose result is not active);
    reverse_memory(ctx, b, call): the reverse sweep of a memory function;
    shadow(ctx, call, name): the shadow of the pointer the call returns, or NO_SHADOW."""

    name: str
    matches: Callable
    modes: frozenset = BOTH
    memory: bool = False
    keeps_arguments: bool = False
    check: Callable | None = None
    check_forward: Callable | None = None
    tangent: Callable | None = None
    reverse: Callable | None = None
    reverse_memory: Callable | None = None
    shadow: Callable | None = None

    def __repr__(self) -> str:
        return f"CallKind({self.name})"


def _name(call: CallInst) -> str | None:
    fn = call.called_function
    return fn.name if fn is not None else None


NONLOCAL_JUMP = CallKind(
    "nonlocal jump", lambda rules, call: _name(call) in NONLOCAL_JUMPS,
    check=hooks.refuse_nonlocal_jump, check_forward=hooks.carrying(hooks.refuse_jump_forward))
INACTIVE = CallKind("inactive", lambda rules, call: rules.inactive_name(_name(call)))
ALLOCATION = CallKind(
    "allocation", lambda rules, call: heap.is_allocation(call), memory=True,
    tangent=hooks.emit_memory, reverse_memory=hooks.reverse_allocation,
    shadow=hooks.shadow_allocation)
DEALLOCATION = CallKind("deallocation", lambda rules, call: heap.is_deallocation(call),
                        memory=True, tangent=hooks.emit_memory)
MEMSET = CallKind("memset", lambda rules, call: heap.is_memset(call), memory=True,
                  tangent=hooks.emit_memory, reverse_memory=hooks.reverse_memset)
MEMCPY = CallKind("memcpy", lambda rules, call: heap.is_memcpy(call), memory=True,
                  tangent=hooks.emit_memory, reverse_memory=hooks.reverse_memcpy)
MIRRORED = CallKind("mirrored", lambda rules, call: rules.mirrored_name(_name(call)),
                    shadow=hooks.shadow_mirrored)
INDIRECT = CallKind(
    "indirect", lambda rules, call: call.called_function is None,
    check=hooks.carrying(hooks.refuse_indirect),
    check_forward=hooks.carrying(hooks.refuse_indirect_forward))
RUNTIME = CallKind(
    "enzymec runtime", lambda rules, call: is_runtime_function(call.called_function.name),
    check=hooks.carrying(hooks.check_callee),
    check_forward=hooks.carrying(hooks.check_callee_forward))
FORWARD_DERIVATIVE = CallKind(
    "custom forward derivative",
    lambda rules, call: call.called_function.name in rules.registrations.forward_derivatives,
    modes=frozenset({FORWARD}), keeps_arguments=True,
    check_forward=hooks.carrying(hooks.check_forward_derivative),
    tangent=hooks.carrying(hooks.call_tangent_function), shadow=hooks.shadow_of_split)
CUSTOM_GRADIENT = CallKind(
    "custom gradient",
    lambda rules, call: call.called_function.name in rules.registrations.gradients,
    keeps_arguments=True, check=hooks.carrying(hooks.check_custom_gradient),
    check_forward=hooks.carrying(hooks.refuse_gradient_forward),
    tangent=hooks.carrying(hooks.call_tangent_function), shadow=hooks.shadow_of_split)
CUSTOM_DERIVATIVE = CallKind(
    "registered partials",
    lambda rules, call: call.called_function.name in rules.registrations.derivatives,
    check=hooks.carrying(hooks.check_by_value),
    check_forward=hooks.carrying(hooks.check_by_value_forward),
    tangent=hooks.carrying(hooks.partials_tangent), reverse=hooks.reverse_registered)
MATH = CallKind(
    "math function", lambda rules, call: rules.math_name(call) is not None,
    check=hooks.carrying(hooks.check_by_value),
    check_forward=hooks.carrying(hooks.check_by_value_forward),
    tangent=hooks.carrying(hooks.partials_tangent), reverse=hooks.reverse_math)
MULTI_MATH = CallKind(
    "multi-output math function",
    lambda rules, call: multimath.multi_rule(call.called_function.name) is not None,
    check=hooks.carrying(hooks.check_multi), check_forward=hooks.carrying(hooks.check_multi),
    tangent=hooks.carrying(hooks.multi_tangent), reverse=hooks.reverse_multi)
EXTERNAL = CallKind(
    "external function", lambda rules, call: call.called_function.is_declaration,
    check=hooks.carrying(hooks.check_callee),
    check_forward=hooks.carrying(hooks.check_callee_forward))
KEPT_CALLEE = CallKind(
    "kept callee", lambda rules, call: True, keeps_arguments=True,
    check=hooks.carrying(hooks.check_callee), tangent=hooks.carrying(hooks.call_tangent_function),
    shadow=hooks.shadow_of_split)

# the single ordered list: the first kind that matches (in the mode) is the call's kind
KINDS: tuple[CallKind, ...] = (
    NONLOCAL_JUMP, INACTIVE, ALLOCATION, DEALLOCATION, MEMSET, MEMCPY, MIRRORED, INDIRECT,
    RUNTIME, FORWARD_DERIVATIVE, CUSTOM_GRADIENT, CUSTOM_DERIVATIVE, MATH, MULTI_MATH,
    EXTERNAL, KEPT_CALLEE)


def classify(rules, call: CallInst, mode: str = REVERSE) -> CallKind:
    """The kind of `call` in `mode`: the first of KINDS that applies and matches."""
    for kind in KINDS:
        if mode in kind.modes and kind.matches(rules, call):
            return kind
    raise AssertionError("KEPT_CALLEE matches every call")
