"""Which argument memory the differentiated function never writes, so that the reverse sweep
may load it again instead of taping every value read from it (the brief: "re-load memory
that nothing overwrote").

Writes are stores, memset/memcpy destinations and calls that may write through a pointer.
Their target allocations are found with `underlying_object`. A write into a fresh allocation
(alloca, malloc) cannot touch an argument's memory, since that memory existed before the
call; a write through anything else might, unless the argument is `noalias` (C's
`restrict`), in which case only writes based on that argument itself count.

A call to a function with a body (one the inliner left: recursion, or a split call) writes
what its summary says (`WriteSummaries`): which of its pointer arguments it may write, and
whether it may write other memory that is not fresh (a global, memory reached through a
loaded pointer), computed over the call graph to a fixpoint. Those summaries also tell a
split callee which of its pointer arguments no code of the whole gradient writes
(`stable` arguments, split_calls.py): their memory can be re-read in its reverse too.
"""

from __future__ import annotations

from enzymec.analysis import underlying_object
from enzymec.ir import AllocaInst, Argument, CallInst, Function
from enzymec.records import FrozenRecord, init_field

from ..rules import heap
from ..omp.omp_stable import fork_targets, slot_flag


def unwritten_memory(function: Function, arguments, calls) -> set:
    """Pointer arguments whose memory no instruction of `function` may write."""
    targets, unknown = _written_targets(function, calls)
    if unknown:
        return set()
    result = set()
    for arg in arguments:
        if not arg.type.is_pointer or arg in targets:
            continue
        # a write through another `noalias` argument cannot reach this one's memory either
        foreign = [t for t in targets if not is_fresh(t) and not _other_noalias(t, arg)]
        if not foreign or "noalias" in arg.attrs:
            result.add(arg)
    return result


def _other_noalias(target, arg) -> bool:
    return isinstance(target, Argument) and target is not arg and "noalias" in target.attrs


FOREIGN = object()  # a write target standing for "memory other than arguments and fresh"


class WriteSummary(FrozenRecord):
    _fields = ("arguments", "foreign", "unknown")

    def __init__(
            self, arguments: frozenset = frozenset(), foreign: bool = False, unknown: bool = False
    ) -> None:
        # indices of pointer arguments it may write through
        init_field(self, "arguments", arguments)
        init_field(self, "foreign", foreign)  # may write other memory that is not fresh
        init_field(self, "unknown", unknown)  # may write anything (an external or indirect call)


class WriteSummaries:
    """What each function with a body may write, through its calls too."""

    def __init__(self, calls):
        self.calls = calls
        self.done: dict[Function, WriteSummary] = {}

    def of(self, function: Function) -> WriteSummary:
        if function not in self.done:
            pending = {f: WriteSummary() for f in reachable_functions(function) if f not in self.done}
            changed = True
            while changed:  # summaries only grow: this ends
                changed = False
                for f in pending:
                    new = self.summarize(f, lambda g: self.done.get(g) or pending[g])
                    if new != pending[f]:
                        pending[f], changed = new, True
            self.done.update(pending)
        return self.done[function]

    def summarize(self, function: Function, summary_of) -> WriteSummary:
        targets, unknown = _written_targets(function, self.calls, summary_of)
        if unknown:
            return WriteSummary(unknown=True)
        own = {t.index for t in targets if isinstance(t, Argument) and t in function.args}
        foreign = any(t not in function.args and not is_fresh(t) for t in targets)
        return WriteSummary(frozenset(own), foreign)


def write_summaries(calls) -> WriteSummaries:
    if getattr(calls, "write_summaries", None) is None:
        calls.write_summaries = WriteSummaries(calls)
    return calls.write_summaries


def reachable_functions(function: Function) -> list[Function]:
    """`function` and every function with a body it refers to (calls, or passes around),
    directly or not."""
    seen, work = {function: None}, [function]  # a dict: membership tests, kept in order
    while work:
        for inst in work.pop().instructions():
            for op in inst.operands:
                if isinstance(op, Function) and not op.is_declaration and op not in seen:
                    seen[op] = None
                    work.append(op)
    return list(seen)


def _written_targets(function: Function, calls, summary_of=None) -> tuple[set, bool]:
    """(allocations written, whether some write goes to memory nobody can name)."""
    if summary_of is None:
        summary_of = write_summaries(calls).of
    targets = set()
    for inst in function.instructions():
        written = write_targets(inst, calls, summary_of)
        if written is None:
            return targets, True
        targets.update(written)
    return targets, False


def write_targets(inst, calls, summary_of) -> set | None:
    """The allocations `inst` may write (FOREIGN: memory nobody can name but that is not
    an argument's); None when it may write anything."""
    if inst.opcode == "store":
        return {underlying_object(inst.operands[1])}
    if inst.opcode in ("atomicrmw", "cmpxchg"):
        return {underlying_object(inst.operands[0])}
    if not isinstance(inst, CallInst):
        return set()
    if heap.is_memset(inst) or heap.is_memcpy(inst) or heap.is_deallocation(inst):
        return {underlying_object(inst.args[0])}  # freed memory is gone too
    if calls.written_arguments(inst):  # frexp, modf, sincos: their outputs
        return {underlying_object(a) for a in calls.written_arguments(inst)}
    if _harmless_call(inst, calls):
        return set()
    if (forked := fork_targets(inst, summary_of)) is not None:  # omp_stable.py
        return None if forked[1] else set(forked[0])
    if _has_body(inst) and inst.opcode == "call":
        summary = summary_of(inst.called_function)
        if summary.unknown:
            return None
        written = {underlying_object(inst.args[i]) for i in summary.arguments
                   if i < len(inst.args)}
        return written | {FOREIGN} if summary.foreign else written
    return None


def _has_body(call: CallInst) -> bool:
    callee = call.called_function
    return callee is not None and not callee.is_declaration


def _harmless_call(call: CallInst, calls) -> bool:
    """Calls known not to write user memory (math, printing, allocation, freeing): those of
    a kind that does not (call_kinds.CallKind.writes_memory)."""
    return not calls.kind(call).writes_memory


def is_fresh(target) -> bool:
    """Whether `target` is memory the function allocates itself (an alloca, a malloc)."""
    return isinstance(target, AllocaInst) or (isinstance(target, CallInst)
                                               and heap.is_allocation(target))


def stable_arguments(call: CallInst, reloadable: set, calls=None) -> tuple:
    """Per argument of a split call: whether it points into memory no code of the gradient
    writes (memory the caller may reload itself, which the callee's writes are part of);
    DEEP for a parallel region's capture slot holding such a pointer (omp_stable.py; with
    `calls`, from a caller whose stack slots outlive the region's reverse)."""
    summary_of = write_summaries(calls).of if calls is not None else None
    return tuple((summary_of and slot_flag(a, reloadable, summary_of)) or
                 (a.type.is_pointer and underlying_object(a) in reloadable) for a in call.args)
