"""The registry of call kinds: what a call in differentiated code is, decided in one place.

Every place that treats a call by what it calls asks `classify(rules, call, mode)` for its
`CallKind` and uses the kind's flags and hooks: the checks of each mode (calls.CallRules.check,
forward_calls.CallTangents.check), the shadow of a returned pointer (memory.Shadows), the
tangent forward mode emits (CallTangents.emit), the contributions and memory adjoints of the
reverse sweep (reverse.py, CallRules.reverse), split calls (CallRules.needs_split), the
questions activity analysis asks through CallRules (is_inactive, may_keep_arguments, ...),
the inliner (inline_keep), aliasing's write summaries (writes_memory), store forwarding
(reads_argument) and prefer_intrinsics (MATH only).

`KINDS` is the single ordered list. The first kind whose `matches(rules, callee)` holds (and
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

from collections.abc import Callable

from enzymec.ir import CallInst
from enzymec.records import FrozenIdentityRecord, init_field

from . import call_kind_hooks as hooks
from ..rules import heap, multimath
from ..omp import omp_names
from .fuse_bodies import is_fused_body
from ..rules.runtime_calls import is_runtime_function, reads_only

REVERSE = "reverse"
FORWARD = "forward"
BOTH = frozenset({REVERSE, FORWARD})

# non-local control flow: the reverse sweep could never retrace a jump like this
NONLOCAL_JUMPS = frozenset({"setjmp", "_setjmp", "__sigsetjmp", "sigsetjmp", "longjmp",
                            "_longjmp", "siglongjmp", "__longjmp_chk"})


class CallKind(FrozenIdentityRecord):
    """One kind of call and what each mode does with it.

    matches(rules, callee): whether calls to `callee` (a Function, None for an indirect call)
      are of this kind (rules: calls.CallRules): a kind is decided by the callee alone;
    modes: the modes the kind exists in (a forward derivative means nothing to reverse mode);
    memory: a memory function (allocation, free, memset, memcpy): no derivative of its own,
      it acts on the shadows;
    keeps_arguments: differentiated through a callee that may store an argument anywhere
      (split in reverse mode, a tangent function in forward mode), when it carries
      derivatives;
    inactive: its calls never change a derivative: activity analysis propagates nothing
      through them (calls.CallRules.is_inactive);
    writes_memory: its calls may write memory the caller can see, besides the outputs its
      rule names (CallRules.written_arguments): aliasing.py's write summaries take every
      other kind's calls as harmless; a registered derivative writes what its callee's
      body writes (or anything, without a body), whatever its name;
    reads_argument(callee, position): the call takes the object it is given at `position`
      without writing or keeping it (a free, the runtime's shadow allocation): the stores
      into scratch memory are then all its writes (store_forwarding.only_writes);
    inline_keep: the kind's rule needs the call itself, so the inliner leaves it a call and
      the retyping of punned arguments leaves its signature alone (CallRules.keeps_call,
      prepare.py), whatever body the callee has;
    check(ctx, call) / check_forward(ctx, call): fail, located, if the mode cannot
      differentiate the call;
    tangent(ctx, call): forward mode's tangent of the call;
    reverse(ctx, b, call, dy): the contributions of the adjoint `dy` of the call's result to
      its operands (dy None: a call writing shadowed memory whose result is not active);
    reverse_memory(ctx, b, call): the reverse sweep of a memory function;
    shadow(ctx, call, name): the shadow of the pointer the call returns, or NO_SHADOW."""

    _fields = (
        "name", "matches", "modes", "memory", "keeps_arguments", "inactive", "inline_keep",
        "writes_memory", "reads_argument", "check", "check_forward", "tangent", "reverse",
        "reverse_memory", "shadow")

    def __init__(
            self, name: str, matches: Callable, modes: frozenset = BOTH, memory: bool = False,
            keeps_arguments: bool = False, inactive: bool = False, inline_keep: bool = False,
            writes_memory: bool = True, reads_argument: Callable = lambda callee, position: False,
            check: Callable | None = None, check_forward: Callable | None = None,
            tangent: Callable | None = None, reverse: Callable | None = None,
            reverse_memory: Callable | None = None, shadow: Callable | None = None
    ) -> None:
        init_field(self, "name", name)
        init_field(self, "matches", matches)
        init_field(self, "modes", modes)
        init_field(self, "memory", memory)
        init_field(self, "keeps_arguments", keeps_arguments)
        init_field(self, "inactive", inactive)
        init_field(self, "inline_keep", inline_keep)
        init_field(self, "writes_memory", writes_memory)
        init_field(self, "reads_argument", reads_argument)
        init_field(self, "check", check)
        init_field(self, "check_forward", check_forward)
        init_field(self, "tangent", tangent)
        init_field(self, "reverse", reverse)
        init_field(self, "reverse_memory", reverse_memory)
        init_field(self, "shadow", shadow)

    def __repr__(self) -> str:
        return f"CallKind({self.name})"


def _named(test: Callable) -> Callable:
    """A `matches` that applies `test(rules, callee)` to a direct call's callee (an indirect
    call, callee None, matches no named kind)."""
    return lambda rules, callee: callee is not None and bool(test(rules, callee))


NONLOCAL_JUMP = CallKind(
    "nonlocal jump", _named(lambda rules, callee: callee.name in NONLOCAL_JUMPS),
    check=hooks.refuse_nonlocal_jump, check_forward=hooks.carrying(hooks.refuse_jump_forward))
INACTIVE = CallKind("inactive", _named(lambda rules, callee: rules.inactive_name(callee.name)),
                    inactive=True, inline_keep=True, writes_memory=False)
# an inactive library call that writes through its pointer arguments (aliasing.py counts
# them as written: a reverse sweep must not reload what the call overwrote)
INACTIVE_WRITER = INACTIVE.replaced(
    name="inactive writer",
    matches=_named(lambda rules, callee: rules.inactive_writer(callee.name)), writes_memory=True)
ALLOCATION = CallKind(
    "allocation", _named(lambda rules, callee: heap.is_allocation(callee)), memory=True,
    writes_memory=False, tangent=hooks.emit_memory, reverse_memory=hooks.reverse_allocation,
    shadow=hooks.shadow_allocation)
DEALLOCATION = CallKind("deallocation", _named(lambda rules, callee: heap.is_deallocation(callee)),
                        memory=True, writes_memory=False, tangent=hooks.emit_memory,
                        reads_argument=lambda callee, position: position == 0)
MEMSET = CallKind("memset", _named(lambda rules, callee: heap.is_memset(callee)), memory=True,
                  tangent=hooks.emit_memory, reverse_memory=hooks.reverse_memset)
MEMCPY = CallKind("memcpy", _named(lambda rules, callee: heap.is_memcpy(callee)), memory=True,
                  tangent=hooks.emit_memory, reverse_memory=hooks.reverse_memcpy)
MIRRORED = CallKind("mirrored", _named(lambda rules, callee: rules.mirrored_name(callee.name)),
                    shadow=hooks.shadow_mirrored)
INDIRECT = CallKind(
    "indirect", lambda rules, callee: callee is None,
    check=hooks.carrying(hooks.refuse_indirect),
    check_forward=hooks.carrying(hooks.refuse_indirect_forward))
RUNTIME = CallKind(
    "enzymec runtime", _named(lambda rules, callee: is_runtime_function(callee.name)
                              and not rules.math_name_of(callee.name)),  # digamma: MATH
    reads_argument=reads_only, check=hooks.carrying(hooks.check_callee),
    check_forward=hooks.carrying(hooks.check_callee_forward))
FORWARD_DERIVATIVE = CallKind(
    "custom forward derivative",
    _named(lambda rules, callee: callee.name in rules.registrations.forward_derivatives),
    modes=frozenset({FORWARD}), keeps_arguments=True, inline_keep=True,
    check_forward=hooks.carrying(hooks.check_forward_derivative),
    tangent=hooks.carrying(hooks.call_tangent_function), shadow=hooks.shadow_of_split)
CUSTOM_GRADIENT = CallKind(
    "custom gradient",
    _named(lambda rules, callee: callee.name in rules.registrations.gradients),
    keeps_arguments=True, inline_keep=True, check=hooks.carrying(hooks.check_custom_gradient),
    check_forward=hooks.carrying(hooks.refuse_gradient_forward),
    tangent=hooks.carrying(hooks.call_tangent_function), shadow=hooks.shadow_of_split)
CUSTOM_DERIVATIVE = CallKind(
    "registered partials",
    _named(lambda rules, callee: callee.name in rules.registrations.derivatives), inline_keep=True,
    check=hooks.carrying(hooks.check_by_value),
    check_forward=hooks.carrying(hooks.check_by_value_forward),
    tangent=hooks.carrying(hooks.partials_tangent), reverse=hooks.reverse_registered)
MATH = CallKind(
    "math function", _named(lambda rules, callee: rules.math_name_of(callee.name)),
    writes_memory=False, check=hooks.carrying(hooks.check_by_value),
    check_forward=hooks.carrying(hooks.check_by_value_forward),
    tangent=hooks.carrying(hooks.partials_tangent), reverse=hooks.reverse_math)
# a function the user declared to behave like a math function (__enzyme_function_like):
# the math rule, and its calls stay calls (its own body is not what is differentiated)
FUNCTION_LIKE = MATH.replaced(
    name="function-like",
    matches=_named(lambda rules, callee: callee.name in rules.registrations.function_like),
    inline_keep=True)
MULTI_MATH = CallKind(
    "multi-output math function",
    _named(lambda rules, callee: multimath.multi_rule(callee.name)), writes_memory=False,
    check=hooks.carrying(hooks.check_multi), check_forward=hooks.carrying(hooks.check_multi),
    tangent=hooks.carrying(hooks.multi_tangent), reverse=hooks.reverse_multi)
EXTERNAL = CallKind(
    "external function", _named(lambda rules, callee: callee.is_declaration),
    check=hooks.carrying(hooks.check_callee),
    check_forward=hooks.carrying(hooks.check_callee_forward))
KEPT_CALLEE = CallKind(
    "kept callee", lambda rules, callee: True, keeps_arguments=True,
    check=hooks.carrying(hooks.check_callee), tangent=hooks.carrying(hooks.call_tangent_function),
    shadow=hooks.shadow_of_split)
# a parallel region (omp_prepare.py made it from a fork call): a kept callee the inliner
# leaves alone, whose halves are parallel (omp_region.py)
OMP_REGION = KEPT_CALLEE.replaced(name="parallel region",
                     matches=_named(lambda rules, callee: omp_names.is_region(callee)),
                     inline_keep=True)
# forward mode's fork of a parallel region (reverse mode makes it a region function first:
# omp_prepare.py): the team runs the outlined body's tangent (forward_calls.fork_tangent)
OMP_FORK = CallKind("parallel region fork",
                    _named(lambda rules, callee: callee.name == omp_names.FORK),
                    modes=frozenset({FORWARD}), keeps_arguments=True, inline_keep=True,
                    tangent=hooks.carrying(hooks.fork_tangent))
# a loop body outlined for a per-iteration reverse (fuse_outline.py): a kept callee whose
# forward sweep calls the body's combined gradient and whose reverse is nothing (fuse_call.py)
FUSED = KEPT_CALLEE.replaced(name="fused loop body",
                matches=_named(lambda rules, callee: is_fused_body(callee)), inline_keep=True)

# the single ordered list: the first kind that matches (in the mode) is the call's kind
KINDS: tuple[CallKind, ...] = (
    NONLOCAL_JUMP, INACTIVE_WRITER, INACTIVE, ALLOCATION, DEALLOCATION, MEMSET, MEMCPY,
    MIRRORED, INDIRECT, RUNTIME, FORWARD_DERIVATIVE, CUSTOM_GRADIENT, CUSTOM_DERIVATIVE, FUNCTION_LIKE, MATH,
    MULTI_MATH, OMP_FORK, EXTERNAL, OMP_REGION, FUSED, KEPT_CALLEE)


def classify(rules, call: CallInst, mode: str = REVERSE) -> CallKind:
    """The kind of `call` in `mode`: the first of KINDS that applies and matches."""
    return classify_callee(rules, call.called_function, mode)


def classify_callee(rules, callee, mode: str | None = REVERSE) -> CallKind:
    """The kind of every call to `callee` (a Function, None for an indirect call) in `mode`;
    mode None: in any mode (the inliner's question, asked once for every mode)."""
    for kind in KINDS:
        if (mode is None or mode in kind.modes) and kind.matches(rules, callee):
            return kind
    raise AssertionError("KEPT_CALLEE matches every call")
