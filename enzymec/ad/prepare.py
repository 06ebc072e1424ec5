"""Preparation every mode shares: the clone of the function to differentiate into the
synthesized function, the pre-AD rewrites, the analyses and the mode-independent checks.

Reverse mode (reverse.py) and forward mode (forward.py) both derive from `Prepared`; what a
mode adds runs between the steps (reverse: allocas to the heap for a split function, loop
canonicalization for the tape). The rewrites, in order:

1. clone `f`'s body, keeping `origin` (clone -> original instruction) for error locations;
2. library sorts become enzymec's own (sorting.py);
3. inline calls and promote indirect ones to direct calls, a few rounds (inline.py,
   indirect.py), leaving the calls the mode handles as calls (`keeps_call`); then one more
   derivative order for `__enzyme_iter` calls (iterate.py); enzymec's runtime calls of an
   inner derivative made differentiable or refused (nested_runtime.py);
4. posix_memalign exposed as an allocation (heap.py); debug records dropped;
5. libm calls that have intrinsics become intrinsics; integer punning of floats untangled.
"""

from __future__ import annotations

from enzymec.analysis import dominators, loops
from enzymec.analysis.activity import activity
from enzymec.diagnostics import CompileError
from enzymec.ir import CallInst, Function, Instruction, InvokeInst
from enzymec.ir.clone import clone_body, drop_debug_records

from .explain_log import NULL_FUNCTION_LOG
from .explain_record import record_inlined
from .heap import expose_posix_memalign
from .indirect import dispatches_again, promote_indirect_calls, settle_fallbacks
from .inline import inline_calls
from .iterate import advance_iterations
from .nested_runtime import expand_runtime_calls, source_function
from .locate import nearest_location
from .omp_names import is_region
from .omp_prepare import prepare_openmp
from .punning import untangle_punning
from .punning_check import check_punning
from .sorting import SORT_NAME, replace_library_sorts
from .swallowed import swallow

PROMOTION_ROUNDS = 4  # inline / promote-indirect-calls rounds per function


class Prepared:
    """The synthesized function `fn` holding a prepared clone of `original`. A subclass
    sets `original`, `module`, `debug`, `calls` and `fn` before `clone`."""

    original: Function
    fn: Function
    explain = NULL_FUNCTION_LOG  # --explain: the FunctionLog a mode sets (explain_record.py)
    openmp_regions = False  # whether the mode differentiates OpenMP regions (omp_region.py)
    keeps_nested_tapes = False  # an inner gradient's tapes stay kept tapes (nested_tape.py)
    call_mode = "reverse"  # the mode whose hooks of each call's kind apply (call_kinds.py)

    def init_preparation(self) -> None:
        self.origin: dict = {}
        self.fallbacks: dict = {}  # indirect calls kept for unknown targets (indirect.py)

    # -- errors -----------------------------------------------------------------------------
    def location(self, inst: Instruction):
        """The source location of `inst` (of the original instruction it was cloned from),
        else of the nearest located instruction (locate.py), else of the function."""
        source = source_function(self.original)
        return nearest_location(inst, lambda i: self.debug.location(self.origin.get(i, i))) \
            or self.debug.function_location(self.original) \
            or (source is not None and self.debug.function_location(source)) or None

    def fail(self, inst: Instruction, message: str, note: str = "") -> None:
        raise CompileError(f"{message} (in function '{self.original.name}')",
                           self.location(inst), note)

    def pair_arguments(self, kinds) -> None:
        """`primal_args` (fn's argument for each of original's) and `shadow_args` (primal ->
        the argument after it, for the dup and dupnoneed ones)."""
        self.primal_args, self.shadow_args = [], {}
        args = iter(self.fn.args)
        for original, kind in zip(self.original.args, kinds):
            primal = next(args)
            # restrict (noalias) carries over: aliasing.py reads it
            primal.attrs = "noalias" if "noalias" in original.attrs.split() else ""
            self.primal_args.append(primal)
            if kind in ("dup", "dupnoneed"):
                self.shadow_args[primal] = next(args)

    # -- the clone and its rewrites ---------------------------------------------------------
    def clone(self, primal_args: list, before_intrinsics=None) -> list:
        """Clone `original` into `fn` (its arguments mapped to `primal_args`) and rewrite
        it; `before_intrinsics(self)` runs a mode's own step before step 5."""
        value_map = dict(zip(self.original.args, primal_args))
        blocks = clone_body(self.original, self.fn, value_map)
        self.origin = {new: old for old, new in value_map.items()}
        replace_library_sorts(self.fn)
        self.inline_and_promote()
        advance_iterations(self.fn)
        expand_runtime_calls(self.fn, self.fail, self.keeps_nested_tapes)
        prepare_openmp(self.fn, self.fail, self.openmp_regions)  # omp_prepare.py
        expose_posix_memalign(self.fn, self.origin)
        drop_debug_records(self.fn)
        if before_intrinsics is not None:
            before_intrinsics()
        self.calls.prefer_intrinsics(self.fn)
        untangle_punning(self.fn, lambda callee: not self.calls.has_named_rule(callee)
                         and not is_region(callee))  # a region keeps its fork's types
        return blocks

    def inline_and_promote(self) -> None:
        """Inline calls, then turn indirect calls into direct ones (indirect.py), whose
        bodies are inlined in turn; a few rounds at most (virtual recursion), after which the
        promoted calls stay calls. Targets that dispatch again are not inlined."""
        def keep(callee):  # the library sort's body is always inlined (sorting.py)
            return callee.name != SORT_NAME and (self.calls.keeps_call(callee)
                                                 or dispatches_again(callee))
        on_inline = (lambda call: record_inlined(self, call)) if self.explain.enabled else None
        for _ in range(PROMOTION_ROUNDS):
            inline_calls(self.fn, self.origin, keep, self.refuse_handler, on_inline)
            if not promote_indirect_calls(self.fn, self.origin, self.location,
                                          self.fallbacks):
                return

    def refuse_handler(self, invoke, message: str) -> None:
        """An invoke whose handler goes on: fine when it only swallows what an inactive
        call throws (swallowed.py), else a located error."""
        if not (isinstance(invoke, InvokeInst) and swallow(invoke, self.calls)):
            self.fail(invoke, message)

    # -- analyses ---------------------------------------------------------------------------
    def analyse_flow(self) -> None:
        """Blocks, predecessors, dominators, loops and returns of `fn` as it is now."""
        self.forward_blocks = list(self.fn.blocks)
        self.preds = {b: b.predecessors for b in self.forward_blocks}
        self.dom = dominators(self.fn)
        self.loop_info = loops(self.fn, self.dom)
        self.returns = [b for b in self.forward_blocks
                        if b.terminator is not None and b.terminator.opcode == "ret"]

    def analyse_activity(self, active: list, shadowed: list, shadowed_globals=(),
                         shadowed_returns: bool = False) -> None:
        """Activity of `fn` from its active scalars and shadowed pointers; a promoted
        indirect call's fallback that carries derivatives becomes an abort (then the
        flow is analysed again, as the CFG changed)."""
        def run():
            self.analyse_flow()
            self.activity = activity(self.fn, active, shadowed, self.calls,
                                     shadowed_globals, shadowed_returns=shadowed_returns)
        run()
        if settle_fallbacks(self.fallbacks, self.fallback_carries_derivatives):
            run()

    def fallback_carries_derivatives(self, call) -> bool:
        """An unknown-target call (indirect.py) through which a derivative may pass, or whose
        pointer result needs a shadow (it is, or flows straight into, a shadowed value: an
        allocator called through a pointer, whose known targets' branches, malloc's among
        them, give one; an unknown target cannot)."""
        shadowed = self.activity.shadowed
        return self.calls.carries_derivatives(call, self.activity) or call in shadowed or \
            any(user in shadowed for user, _ in call.uses)

    def globals_of_kept_calls(self) -> set:
        """Globals with floating-point data that this function (when it is itself a callee's
        derivative: `spec.split`) or a call the inliner left may use: their data can become
        active where this analysis does not look, so they get shadows. (Fully inlined code
        needs no guess.)"""
        used = set()
        if self.spec.split is not None:
            used |= self.calls.globals_used_by(self.original)
        for inst in self.fn.instructions():
            if isinstance(inst, CallInst) and self.calls.may_keep_arguments(inst) and \
                    not inst.called_function.is_declaration:
                used |= self.calls.globals_used_by(inst.called_function)
        return used

    # -- checks every mode makes ------------------------------------------------------------
    def check_values(self, supported_opcodes) -> None:
        """Lost stores, punned floats, values mixing floats and shadowed pointers, and
        active instructions whose opcode has no rule in `supported_opcodes` (calls are the
        mode's own `check_call`)."""
        act = self.activity
        for store in act.lost_stores:
            self.shadows.report_lost_store(store)
        check_punning(self)
        for inst in self.fn.instructions():
            if inst in act.shadowed and inst in act.varied and not inst.type.is_pointer:
                self.fail(inst, f"cannot differentiate a value of type {inst.type} holding both "
                                f"floating-point data and a pointer to differentiated memory",
                          "pass such a struct by pointer")
            if isinstance(inst, CallInst):
                self.check_call(inst)
            elif act.is_active(inst) and inst.opcode not in supported_opcodes and \
                    inst.opcode not in ("phi", "load"):
                self.fail(inst, f"cannot differentiate the instruction '{inst.opcode}'")

    def check_call(self, call: CallInst) -> None:
        raise NotImplementedError
