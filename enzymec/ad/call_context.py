"""The context the call-kind hooks (call_kind_hooks.py) of one synthesized function get.

One `CallContext` per synthesized function, made by its synthesizer once the shadows exist
and passed explicitly to every hook, instead of the synthesizer itself: the hooks see only
what a call of any kind needs (the mode, the function, its activity, the call rules, the
shadows, the mode's handler of calls kept as calls, the located failure), not the
synthesizer's other state.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from .call_kinds import FORWARD


@dataclass(eq=False)
class CallContext:
    """mode: call_kinds.REVERSE or FORWARD; fn: the synthesized function; calls: the
    module's calls.CallRules; activity: fn's activity; fail(inst, message, note): the
    located error; shadows: memory.Shadows; site: the handler of calls kept as calls
    (split_calls.SplitCalls in reverse mode, forward_calls.CallTangents in forward mode),
    set once it exists; tangents: forward mode's value -> tangent map."""

    mode: str
    fn: Any
    calls: Any
    activity: Any
    fail: Callable
    shadows: Any
    site: Any = None
    tangents: dict = field(default_factory=dict)

    def carries(self, call) -> bool:
        """A derivative may pass through `call`: in reverse mode an active result or an
        argument into shadowed memory (CallRules.carries_derivatives); in forward mode also
        an active argument or shadowed globals the callee uses (CallTangents.carries)."""
        if self.mode == FORWARD:
            return self.site.carries(call)
        return self.calls.carries_derivatives(call, self.activity)

    @classmethod
    def of(cls, synthesizer, tangents: dict | None = None) -> "CallContext":
        """The context of `synthesizer`'s function (its shadows made already)."""
        return cls(synthesizer.call_mode, synthesizer.fn, synthesizer.calls,
                   synthesizer.activity, synthesizer.fail, synthesizer.shadows,
                   tangents=tangents if tangents is not None else {})
