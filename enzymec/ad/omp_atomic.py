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

from enzymec.analysis.activity import underlying_object
from enzymec.ir import (I64, PTR, AllocaInst, CallInst, ConstantInt, Instruction, PhiInst,
                        VectorType)

from . import heap
from .omp_names import FORK, is_region
from .omp_prepare import DISTINCT
from .runtime_calls import runtime_function

STATS: dict = {}  # outlined function name -> its RegionStats, until reported

LOWER_BOUND_ARG = {  # the runtime call -> the position of its lower-bound pointer
    **{f"__kmpc_for_static_init_{w}": 4 for w in ("4", "4u", "8", "8u")},
    **{f"__kmpc_dispatch_next_{w}": 3 for w in ("4", "4u", "8", "8u")},
}
CASTS = ("sext", "zext", "trunc")


class RegionStats:
    """Counts of one synthesized region's adjoint updates."""

    def __init__(self, name: str):
        self.name, self.atomic, self.plain = name, 0, 0

    def report(self) -> None:
        if os.environ.get("ENZYMEC_OMP_STATS") == "1":
            print(f"enzymec: omp: {self.name}: {self.atomic} atomic, {self.plain} plain "
                  f"adjoint updates", file=sys.stderr)


def report(name: str) -> None:
    """Print (ENZYMEC_OMP_STATS=1) and forget the counts of the region `name`."""
    stats = STATS.pop(name, None)
    if stats is not None:
        stats.report()


def in_parallel_region(s) -> bool:
    """Whether the synthesizer `s` differentiates an outlined parallel region body."""
    cached = getattr(s, "omp_private", None)
    if cached is None:
        outlined = any(isinstance(user, CallInst) and index == 2 and user.called_function
                       is not None and user.called_function.name == FORK
                       for user, index in s.original.uses)
        s.omp_private = False
        if outlined:
            distinct = {s.primal_args[i] for i in DISTINCT.get(s.original, ())}
            s.omp_private = PrivateMemory(s.fn, s.forward_blocks, distinct)
            s.omp_stats = STATS.setdefault(s.original.name, RegionStats(s.original.name))
    return bool(s.omp_private)


def reverse_load(s, b, load: Instruction, shadow, dy) -> bool:
    """Make the adjoint update of `load` (into `shadow`); False: the caller makes a plain one."""
    if not in_parallel_region(s):
        return False
    if s.omp_private.is_private(load.operands[0]):
        s.omp_stats.plain += 1
        return False
    s.omp_stats.atomic += 1
    atomic_add(s, b, load, shadow, dy)
    return True


def atomic_add(s, b, load: Instruction, shadow, dy) -> None:
    """`*shadow += dy`, atomically (scalars, or vectors lane by lane)."""
    ty = load.type
    kind = {"double": "double", "float": "float"}.get(str(ty.scalar))
    if kind is None or not (ty.is_float or isinstance(ty, VectorType)):
        s.fail(load, f"cannot make the adjoint update of a load of {ty} atomic in a parallel "
                     f"region", "load double or float values (or vectors of them)")
    if not isinstance(ty, VectorType):
        b.call(runtime_function(s.module, f"atomic_add_{kind}"), [shadow, dy])
        return
    lanes = s.entry.alloca(ty, "omp.lanes")
    b.store(dy, lanes)
    b.call(runtime_function(s.module, f"atomic_add_{kind}_lanes"),
           [shadow, lanes, ConstantInt(I64, ty.count)])


def strip(value):
    while isinstance(value, Instruction) and value.opcode in CASTS:
        value = value.operands[0]
    return value


def base_key(value):
    """A pointer's identity across reloads: a pointer loaded from (never written) capture
    memory is named by where it was loaded from."""
    value = strip(value)
    if isinstance(value, Instruction) and value.opcode == "load" and value.type == PTR:
        return ("load", base_key(value.operands[0]))
    return value


class PrivateMemory:
    """Which memory of one outlined function a single thread or iteration owns."""

    def __init__(self, fn, forward_blocks, distinct=frozenset()):
        self.fn = fn
        self.distinct = distinct  # arguments pointing to memory nothing else reaches
        # the forward sweep's instructions: the primal's accesses (the reverse sweep's own
        # tape and shadow reads are not the region's memory)
        self.forward = [i for block in forward_blocks for i in block.instructions]
        self.bounds = {call.args[LOWER_BOUND_ARG[call.called_function.name]]
                       for call in self.forward if isinstance(call, CallInst)
                       and call.called_function is not None
                       and call.called_function.name in LOWER_BOUND_ARG}
        self.private_bases = self.find_private_bases()

    def local(self, ptr) -> bool:
        obj = underlying_object(ptr)
        return isinstance(obj, AllocaInst) and obj.function is self.fn or \
            isinstance(obj, CallInst) and heap.is_allocation(obj) and obj.function is self.fn

    def is_private(self, ptr) -> bool:
        if self.local(ptr):
            return True
        shape = self.indexed(ptr)
        return shape is not None and shape[0] in self.private_bases

    def indexed(self, ptr):
        """(base key, index, element type) of `gep T, base, index`, else None."""
        if isinstance(ptr, Instruction) and ptr.opcode == "getelementptr" and \
                len(ptr.operands) == 2:
            return base_key(ptr.operands[0]), strip(ptr.operands[1]), ptr.source_type
        return None

    def find_private_bases(self) -> set:
        """The bases all of whose accesses use one worksharing index (at most one base
        among the region's shared floating-point reads)."""
        shapes, read, spoiled = {}, set(), set()
        # a pointer variable the region assigns is no fixed base (base_key relies on that)
        written = {("load", base_key(i.operands[1])) for i in self.forward
                   if i.opcode == "store" and i.operands[0].type == PTR}
        for inst in self.forward:
            for ptr in accessed_pointers(inst):
                if self.local(ptr):
                    continue
                shape = self.indexed(ptr)
                key = shape[0] if shape else base_key(underlying_object(ptr))
                if inst.opcode == "load" and inst.type.scalar.is_float and \
                        key not in self.distinct:
                    read.add(key)
                if shape is None or not self.worksharing_iv(shape[1]) or \
                        shapes.setdefault(key, shape[1:]) != shape[1:]:
                    spoiled.add(key)
        if len(read) > 1:
            return set()
        return set(shapes) - spoiled - written

    def worksharing_iv(self, value, seen=None) -> bool:
        """A phi counting by one from a lower bound the OpenMP runtime handed out (directly,
        or through the phi of an enclosing chunk loop)."""
        if not isinstance(value, PhiInst):
            return False
        seen = seen or set()
        if value in seen:
            return True
        seen.add(value)
        starts = 0
        for incoming, _ in value.incoming:
            incoming = strip(incoming)
            if isinstance(incoming, Instruction) and incoming.opcode == "add" and \
                    value in incoming.operands:
                continue  # the step (checked for the innermost loop below)
            if self.from_bound(incoming, seen):
                starts += 1
            else:
                return False
        return starts > 0 and self.steps_by_one(value)

    def from_bound(self, value, seen) -> bool:
        if isinstance(value, Instruction) and value.opcode == "load":
            return value.operands[0] in self.bounds
        return isinstance(value, PhiInst) and self.chunk_phi(value, seen)

    def chunk_phi(self, phi, seen) -> bool:
        """An enclosing static-chunk loop's lower bound: starts at a bound, steps by any."""
        if phi in seen:
            return True
        seen.add(phi)
        for incoming, _ in phi.incoming:
            incoming = strip(incoming)
            if isinstance(incoming, Instruction) and incoming.opcode == "add" and \
                    phi in incoming.operands:
                continue
            if not self.from_bound(incoming, seen):
                return False
        return True

    @staticmethod
    def steps_by_one(phi) -> bool:
        for incoming, _ in phi.incoming:
            incoming = strip(incoming)
            if isinstance(incoming, Instruction) and incoming.opcode == "add" and \
                    phi in incoming.operands:
                other = [o for o in incoming.operands if o is not phi]
                if not other or getattr(other[0], "value", None) != 1:
                    return False
        return True


def accessed_pointers(inst) -> list:
    """The pointers `inst` reads or writes floating-point data through (any pointer a call
    takes counts: what the callee does with it is not looked at here)."""
    if inst.opcode == "load":
        return [inst.operands[0]]
    if inst.opcode == "store" or inst.opcode == "atomicrmw":
        return [inst.operands[1 if inst.opcode == "store" else 0]]
    if isinstance(inst, CallInst):
        return [a for a in inst.args if a.type == PTR]
    return []


def touches_memory(s, call: CallInst) -> bool:
    """A split call that may read or write differentiated memory (a pointer argument into
    it, or a global with a shadow): a callee of scalars returns its adjoints instead."""
    callee = call.called_function
    return any(s.activity.points_into_shadowed(a) for a in call.args) or \
        not callee.is_declaration and bool(s.calls.globals_used_by(callee) & s.activity.shadowed)


def check_call_in_region(s, call: CallInst) -> None:
    """Calls in a parallel region whose adjoints would be plain adds into memory other
    threads may touch are located errors: a callee differentiated on its own (not inlined:
    recursive) that reaches differentiated memory, and a copy (memcpy/memmove) from shared
    differentiated memory."""
    if not in_parallel_region(s):
        return
    callee = call.called_function
    if s.calls.needs_split(s, call) and not is_region(callee) and touches_memory(s, call):
        s.fail(call, f"cannot differentiate the call to '{callee.name}' in an OpenMP parallel "
                     f"region: it is not inlined (recursive) and reaches differentiated "
                     f"memory, whose adjoint updates in it would not be atomic",
               "pass the callee values instead of pointers, make it non-recursive, or call it "
               "outside the parallel region")
    moved = s.calls.transfer(call) if callee is not None else None
    if moved is not None and s.activity.points_into_shadowed(moved[1]) and \
            not s.omp_private.is_private(moved[1]):
        s.fail(call, "cannot differentiate a copy (memcpy) from memory other threads may read "
                     "in an OpenMP parallel region: its adjoint would not be atomic",
               "copy element by element, or copy from memory local to the thread")
