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


from enzymec.diagnostics import CompileError
from enzymec.ir import Function, Instruction
from enzymec.records import Record

from ..calls.call_kinds import FORWARD
from ..explain.explain_log import NULL_FUNCTION_LOG
from .locate import nearest_location
from ..higher_order.nested_runtime import source_function


class FunctionContext(Record):
    """original: the function differentiated; fn: the synthesized function; module; debug:
    the module's debug info; calls: the module's calls.CallRules; mode: call_kinds.REVERSE
    or FORWARD (whose hooks of each call's kind apply); top: the derivative a user's call
    runs whole (not a split half nor a callee's tangent): it zeroes the shadows of the
    globals it uses; explain: its --explain FunctionLog (explain_record.py)."""

    _fields = (
        "original", "fn", "module", "debug", "calls", "mode", "top", "explain", "origin",
        "fallbacks", "primal_args", "shadow_args", "tangents", "activity", "forward_blocks",
        "preds", "dom", "loop_info", "returns", "entry", "tape", "partners", "chain_roots",
        "omp_private", "omp_stats", "handed_out")

    def __init__(
            self, original: Function, fn: Function, module: object, debug: object, calls: object, mode: str,
            top: bool = True, explain: object = NULL_FUNCTION_LOG, origin: dict | None = None,
            fallbacks: dict | None = None, primal_args: list | None = None,
            shadow_args: dict | None = None, tangents: dict | None = None, activity: object = None,
            forward_blocks: list | None = None, preds: dict | None = None, dom: object = None,
            loop_info: object = None, returns: list | None = None, entry: object = None,
            tape: object = None, partners: dict | None = None, chain_roots: dict | None = None,
            omp_private: object = None, omp_stats: object = None, handed_out: bool = False
    ) -> None:
        self.original = original
        self.fn = fn
        self.module = module
        self.debug = debug
        self.calls = calls
        self.mode = mode
        self.top = top
        self.explain = explain
        self.origin = {} if origin is None else origin
        self.fallbacks = {} if fallbacks is None else fallbacks
        self.primal_args = [] if primal_args is None else primal_args
        self.shadow_args = {} if shadow_args is None else shadow_args
        self.tangents = {} if tangents is None else tangents  # forward mode: value -> its tangent
        self.activity = activity
        self.forward_blocks = [] if forward_blocks is None else forward_blocks
        self.preds = {} if preds is None else preds
        self.dom = dom
        self.loop_info = loop_info
        self.returns = [] if returns is None else returns
        self.entry = entry
        self.tape = tape
        self.partners = {} if partners is None else partners
        # preaccumulate.py: local derivative -> root
        self.chain_roots = {} if chain_roots is None else chain_roots
        self.omp_private = omp_private  # omp_atomic.py: the region's private memory, once asked
        self.omp_stats = omp_stats
        self.handed_out = handed_out  # a user's split pair (GradientSpec.handed_out)

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
