"""Which memory of a parallel region's body one thread or one iteration owns (omp_atomic.py
makes the adjoint updates of everything else atomic).

- Local memory: an allocation of the outlined function itself (its stack or heap).
- `base[i]`, `i` the induction variable of a worksharing loop (iterations the OpenMP runtime
  hands out are disjoint), when every access to `base` in the region uses that same index
  and `base` is the only shared memory the region reads floating-point data from (two such
  bases could be one array at an offset); a local variable of the caller whose address goes
  only to fork calls counts as no other base (omp_prepare.DISTINCT).
- A neighbourhood: every access to `base` is `base[i + c]` for a few constants c (a
  stencil), in a loop of an unchunked static schedule, whose thread runs the iterations
  [lo, hi] the runtime wrote. Element `i + c` is then touched by iterations `i + c - c'`
  only, so when those all lie in [lo, hi] no other thread touches it: the reverse decides
  per update (omp_atomic.chunk_guard), atomic near the ends of the thread's range.

Both rest on one team running each iteration once between two barriers. Neither holds, and
every update of shared memory is atomic, when
- a worksharing loop can start again in a thread before a barrier (an `omp for nowait` in a
  serial loop of the region: a dynamic schedule hands iteration i to another thread in the
  next round while the first may still be in its own; `repeats_unsynchronized`), or
- the region is forked inside another parallel region (`forked_inside_region`): each outer
  thread's team runs all the iterations, so two teams touch `base[i]` at once.
"""

from __future__ import annotations

from enzymec.analysis.activity import underlying_object
from enzymec.analysis.cfg import successors
from enzymec.ir import PTR, AllocaInst, CallInst, ConstantInt, Instruction, PhiInst

from ..rules import heap
from .omp_names import BARRIER, FORK

LOWER_BOUND_ARG = {  # the runtime call -> the position of its lower-bound pointer
    **{f"__kmpc_for_static_init_{w}": 4 for w in ("4", "4u", "8", "8u")},
    **{f"__kmpc_dispatch_next_{w}": 3 for w in ("4", "4u", "8", "8u")},
}
# the calls that start one execution of a worksharing loop in a thread
LOOP_STARTS = ("__kmpc_for_static_init_", "__kmpc_dispatch_init_")
STATIC_UNCHUNKED = 34  # kmp_sch_static: one contiguous range of iterations per thread
CASTS = ("sext", "zext", "trunc")


def strip(value):
    while isinstance(value, Instruction) and value.opcode in CASTS:
        value = value.operands[0]
    return value


def base_key(value):
    """A pointer's identity across reloads: a pointer loaded from capture memory the region
    never writes (checked: `written`) is named by where it was loaded from."""
    value = strip(value)
    if isinstance(value, Instruction) and value.opcode == "load" and value.type == PTR:
        return ("load", base_key(value.operands[0]))
    return value


def accessed_pointers(inst) -> list:
    """The pointers `inst` reads or writes floating-point data through (any pointer a call
    takes counts: what the callee does with it is not looked at here)."""
    if inst.opcode == "load":
        return [inst.operands[0]]
    if inst.opcode in ("store", "atomicrmw"):
        return [inst.operands[1 if inst.opcode == "store" else 0]]
    if isinstance(inst, CallInst):
        return [a for a in inst.args if a.type == PTR]
    return []


class PrivateMemory:
    """The private memory of one outlined function (see the module's docstring)."""

    def __init__(self, fn, forward_blocks, distinct=frozenset(), one_team=True):
        """`one_team`: no other team runs this region's body at the same time
        (`forked_inside_region` says when one may)."""
        self.fn = fn
        self.layout = fn.module.layout
        self.distinct = distinct  # arguments pointing to memory nothing else reaches
        # the forward sweep's instructions: the primal's accesses (the reverse sweep's own
        # tape and shadow reads are not the region's memory)
        self.forward = [i for block in forward_blocks for i in block.instructions]
        self.forward_blocks = set(forward_blocks)
        self.one_team = one_team
        self.inits = [c for c in self.forward if isinstance(c, CallInst)
                      and c.called_function is not None
                      and c.called_function.name in LOWER_BOUND_ARG]
        self.bounds = {c.args[LOWER_BOUND_ARG[c.called_function.name]] for c in self.inits}
        self.offsets: dict = {}  # base key -> byte offsets of its accesses
        self.private_bases, self.neighbourhoods = self.find_private_bases()

    def local(self, ptr) -> bool:
        obj = underlying_object(ptr)
        return isinstance(obj, AllocaInst) and obj.function is self.fn or \
            isinstance(obj, CallInst) and heap.is_allocation(obj) and obj.function is self.fn

    def is_private(self, ptr) -> bool:
        if self.local(ptr):
            return True
        shape = self.indexed(ptr)
        return shape is not None and shape[0] in self.private_bases

    def neighbourhood(self, ptr):
        """(iv, offset of this access, smallest and largest offset, lo, hi) in iterations,
        when `ptr` is a neighbourhood access (module docstring), else None."""
        shape = self.indexed(ptr)
        if shape is None or shape[0] not in self.neighbourhoods:
            return None
        key, iv, stride, offset = shape
        lo, hi = self.neighbourhoods[key]
        offsets = [o // stride for o in self.offsets[key]]
        return iv, offset // stride, min(offsets), max(offsets), lo, hi

    def indexed(self, ptr):
        """(base key, index phi, element size, byte offset) of `gep T, base, i [+ c]`,
        possibly followed by a constant gep, else None."""
        if not (isinstance(ptr, Instruction) and ptr.opcode == "getelementptr" and
                len(ptr.operands) == 2):
            return None
        base, index = ptr.operands
        size = self.layout.size(ptr.source_type)
        if isinstance(index, ConstantInt):
            inner = self.indexed(base)
            return inner and inner[:3] + (inner[3] + index.value * size,)
        index, offset = strip(index), 0
        if isinstance(index, Instruction) and index.opcode == "add" and \
                isinstance(index.operands[1], ConstantInt):
            index, offset = strip(index.operands[0]), index.operands[1].value
        if not isinstance(index, PhiInst):
            return None
        return base_key(base), index, size, offset * size

    def find_private_bases(self) -> tuple[set, dict]:
        """(bases owned per iteration, {neighbourhood base: (lo, hi)})."""
        starts = [c for c in self.forward if isinstance(c, CallInst) and
                  c.called_function is not None and
                  c.called_function.name.startswith(LOOP_STARTS)]
        if not self.one_team or any(self.repeats_unsynchronized(c) for c in starts):
            return set(), {}
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
                        shapes.setdefault(key, shape[1:3]) != shape[1:3]:
                    spoiled.add(key)
                else:
                    self.offsets.setdefault(key, set()).add(shape[3])
        if len(read) > 1:
            return set(), {}
        good = set(shapes) - spoiled - written
        exact = {k for k in good if len(self.offsets[k]) == 1}
        hoods = {}
        for key in good - exact:
            bounds = self.static_range(shapes[key][0])
            if bounds is not None and all(o % shapes[key][1] == 0 for o in self.offsets[key]):
                hoods[key] = bounds
        return exact, hoods

    def repeats_unsynchronized(self, start: CallInst) -> bool:
        """Whether a thread can reach `start` (a worksharing loop's start) again from it
        with no barrier on the way: the loop then runs again while other threads may still
        be in its previous execution (module docstring)."""
        def scan(block, first: int):  # "again", "barrier" or None (went through)
            for inst in block.instructions[first:]:
                if inst is start:
                    return "again"
                if isinstance(inst, CallInst) and inst.called_function is not None and \
                        inst.called_function.name == BARRIER:
                    return "barrier"
            return None

        block = start.block
        if scan(block, block.instructions.index(start) + 1) == "barrier":
            return False
        work, seen = list(successors(block)), set()
        while work:
            block = work.pop()
            if block in seen or block not in self.forward_blocks:
                continue
            seen.add(block)
            found = scan(block, 0)
            if found == "again":
                return True
            if found is None:
                work.extend(successors(block))
        return False

    def static_range(self, iv):
        """(lo, hi) of the thread's iterations when `iv` runs the range an unchunked static
        schedule gave the thread: it starts at the lower bound loaded after the init call,
        and the upper bound is what clang stores back (clamped) right after it."""
        start = [strip(v) for v, pred in iv.incoming
                 if not (isinstance(strip(v), Instruction) and strip(v).opcode == "add")]
        if len(start) != 1 or not (isinstance(start[0], Instruction) and
                                   start[0].opcode == "load"):
            return None
        for init in self.inits:
            schedule = init.args[2]
            if init.called_function.name.startswith("__kmpc_for_static_init") and \
                    isinstance(schedule, ConstantInt) and schedule.value == STATIC_UNCHUNKED \
                    and start[0].operands[0] is init.args[4]:
                hi = clamped_upper_bound(init)
                return (start[0], hi) if hi is not None else None
        return None

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
            if is_step_of(incoming, value):
                continue  # the step (checked for the innermost loop below)
            if self.from_bound(incoming, seen):
                starts += 1
            else:
                return False
        return starts > 0 and steps_by_one(value)

    def from_bound(self, value, seen) -> bool:
        if isinstance(value, Instruction) and value.opcode == "load":
            return value.operands[0] in self.bounds
        return isinstance(value, PhiInst) and self.chunk_phi(value, seen)

    def chunk_phi(self, phi, seen) -> bool:
        """An enclosing static-chunk loop's lower bound: starts at a bound, steps by any."""
        if phi in seen:
            return True
        seen.add(phi)
        return all(is_step_of(strip(v), phi) or self.from_bound(strip(v), seen)
                   for v, _ in phi.incoming)


def is_step_of(value, phi) -> bool:
    return isinstance(value, Instruction) and value.opcode == "add" and phi in value.operands


def steps_by_one(phi) -> bool:
    for incoming, _ in phi.incoming:
        incoming = strip(incoming)
        if is_step_of(incoming, phi):
            other = [o for o in incoming.operands if o is not phi]
            if not other or getattr(other[0], "value", None) != 1:
                return False
    return True


def clamped_upper_bound(init: CallInst):
    """The value clang stores into the upper-bound pointer right after `init` (the thread's
    last iteration, clamped to the loop's), from the same block; None if there is none."""
    block = init.block
    after = block.instructions[block.instructions.index(init) + 1:]
    stores = [i for i in after if i.opcode == "store" and i.operands[1] is init.args[5]]
    if not stores or any(isinstance(i, CallInst) and i.called_function is not None and
                         i.called_function.name in LOWER_BOUND_ARG for i in after):
        return None
    return stores[-1].operands[0]


def forked_inside_region(outlined) -> bool:
    """Whether a fork call of `outlined` (an outlined region body) may run inside another
    parallel region: it is in an outlined body itself, or in a function called, directly or
    through functions that are, from one. A function whose address is taken for anything
    but an autodiff call or a fork could be called from a region: counted as one."""
    seen: set = set()

    def in_region(fn) -> bool:
        if fn in seen:
            return False
        seen.add(fn)
        for user, index in fn.uses:
            if not isinstance(user, CallInst) or user.block is None:
                return True
            callee = user.called_function
            if index == user.arg_count:  # a direct call of fn
                if in_region(user.block.function):
                    return True
            elif callee is not None and callee.name == FORK and index == 2:
                return True  # fn is a region's body
            elif callee is None or "__enzyme" not in callee.name:
                return True
        return False

    for user, index in outlined.uses:
        if isinstance(user, CallInst) and index == 2 and user.block is not None and \
                user.called_function is not None and user.called_function.name == FORK \
                and in_region(user.block.function):
            return True
    return False
