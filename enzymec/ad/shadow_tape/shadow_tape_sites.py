"""Which functions could keep a loop tape in a caller's shadow (shadow_tape.py), asked
before any gradient exists: the decision a call site needs to be versioned for it (issue 11,
items 3 and 6). alias_version.shadow_worthwhile asks `shadow_candidates`; the transform
is shadow_tape_apply.py.

A shadow tape is sound only while its shadow `S` is disjoint from every byte the function
addresses through a pointer argument and from every other shadow. Runtime alias versioning
(alias_version.py) already builds that test at the call site: its fast gradient runs only
when every written region (every shadow counts as written) is disjoint from every other
region, primal or shadow. What it lacks is a reason to version a function that writes no
argument, such as logsumexp; `worth_shadow_version` is that reason.

Which values the synthesis tapes is known only during synthesis, so `shadow_candidates`
over-approximates them by every float instruction in a loop: enough for a decision that
only picks between two correct gradients (a call versioned for nothing costs the test).
"""

from __future__ import annotations

from enzymec.analysis import dominators, loops
from enzymec.ir import FloatType

from .shadow_tape import ShadowSlot, shadow_slot

SHADOW_KINDS = ("dup", "dupnoneed")  # parameter kinds whose shadow is the caller's memory


def shadowed_arguments(function, kinds) -> frozenset:
    """The pointer arguments the call passes with a shadow (kinds as in GradientSpec)."""
    return frozenset(a for a, kind in zip(function.args, kinds)
                     if a.type.is_pointer and kind in SHADOW_KINDS)


def shadow_candidates(function, kinds, active=lambda v: True) -> list[ShadowSlot]:
    """Every float value computed in a loop of `function` that `shadow_slot` accepts for a
    call passing `kinds` (`active(v)`: whether load `v` is active; all by default)."""
    shadowed = shadowed_arguments(function, kinds)
    if not shadowed or function.is_declaration:
        return []
    loop_info, dom = loops(function), dominators(function)
    found = []
    for inst in function.instructions():
        if isinstance(inst.type, FloatType) and loop_info.loop_for(inst.block) is not None:
            slot = shadow_slot(inst, loop_info, dom, shadowed, active)
            if isinstance(slot, ShadowSlot):
                found.append(slot)
    return found


def worth_shadow_version(function, kinds) -> bool:
    """Whether a call passing `kinds` to `function` is worth a version whose shadows are
    proved disjoint at run time: some loop value could then live in a shadow."""
    return bool(shadow_candidates(function, kinds))
