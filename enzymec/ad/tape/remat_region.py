"""Checkpointing a loop body's scratch: which region the reverse sweep may run again.

GMM's component loop C computes, per (point, component) pair, `xc = x - mu` and
`Q xc` into two malloc'd scratch buffers, then a loop U reads `Q xc` (the sum of squares).
Each element of `Q xc` has two stores (the diagonal product, then a read-modify-write per
row), so store_forwarding.py cannot rebuild it, and tape.py tapes `d` doubles per pair.
The expert's structure is different: the reverse of pair (i, k) needs pair (i, k)'s values
only, so they are computed again right before that pair's reverse. This module proves, or
refuses, that this is exact for one load in U; remat_emit.py emits it.

The *region* R is the part of C's body that runs before U: every block of C, outside U and
other than C's header, from which U's header is reached without passing C's header. It must
be single-entry (one block E has all edges from outside R; none from U) and every edge out
of R must enter U's header. Running R again at the reverse of U (U's lookup point,
loop_lookup.py: once per reverse of U, after the reverse of everything that ran after U in
that iteration) leaves memory as it was when U ran, provided:
- R writes only scratch objects W (an `alloca` or allocator call available in the whole
  reverse sweep, every use a load, a store or a `free`: store_forwarding.only_writes), whose
  every store lies in R and every load in R or U (nothing after U reads what R wrote, so
  writing it again in the reverse cannot change what another part of the reverse loads);
- every other load in R is of memory the reverse sweep may load again (`Tape.can_reload`);
  calls are pure math intrinsics only (PURE_INTRINSICS); nothing else has side effects;
- every load of W in R or U reads an element written earlier in the same run of R (no
  value flows in from the previous iteration, which the reverse no longer has): a loop S in
  R stores `O[j]` for j = 0 .. N-1 on every iteration, every path from E to the load passes
  S's header, the load is outside S, and its index counts up by one from a value >= 0 in a
  loop that is left only when the next index equals the same N;
- the gradient is not split (the reverse runs right after the forward sweep).
The reverse sweep then loads U's values of W again; W's `free` waits for the end of the
reverse sweep, as scratch_reload.py does for scratch it loads again.
Cost: R runs twice, where U's value was taped once and loaded once. That pays only when R
costs no more than U does (the tape's stores and loads are U's size): R's loops may nest
no deeper below C than U's. GMM's region holds `Q xc`, a triangular loop nest (`d^2 / 2`
multiply-adds per pair against `d` taped doubles), so it is refused: run again it made
the gradient 1.1-1.5x slower at every ADBench size (benchmarks/RESULTS.md, ADBench),
although its tape went from 11.4 MB to 0.9 MB at d = 20, K = 50.
"""

from __future__ import annotations

import weakref

from enzymec.analysis import underlying_object
from enzymec.ir import ConstantInt, Instruction, PhiInst
from enzymec.records import Record

from ..rules.heap import callee_name
from .store_forwarding import (_exit_bound, _is_increment, object_and_index, _same_value,
                               is_scratch, only_writes)

# intrinsics without side effects that R may call (and the remat may call again)
PURE_INTRINSICS = ("llvm.fmuladd.", "llvm.fma.", "llvm.exp.", "llvm.log.", "llvm.sqrt.",
                   "llvm.fabs.", "llvm.sin.", "llvm.cos.", "llvm.pow.", "llvm.maxnum.",
                   "llvm.minnum.", "llvm.copysign.", "llvm.smax.", "llvm.smin.",
                   "llvm.umax.", "llvm.umin.")
# opcodes that touch memory or control flow in ways R must not have
SIDE_EFFECTS = frozenset({"alloca", "atomicrmw", "cmpxchg", "fence", "invoke", "va_arg",
                          "landingpad", "resume", "ret", "unreachable", "callbr"})

_PLANS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()  # tape -> {loop: plan}


class RematPlan(Record):
    """R of loop U (the module doc): `entry` E, `blocks` in function order, the scratch
    objects `written`, and once emitted, the outlined function."""

    _fields = ("loop", "entry", "blocks", "written", "function", "emitted", "loads")

    def __init__(
            self, loop: object, entry: object, blocks: list, written: set, function: object = None,
            emitted: bool = False, loads: set | None = None
    ) -> None:
        self.loop = loop
        self.entry = entry
        self.blocks = blocks
        self.written = written
        self.function = function
        self.emitted = emitted
        self.loads = set() if loads is None else loads  # loads of W in U found covered


def remat_plan(tape, load, forward_block) -> RematPlan | None:
    """The plan under which the reverse of `forward_block` may load `load` again after
    running its region once more; None when any condition fails (module doc)."""
    if getattr(load, "opcode", None) != "load" or load.volatile or load.ordering:
        return None
    if not tape.scratch_reload or tape.lookup_points is None:
        return None
    loop = tape.loop_info.loop_for(load.block)
    if loop is None or loop.parent is None or not loop.contains(forward_block) or \
            tape.lookup_points.exit_block(loop) is None:
        return None
    plans = _PLANS.setdefault(tape, {})
    if loop not in plans:
        plans[loop] = _plan(tape, loop)
    plan = plans[loop]
    if plan is None or underlying_object(load.operands[0]) not in plan.written:
        return None
    return plan if load in plan.loads else None


def _plan(tape, loop) -> RematPlan | None:
    region = _region(tape, loop)
    if region is None:
        return None
    entry, blocks = region
    if _nesting(tape, blocks, loop.parent) > _nesting(tape, loop.blocks, loop.parent):
        return None  # running R again would cost more than U itself (module doc)
    plan = RematPlan(loop, entry, blocks, set())
    written = _written_objects(tape, plan)
    if not written:
        return None
    plan.written = written
    return plan if _memory_sound(tape, plan) else None


def _nesting(tape, blocks, outer) -> int:
    """How many loops deep below `outer` the deepest of `blocks` lies."""
    return max(tape.loop_info.loop_for(b).depth - outer.depth for b in blocks)


def _predecessors(function) -> dict:
    preds: dict = {}
    for block in function.blocks:
        for succ in (block.successors if block.terminator is not None else []):
            preds.setdefault(succ, []).append(block)
    return preds


def _region(tape, loop):
    """(E, blocks of R) for U = `loop`, or None when R is not single-entry, single-exit
    into U's header, or holds instructions added by the gradient (tape.primal)."""
    parent, preds = loop.parent, _predecessors(tape.function)
    entering = [p for p in preds.get(loop.header, []) if not loop.contains(p)]
    seen, pending = set(), list(entering)
    while pending:
        block = pending.pop()
        if block in seen or block is parent.header or not parent.contains(block) \
                or loop.contains(block):
            continue
        seen.add(block)
        pending.extend(preds.get(block, []))
    if not entering or not all(b in seen for b in entering):
        return None
    entries = [b for b in seen if any(p not in seen for p in preds.get(b, []))]
    if len(entries) != 1 or any(loop.contains(p) for p in preds[entries[0]]) or \
            any(p in seen for p in preds[entries[0]]) or isinstance(
                entries[0].instructions[0], PhiInst):
        return None
    for block in seen:
        if any(s not in seen and s is not loop.header for s in block.successors):
            return None
    blocks = [b for b in tape.function.blocks if b in seen]
    return (entries[0], blocks) if _closed(tape, seen) else None


def _closed(tape, region: set) -> bool:
    """Whether R's primal instructions use no instruction of R that the gradient added
    (loop counters, tape pushes: tape.primal holds the forward sweep before them)."""
    return all(not isinstance(op, Instruction) or op.block not in region or op in tape.primal
               for block in region for inst in block.instructions if inst in tape.primal
               for op in inst.operands)


def region_instructions(tape, plan):
    """The primal instructions of R, in order (what the remat runs again)."""
    for block in plan.blocks:
        for inst in block.instructions:
            if inst in tape.primal:
                yield inst


def _written_objects(tape, plan) -> set | None:
    """W: the objects R's stores write, each checked (module doc); None to refuse."""
    written, region = set(), set(plan.blocks)
    for inst in region_instructions(tape, plan):
        if inst.opcode != "store":
            continue
        obj = underlying_object(inst.operands[1])
        if obj in written:
            continue
        writes = only_writes(obj, tape.calls) if is_scratch(obj) else None
        if not tape.available(obj) or writes is None or \
                any(w.opcode != "store" or w.block not in region for w in writes):
            return None
        loads = [user for _, user, position in _uses(obj) if user.opcode == "load"]
        if any(not (ld.block in region or plan.loop.contains(ld.block)) for ld in loads):
            return None
        written.add(obj)
    return written


def _uses(obj):
    from .store_forwarding import uses_through_geps
    return uses_through_geps(obj)


def _memory_sound(tape, plan) -> bool:
    """Every instruction of R has no effect but stores into W, every load of W in R and
    U is covered, every other load of R may be loaded again (module doc)."""
    for inst in region_instructions(tape, plan):
        if inst.opcode in SIDE_EFFECTS or getattr(inst, "volatile", False):
            return False
        if inst.opcode == "call" and not callee_name(inst).startswith(PURE_INTRINSICS):
            return False
        if inst.opcode == "load" and not _load_sound(tape, plan, inst):
            return False
    for block in plan.loop.blocks:
        for inst in block.instructions:
            if inst.opcode == "load" and underlying_object(inst.operands[0]) in plan.written:
                if not covered_by_store_loop(tape, plan, inst):
                    return False
                plan.loads.add(inst)
    return True


def _load_sound(tape, plan, load) -> bool:
    if load.volatile or load.ordering:
        return False
    if underlying_object(load.operands[0]) in plan.written:
        return covered_by_store_loop(tape, plan, load)
    return tape.can_reload(load)


def covered_by_store_loop(tape, plan, load) -> bool:
    """Whether `load` of W reads an element the same run of R wrote (module doc)."""
    obj, index = object_and_index(load.operands[0], load.type)
    if obj is None:
        return False
    for store in region_instructions(tape, plan):
        if store.opcode != "store" or underlying_object(store.operands[1]) is not obj:
            continue
        bound = covering_bound(tape, store, obj, load)
        if bound is None:
            continue
        header = tape.loop_info.loop_for(store.block).header
        if header in plan.blocks and \
                passes_through(plan, header, load.block) and _below(tape, index, bound):
            return True
    return False


def covering_bound(tape, store, obj, load):
    """N when `store` writes obj[j] for j = 0 .. N-1 on every iteration of its loop S
    (S not holding `load`), else None."""
    base, index = object_and_index(store.operands[1], store.operands[0].type)
    loop = tape.loop_info.loop_for(store.block)
    if base is not obj or loop is None or loop.contains(load.block) or \
            store.operands[0].type != load.type or len(loop.latches) != 1 or \
            not tape.dom.dominates(store.block, loop.latches[0]):
        return None
    bound = _counter_bound(index, loop)
    if bound is None or not _is_zero_start(index, loop):
        return None
    return bound


def _counter_bound(phi, loop):
    """N when `phi` is a header phi of `loop` stepping by one, left only at its one latch
    when the next value equals N (defined outside the loop); else None."""
    if loop is None or not isinstance(phi, PhiInst) or phi.block is not loop.header \
            or len(loop.latches) != 1 or len(phi.incoming) != 2 \
            or loop.exiting != [loop.latches[0]]:
        return None
    step = [v for v, b in phi.incoming if loop.contains(b)]
    if len(step) != 1 or not _is_increment(step[0], phi):
        return None
    return _exit_bound(loop.latches[0], step[0], loop)


def _start(phi, loop):
    starts = [v for v, b in phi.incoming if not loop.contains(b)]
    return starts[0] if len(starts) == 1 else None


def _is_zero_start(phi, loop) -> bool:
    start = _start(phi, loop)
    return isinstance(start, ConstantInt) and start.value == 0


def _below(tape, index, bound) -> bool:
    """Whether `index` lies in [0, N) for N = `bound`: a counter of its loop starting at a
    value >= 0 and left when its next value is N. (Started at N or above it would run until
    it wrapped around 2^64, so a forward sweep that ended never read such an index.)"""
    loop = tape.loop_info.loop_for(index.block) if isinstance(index, PhiInst) else None
    own = _counter_bound(index, loop)
    return own is not None and _same_value(own, bound) and \
        _nonnegative(_start(index, loop), set())


def _nonnegative(value, assumed: set) -> bool:
    """A constant >= 0, a zero extension, or an `add nsw`/`nuw` of such values; a header
    phi whose every incoming value is (assumed while its cycle is checked)."""
    if isinstance(value, ConstantInt):
        return value.value >= 0
    if not isinstance(value, Instruction):
        return False
    if value.opcode == "zext":
        return True
    if value.opcode == "add" and ("nsw" in value.flags.split()):
        return all(_nonnegative(op, assumed) for op in value.operands)
    if isinstance(value, PhiInst):
        if value in assumed:
            return True
        assumed.add(value)
        return all(_nonnegative(v, assumed) for v, _ in value.incoming)
    return False


def passes_through(plan, via, target) -> bool:
    """Whether every path from E to `target` inside R and U passes block `via`."""
    allowed = set(plan.blocks) | set(plan.loop.blocks)
    if plan.entry is via:
        return True
    seen, pending = set(), [plan.entry]
    while pending:
        block = pending.pop()
        if block in seen or block is via or block not in allowed:
            continue
        if block is target:
            return False
        seen.add(block)
        pending.extend(block.successors)
    return True
