"""The context the call-kind hooks (call_kind_hooks.py) of one synthesized function get.

One `CallContext` per synthesized function, made by its synthesizer once the shadows exist
and passed explicitly to every hook, instead of the synthesizer itself: the function's
context (function_context.py: the mode, the function, its activity, the call rules, the
located failure, the tangents) and the two collaborators a call of any kind may need (the
shadows, the mode's handler of calls kept as calls), not the synthesizer's own state.
"""

from __future__ import annotations

from collections.abc import Callable

from enzymec.records import Record

from .call_kinds import FORWARD


class CallContext(Record):
    """function: the synthesized function's function_context.FunctionContext (its mode,
    fn, calls: the module's calls.CallRules, activity, fail(inst, message, note): the
    located error, tangents: forward mode's value -> tangent map, read through the
    properties below); shadows: its memory.Shadows; site: the handler of calls kept as calls
    (split_calls.SplitCalls in reverse mode, forward_calls.CallTangents in forward mode),
    set once it exists."""

    _fields = ("function", "shadows", "site")

    def __init__(self, function: object, shadows: object, site: object = None) -> None:
        self.function = function
        self.shadows = shadows
        self.site = site

    @property
    def mode(self) -> str:
        return self.function.mode

    @property
    def fn(self):
        return self.function.fn

    @property
    def calls(self):
        return self.function.calls

    @property
    def activity(self):
        return self.function.activity

    @property
    def fail(self) -> Callable:
        return self.function.fail

    @property
    def tangents(self) -> dict:
        return self.function.tangents

    def carries(self, call) -> bool:
        """A derivative may pass through `call`: in reverse mode an active result or an
        argument into shadowed memory (CallRules.carries_derivatives); in forward mode also
        an active argument or shadowed globals the callee uses (CallTangents.carries)."""
        if self.mode == FORWARD:
            return self.site.carries(call)
        return self.calls.carries_derivatives(call, self.activity)

    @classmethod
    def of(cls, function, shadows) -> "CallContext":
        """The context of the function whose FunctionContext is `function` and whose
        shadows are `shadows`."""
        return cls(function, shadows)
