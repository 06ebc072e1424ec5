"""A vectorizable copy of the reverse of a loop nest whose inner reverse loop is kept
scalar (loop_lookup.py), run when the rows are long.

loop_lookup.py keeps the reverse loops under a lookup point that loads memory scalar: LLVM
vectorized GMM's reverse of qtimesx's triangular row with run-time alias checks (the
shadows may alias for all it knows) and a vector reduction per row, which was slower on
short rows. But the same loop vectorized is what makes long rows fast, and d (the row
length) is a run-time value. Measured on `gmm/timed D K 1000` (enzymec / expert, one build
each, alternated, best of 10): every reverse loop scalar: d = 2 0.89x, d = 10 1.14-1.22x,
d = 20 1.15-1.23x, d = 32 1.10x, d = 64 1.05x; the inner loop vectorizable (unrolling off):
1.01x, 1.22-1.29x, 1.12-1.18x, 0.95x, 0.75x. The vectorizer's scaffolding costs even on
rows it never vectorizes (d = 2: rows of one and zero iterations, 13% slower), and a copy
of the inner loop alone, chosen per row, was slower still on short rows (1.07-1.46x: its
live values made the row loop spill). So the choice is made once per entry of the row
loop M, the kept loop L's parent: M's reverse is copied whole, the copies of the kept
loops inside it left free to vectorize (unrolling off, as measured), and the copy runs
when M runs at least LONG_RUN iterations (a triangular or rectangular nest's rows are that
long when there are that many, and a wrong guess costs time, not correctness); otherwise
the original runs, its kept loops scalar and not unrolled (LLVM unrolled them once the copy
was there, which it had not done before). M's iteration count is known at its lookup point
(its reverse counter holds M's last iteration number there). With the copy: d = 2 0.90x,
d = 10 1.15-1.22x, d = 20 1.13-1.20x, d = 32 0.97x, d = 64 0.81x (all these against the
expert before its rows were vectorized from d = 48 on; against that one d = 64 is 0.92-0.97x;
against the expert that vectorizes each row of 8 entries or more, 1.04-1.09x with the
changes of session 14: benchmarks/notes/adbench.md).

Copied only when that is simple and sound: the reverse of M (of L itself when L is
outermost) holds no other such copy (nested candidates are both left alone), is entered
only from its lookup point by a plain branch, holds no alloca,
defines no value used outside it, and is small (MAX_COPIED instructions); phis of its
exits get the copy's incoming values. Not for split gradients (their reverse blocks move to
another function afterwards).
"""

from __future__ import annotations

from enzymec.analysis import dominators, loops
from enzymec.ir import I64, Instruction, PhiInst
from enzymec.ir.builder import IRBuilder
from enzymec.ir.clone import clone_blocks

LONG_RUN = 16     # iterations of M from which the copy runs
MAX_COPIED = 1500  # instructions of M's reverse copied at most


def version_long_runs(ctx, kept: list, points: dict, back_jumps: dict) -> dict:
    """`kept`: the forward loops whose reverse stays scalar; `points`, `back_jumps`: each
    loop's lookup point and reverse back edge (loop_lookup.py). Copies the reverse of each
    kept loop's parent (or of the loop itself, outermost) where it can (module doc);
    returns kept loop -> its copy's back edge."""
    groups: dict = {}
    for loop in kept:
        outer = loop.parent if loop.parent is not None else loop
        if outer in points and outer in back_jumps:
            groups.setdefault(outer, []).append(loop)
    nested = {outer for outer in groups for other in groups
              if other is not outer and _encloses(other, outer)}
    for outer in nested | {other for other in groups if any(_encloses(other, o) for o in nested)}:
        del groups[outer]  # one copy may not hold another: neither is made
    if not groups:
        return {}
    fn = ctx.fn
    info = loops(fn, dominators(fn))
    by_latch = {latch: loop for loop in info for latch in loop.latches}
    twins = {}
    for outer, inner in groups.items():
        reverse = by_latch.get(back_jumps[outer].block)
        if reverse is None or not _copyable(reverse, points[outer]):
            continue
        mapping = _copy(ctx, outer, reverse, points[outer])
        for loop in inner:
            if back_jumps[loop] in mapping:
                twins[loop] = mapping[back_jumps[loop]]
    return twins


def _encloses(outer, loop) -> bool:
    """Whether forward loop `loop` lies inside forward loop `outer`."""
    while loop is not None:
        if loop is outer:
            return True
        loop = loop.parent
    return False


def _copyable(reverse, point) -> bool:
    term = point.terminator
    if reverse.preheader is not point or term is None or term.opcode != "br" or \
            len(term.operands) != 1 or term.operands[0] is not reverse.header:
        return False
    count = 0
    for block in reverse.blocks:
        for inst in block.instructions:
            count += 1
            if inst.opcode == "alloca" or count > MAX_COPIED:
                return False
            if any(isinstance(user, Instruction) and not reverse.contains(user.block)
                   for user, _ in inst.uses):
                return False
    return True


def _copy(ctx, loop, reverse, point) -> dict:
    """R's blocks copied after R's last block, the point choosing between them by the
    iteration count of `loop`; returns the map from R's blocks and instructions to the
    copy's."""
    fn = ctx.fn
    mapping = {}
    blocks = [b for b in fn.blocks if reverse.contains(b)]
    clone_blocks(blocks, fn, mapping, keep_debug_location=True, suffix=".long",
                 after=blocks[-1])
    for exit_block in reverse.exits:
        for phi in [i for i in exit_block.instructions if isinstance(i, PhiInst)]:
            for value, pred in list(phi.incoming):
                if pred in mapping:
                    phi.add_incoming(mapping.get(value, value), mapping[pred])
    b = IRBuilder(fn).position_before(point.terminator)
    last = b.load(I64, ctx.tape.loop_states[loop].reverse_iv, "iv.rev")
    long_run = b.icmp("uge", last, LONG_RUN - 1, "long.run")
    point.terminator.erase()
    b.position_at_end(point).cond_br(long_run, mapping[reverse.header], reverse.header)
    return mapping
