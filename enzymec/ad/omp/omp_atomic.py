"""Adjoint updates inside a parallel region: atomic where threads may collide, plain where
the memory is provably one thread's.

The reverse of `x = *p` adds x's adjoint into the shadow of *p. In the reverse of a parallel
region every thread does that at once, and several may read the same *p (a shared scalar,
a neighbour in a stencil): those updates are atomic adds (the runtime's
`__enzymec_atomic_add_*`, inlined). An update is plain when the memory is
- the thread's own: an allocation of the outlined function itself (its stack or heap), or
- one iteration's own: `base[i]` with `i` the induction variable of a worksharing loop
  (iterations handed out by the OpenMP runtime are disjoint), when every access to `base`
  in the region uses that same index, and `base` is the only shared memory the region
  reads floating-point data from (two such bases could be one array at an offset, which
  would put two iterations on one element); a local variable of the caller whose address
  goes only to the fork call (a reduction's or a shared scalar's) counts as no other base.
Anything else is atomic (the safe default). Stores need no atomics: the reverse of a store
reads and clears the shadow of memory the primal wrote, which in a race-free region no
other thread touches before the next barrier (barriers are reversed: omp_sync.py).

`ENZYMEC_OMP_STATS=1` prints, per parallel region, how many adjoint updates were made
atomic and how many plain (one line on stderr at compile time).
"""

from __future__ import annotations

import os
import sys

from enzymec.ir import I32, I64, CallInst, ConstantInt, Instruction, VectorType

from .omp_names import FORK, is_region
from .omp_private import PrivateMemory, forked_inside_region
from .omp_prepare import DISTINCT
from ..rules.runtime_calls import runtime_function

STATS: dict = {}  # outlined function name -> its RegionStats, until reported



class RegionStats:
    """Counts of one synthesized region's adjoint updates."""

    def __init__(self, name: str):
        self.name, self.atomic, self.plain, self.guarded = name, 0, 0, 0

    def report(self) -> None:
        if os.environ.get("ENZYMEC_OMP_STATS") == "1":
            print(f"enzymec: omp: {self.name}: {self.atomic} atomic, {self.plain} plain, "
                  f"{self.guarded} guarded adjoint updates", file=sys.stderr)


def report(name: str) -> None:
    """Print (ENZYMEC_OMP_STATS=1) and forget the counts of the region `name`."""
    stats = STATS.pop(name, None)
    if stats is not None:
        stats.report()


def in_parallel_region(ctx) -> bool:
    """Whether the function of context `ctx` (function_context.py) is the derivative of an
    outlined parallel region body (the answer is kept in `ctx.omp_private`)."""
    cached = getattr(ctx, "omp_private", None)
    if cached is None:
        # only a module that calls the OpenMP runtime's fork can hold a region; asking the
        # function's uses first would parse every lazy body that calls it (lazy_bodies.py)
        outlined = ctx.original.module is not None and \
            ctx.original.module.get_function(FORK) is not None and \
            any(isinstance(user, CallInst) and index == 2 and user.called_function
                is not None and user.called_function.name == FORK
                for user, index in ctx.original.uses)
        ctx.omp_private = False
        if outlined:
            distinct = {ctx.primal_args[i] for i in DISTINCT.get(ctx.original, ())}
            ctx.omp_private = PrivateMemory(ctx.fn, ctx.forward_blocks, distinct,
                                            not forked_inside_region(ctx.original))
            ctx.omp_stats = STATS.setdefault(ctx.original.name, RegionStats(ctx.original.name))
    return bool(ctx.omp_private)


def reverse_load(ctx, b, load: Instruction, shadow, dy) -> bool:
    """Make the adjoint update of `load` (into `shadow`); False: the caller makes a plain one."""
    if not in_parallel_region(ctx):
        return False
    if ctx.omp_private.is_private(load.operands[0]):
        ctx.omp_stats.plain += 1
        return False
    hood = ctx.omp_private.neighbourhood(load.operands[0])
    kind = {"double": "double", "float": "float"}.get(str(load.type))
    if hood is not None and kind is not None:
        ctx.omp_stats.guarded += 1
        b.call(runtime_function(ctx.module, f"atomic_add_{kind}_if"),
               [shadow, dy, chunk_guard(b, *hood)])
        return True
    ctx.omp_stats.atomic += 1
    atomic_add(ctx, b, load, shadow, dy)
    return True


def chunk_guard(b, iv, offset, low, high, lo, hi):
    """i32 1 when element `iv + offset` may be touched by an iteration outside the thread's
    range [lo, hi] (iterations iv + offset - c for c from `low` to `high`), else 0."""
    def wide(value):
        value = b.primal(value)
        return value if value.type == I64 else b.cast("sext", value, I64)
    j = b.add(wide(iv), ConstantInt(I64, offset), "omp.element")
    first, last = wide(lo), wide(hi)
    before = b.icmp("slt", b.sub(j, ConstantInt(I64, high)), first, "omp.before")
    after = b.icmp("sgt", b.sub(j, ConstantInt(I64, low)), last, "omp.after")
    return b.cast("zext", b.binary("or", before, after, "omp.shared"), I32)


def atomic_add(ctx, b, load: Instruction, shadow, dy) -> None:
    """`*shadow += dy`, atomically (scalars, or vectors lane by lane)."""
    ty = load.type
    kind = {"double": "double", "float": "float"}.get(str(ty.scalar))
    if kind is None or not (ty.is_float or isinstance(ty, VectorType)):
        ctx.fail(load, f"cannot make the adjoint update of a load of {ty} atomic in a parallel "
                     f"region", "load double or float values (or vectors of them)")
    if not isinstance(ty, VectorType):
        b.call(runtime_function(ctx.module, f"atomic_add_{kind}"), [shadow, dy])
        return
    lanes = ctx.entry.alloca(ty, "omp.lanes")
    b.store(dy, lanes)
    b.call(runtime_function(ctx.module, f"atomic_add_{kind}_lanes"),
           [shadow, lanes, ConstantInt(I64, ty.count)])


def touches_memory(ctx, call: CallInst) -> bool:
    """A split call that may read or write differentiated memory (a pointer argument into
    it, or a global with a shadow): a callee of scalars returns its adjoints instead."""
    callee = call.called_function
    act = ctx.activity
    return any(act.points_into_shadowed(a) for a in call.args) or \
        not callee.is_declaration and bool(ctx.calls.globals_used_by(callee) & act.shadowed)


def check_call_in_region(ctx, call: CallInst) -> None:
    """Calls in a parallel region whose adjoints would be plain adds into memory other
    threads may touch are located errors: a callee differentiated on its own (not inlined:
    recursive) that reaches differentiated memory, and a copy (memcpy/memmove) from shared
    differentiated memory."""
    if not in_parallel_region(ctx):
        return
    callee = call.called_function
    if ctx.calls.needs_split(ctx, call) and not is_region(callee) and touches_memory(ctx, call):
        ctx.fail(call, f"cannot differentiate the call to '{callee.name}' in an OpenMP parallel "
                     f"region: it is not inlined (recursive) and reaches differentiated "
                     f"memory, whose adjoint updates in it would not be atomic",
                 "pass the callee values instead of pointers, make it non-recursive, or call it "
                 "outside the parallel region")
    moved = ctx.calls.transfer(call) if callee is not None else None
    if moved is not None and ctx.activity.points_into_shadowed(moved[1]) and \
            not ctx.omp_private.is_private(moved[1]):
        ctx.fail(call, "cannot differentiate a copy (memcpy) from memory other threads may read "
                     "in an OpenMP parallel region: its adjoint would not be atomic",
                 "copy element by element, or copy from memory local to the thread")
