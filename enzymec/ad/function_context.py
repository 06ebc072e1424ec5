"""The context of one synthesized function: what every part of its synthesis may read.

One `FunctionContext` per synthesized function (a gradient, a split pair's joined function,
a tangent), made by its synthesizer when it creates the function and filled by the shared
preparation (prepare.py: clone, analyses). The synthesizers (reverse.py, forward.py) keep
only their own phase state; the parts they use (memory.Shadows, split_calls.SplitCalls,
forward_calls.CallTangents, the call-kind hooks through call_context.CallContext, the
explain records, the OpenMP and punning checks) get this context and the few collaborators
they need (an `accumulate` callable, the shadows) explicitly, never the synthesizer.

Fields set later than the constructor, by the step that decides them:
- `primal_args`, `shadow_args`: prepare.pair_arguments;
- `origin`, `fallbacks`: prepare.clone (clone -> original instruction; indirect calls kept
  for unknown targets);
- `activity` and the flow of the clone (`forward_blocks`, `preds`, `dom`, `loop_info`,
  `returns`): prepare.analyse_activity;
- `entry` (a builder in the first block), `tape` (reverse mode), `partners` (reverse mode:
  forward_partners.py): the synthesizer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from enzymec.diagnostics import CompileError
from enzymec.ir import Function, Instruction

from .call_kinds import FORWARD
from .explain_log import NULL_FUNCTION_LOG
from .locate import nearest_location
from .nested_runtime import source_function


@dataclass(eq=False)
class FunctionContext:
    """original: the function differentiated; fn: the synthesized function; module; debug:
    the module's debug info; calls: the module's calls.CallRules; mode: call_kinds.REVERSE
    or FORWARD (whose hooks of each call's kind apply); top: the derivative a user's call
    runs whole (not a split half nor a callee's tangent): it zeroes the shadows of the
    globals it uses; explain: its --explain FunctionLog (explain_record.py)."""

    original: Function
    fn: Function
    module: Any
    debug: Any
    calls: Any
    mode: str
    top: bool = True
    explain: Any = NULL_FUNCTION_LOG
    origin: dict = field(default_factory=dict)
    fallbacks: dict = field(default_factory=dict)
    primal_args: list = field(default_factory=list)
    shadow_args: dict = field(default_factory=dict)
    tangents: dict = field(default_factory=dict)  # forward mode: value -> its tangent
    activity: Any = None
    forward_blocks: list = field(default_factory=list)
    preds: dict = field(default_factory=dict)
    dom: Any = None
    loop_info: Any = None
    returns: list = field(default_factory=list)
    entry: Any = None
    tape: Any = None
    partners: dict = field(default_factory=dict)
    chain_roots: dict = field(default_factory=dict)  # preaccumulate.py: local derivative -> root
    omp_private: Any = None  # omp_atomic.py: the region's private memory, once asked
    omp_stats: Any = None

    @property
    def forward_mode(self) -> bool:
        return self.mode == FORWARD

    def tangent_of(self, value):
        """Forward mode: the tangent of `value`, or None when it is zero (constant,
        inactive)."""
        return self.tangents.get(value)

    # -- errors -----------------------------------------------------------------------------
    def location(self, inst: Instruction):
        """The source location of `inst` (of the original instruction it was cloned from),
        else of the nearest located instruction (locate.py), else of the function."""
        return nearest_location(inst, lambda i: self.debug.location(self.origin.get(i, i))) \
            or self.function_location()

    def function_location(self):
        """Where the differentiated function is defined: its own subprogram, else that of
        the user's function it was made from (a `f.noalias` clone has no `!dbg` of its own:
        one subprogram per function), else None."""
        source = source_function(self.original)
        return self.debug.function_location(self.original) \
            or (source is not None and self.debug.function_location(source)) or None

    def fail(self, inst: Instruction, message: str, note: str = "") -> None:
        raise CompileError(f"{message} (in function '{self.original.name}')",
                           self.location(inst), note)
