"""The kind of each callee, decided once (call_kinds.classify_callee, memoized).

Every dispatch site asks a call's kind (CallRules.kind): on a 16k-line function a quarter of
the AD stage went to running call_kinds' matchers again for the same callee, 10 times per
call. The kind depends only on what the matchers read, so the memo's key is exactly that:

- the callee (None for an indirect call) and the mode asked;
- the callee's name and whether it has a body (EXTERNAL, and every name table);
- the user's registrations of that name, which may grow while the module is differentiated
  (swallowed.py adds inactive wrappers): membership in `rules.inactive_names` and in each
  registration table, and the function-like math name;
- whether the callee is a loop body outlined for a per-iteration reverse (fuse_bodies.py);
- call_kinds.KINDS itself (a kind added or removed empties the memo).

The other tables the matchers read (math, memory, runtime, OpenMP names) are frozen module
constants. A new kind whose matcher reads anything else must add it to `matcher_state`
(tests/ad/test_kind_memo.py changes each state after a first answer)."""

from __future__ import annotations

from . import call_kinds
from .fuse_bodies import is_fused_body


def matcher_state(rules, callee) -> tuple:
    """Everything besides the callee's identity and the mode that a matcher reads."""
    if callee is None:
        return ()
    name = callee.name
    regs = rules.registrations
    return (name, not callee.blocks, name in rules.inactive_names,
            name in regs.forward_derivatives, name in regs.gradients,
            name in regs.derivatives, regs.function_like.get(name), is_fused_body(callee))


class KindMemo:
    """callee, mode and matcher state -> its CallKind, for one CallRules."""

    def __init__(self):
        self._found: dict = {}
        self._kinds = call_kinds.KINDS

    def kind(self, rules, callee, mode):
        """call_kinds.classify_callee(rules, callee, mode), computed once per key."""
        if self._kinds is not call_kinds.KINDS:
            self._found.clear()
            self._kinds = call_kinds.KINDS
        key = (callee, mode, matcher_state(rules, callee))
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = call_kinds.classify_callee(rules, callee, mode)
        return found
