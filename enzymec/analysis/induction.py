"""Canonical induction variables of natural loops and their trip counts.

The reverse sweep caches a loop's values in arrays indexed by a counter, and the tape is
sized by how many times the loop's header runs. This module recognises the counter clang
and LLVM leave in a loop with one latch (the shape of LLVM's `InductionDescriptor` with a
constant step):

    header:  %i = phi iN [ %start, %outside ], [ %i.next, %latch ]
             %i.next = add iN %i, C          (or `sub iN %i, C`, step -C)

and, when a block that runs on every iteration (the header or the latch) leaves the loop on
`icmp P %i|%i.next, %bound` with `%bound` defined outside the loop, describes the number of
header executions per entry. With D the number of values of the tested sequence
`start, start+step, ...` that satisfy the continue-condition before the first that fails:

    tests %i:       header runs  max(0, D) + 1   (the last run takes the exit)
    tests %i.next:  header runs  max(1, D)       (the test follows the increment)

where D = ceil((bound - start) / step) for `<` (one more for `<=`); mirrored for negative
steps; for `!=` D = (bound - start) / step with no clamp, for |step| = 1 or a power of two
(an unrolled loop's counter: such a loop leaves only when the distance is a multiple of the
step, else it never leaves; an odd step could wrap around and leave much later). A loop with
other exits (a `break`) runs at most that often, and `exact` is False.
"""

from __future__ import annotations

from enzymec.ir import Block, CmpInst, ConstantInt, Instruction, PhiInst, Value
from enzymec.ir.printer import ModulePrinter  # not yet exported by enzymec.ir
from enzymec.records import Record

_SWAPPED = {"slt": "sgt", "sgt": "slt", "sle": "sge", "sge": "sle", "ult": "ugt", "ugt": "ult",
            "ule": "uge", "uge": "ule", "eq": "eq", "ne": "ne"}
_INVERSE = {"slt": "sge", "sge": "slt", "sgt": "sle", "sle": "sgt", "ult": "uge", "uge": "ult",
            "ugt": "ule", "ule": "ugt", "eq": "ne", "ne": "eq"}
_UPWARD = {"slt", "ult", "sle", "ule"}
_DOWNWARD = {"sgt", "ugt", "sge", "uge"}


class TripCount(Record):
    """The exit test `tested P bound` (P normalised so that true means "stay in the loop")."""

    _fields = ("bound", "predicate", "tests_next", "exiting", "exact")

    def __init__(
            self, bound: Value, predicate: str, tests_next: bool, exiting: Block, exact: bool
    ) -> None:
        self.bound = bound
        self.predicate = predicate
        self.tests_next = tests_next
        self.exiting = exiting
        self.exact = exact


class InductionVariable(Record):
    _fields = ("phi", "start", "step", "next", "latch", "trip_count")

    def __init__(
            self, phi: PhiInst, start: Value, step: int, next: Instruction, latch: Block,
            trip_count: TripCount | None = None
    ) -> None:
        self.phi = phi
        self.start = start
        self.step = step
        self.next = next
        self.latch = latch
        self.trip_count = trip_count

    def trip_count_expression(self, ref=None) -> str | None:
        """Header executions per loop entry, as text such as `max(1, %n)`; None if unknown."""
        tc = self.trip_count
        if tc is None:
            return None
        ref = ref or _printer_ref(self.phi)
        d = _distance(self.start, tc.bound, self.step, tc.predicate, ref)
        if tc.predicate == "ne":
            return d if tc.tests_next else f"{d} + 1"
        return f"max(1, {d})" if tc.tests_next else f"max(0, {d}) + 1"

    def describe(self) -> str:
        ref = _printer_ref(self.phi)
        text = f"{ref(self.phi)} start {ref(self.start)} step {self.step}"
        tc = self.trip_count
        if tc is None:
            return text + ", trip count unknown"
        exact = "exact" if tc.exact else "at most"
        return (f"{text}, trip count {self.trip_count_expression(ref)} "
                f"({exact}, {tc.predicate}, exits at {ref(tc.exiting)})")


def _printer_ref(inst: Instruction):
    printer = ModulePrinter(inst.function.module)
    printer.number_locals(inst.function)
    return printer.ref


def _distance(start: Value, bound: Value, step: int, predicate: str, ref) -> str:
    """D as text: how many tested values satisfy the continue-condition."""
    upward, start_text, bound_text = step > 0, ref(start), ref(bound)
    span = (_minus(bound_text, start_text, start) if upward
            else _minus(start_text, bound_text, bound))
    if predicate in ("sle", "ule", "sge", "uge"):
        span = f"{span} + 1"
    size = abs(step)
    if size == 1:
        return span
    return f"ceil({span} / {size})" if " " not in span else f"ceil(({span}) / {size})"


def _minus(a: str, b: str, b_value: Value | None) -> str:
    if isinstance(b_value, ConstantInt) and b_value.value == 0:
        return a
    return f"{a} - {b}"


def canonical_induction(loop) -> InductionVariable | None:
    """The first counter phi of `loop`'s header, preferring one with a known trip count."""
    if len(loop.latches) != 1:
        return None
    candidates = [iv for phi in loop.header.phis
                  if (iv := _match_counter(loop, phi)) is not None]
    for iv in candidates:
        iv.trip_count = _trip_count(loop, iv)
    with_count = [iv for iv in candidates if iv.trip_count is not None]
    return (with_count or candidates or [None])[0]


def counter_of(loop, phi: PhiInst) -> InductionVariable | None:
    """`phi` as a counter of `loop` (its start, constant step and increment), else None."""
    return _match_counter(loop, phi) if len(loop.latches) == 1 else None


def increment_cannot_wrap(iv: InductionVariable) -> bool:
    """Whether the counter's increment carries `nuw` or `nsw` (a wrap would be poison)."""
    return bool({"nuw", "nsw"} & set(getattr(iv.next, "flags", "").split()))


def _match_counter(loop, phi: PhiInst) -> InductionVariable | None:
    """`phi [start, outside], [next, latch]` with `next = add phi, C` (or `sub phi, C`)."""
    latch = loop.latches[0]
    incoming = phi.incoming
    if len(incoming) != 2 or not hasattr(phi.type, "bits"):
        return None
    inside = [(v, b) for v, b in incoming if loop.contains(b)]
    outside = [(v, b) for v, b in incoming if not loop.contains(b)]
    if len(inside) != 1 or len(outside) != 1 or inside[0][1] is not latch:
        return None
    step = _constant_step(phi, inside[0][0])
    if step is None:
        return None
    return InductionVariable(phi, outside[0][0], step, inside[0][0], latch)


def _constant_step(phi: PhiInst, nxt: Value) -> int | None:
    if not isinstance(nxt, Instruction) or len(nxt.operands) != 2:
        return None
    a, b = nxt.operands
    if nxt.opcode == "add" and a is phi and isinstance(b, ConstantInt):
        return b.value or None
    if nxt.opcode == "add" and b is phi and isinstance(a, ConstantInt):
        return a.value or None
    if nxt.opcode == "sub" and a is phi and isinstance(b, ConstantInt):
        return -b.value or None
    return None


def _trip_count(loop, iv: InductionVariable) -> TripCount | None:
    """The exit test on the counter in the header or the latch, if one is understood."""
    for block in (loop.header, iv.latch):
        if block in loop.exiting:
            test = _exit_test(loop, iv, block)
            if test is not None:
                return test
    return None


def _exit_test(loop, iv: InductionVariable, block: Block) -> TripCount | None:
    term = block.terminator
    if term.opcode != "br" or len(term.operands) != 3:
        return None
    cond, if_true, if_false = term.operands
    if not isinstance(cond, CmpInst) or cond.opcode != "icmp":
        return None
    if loop.contains(if_true) == loop.contains(if_false):
        return None
    lhs, rhs = cond.operands
    predicate = cond.predicate
    if rhs in (iv.phi, iv.next) and loop.is_invariant(lhs):
        lhs, rhs, predicate = rhs, lhs, _SWAPPED[predicate]
    if lhs not in (iv.phi, iv.next) or not loop.is_invariant(rhs):
        return None
    if not loop.contains(if_true):
        predicate = _INVERSE[predicate]
    if not _predicate_fits(predicate, iv.step):
        return None
    exact = len(loop.exiting) == 1
    return TripCount(rhs, predicate, lhs is iv.next, block, exact)


def _predicate_fits(predicate: str, step: int) -> bool:
    """Whether the counter moves towards failing the continue-condition."""
    if predicate == "ne":
        return abs(step) & (abs(step) - 1) == 0  # 1 or a power of two: see the docstring
    return predicate in (_UPWARD if step > 0 else _DOWNWARD)
