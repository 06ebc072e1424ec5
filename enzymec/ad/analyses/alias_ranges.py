"""The range of every value an integer index can take, as expressions over the function's
integer arguments: what runtime alias versioning (alias_version.py) needs to bound the bytes
a pointer argument's accesses can touch, with values known at the call site only.

An expression is a tuple: ("const", c), ("arg", index, cast) (an integer parameter, sign- or
zero-extended to i64 when narrower), or (op, a, b) with op in EXPR_OPS. A range is a pair
(lo, hi) of expressions with lo <= v <= hi for every value v the instruction takes in every
execution. Ranges are sound by construction:
- an induction variable `i = phi [start, i + 1]` whose latch continues while `i + C < bound`
  (slt, or ult with bound >= 0) takes values in [start.lo, max(start.hi, bound.hi - C)]; one
  that continues while `i + C != bound` (clang's `eq` exits) needs a bound fixed while the
  loop runs (defined in a block that strictly dominates the loop's header) and
  start.hi + C <= bound.lo, a runtime requirement; then i <= bound - C <= bound.hi - C;
- a sibling `k = phi [s_k], [k + 1 from the same latch]` beside such an i in the same
  header, both starting at constants, is i + (s_k - s_i) (LLVM's `j <= i` loops);
- add, sub, mul, shl by a constant, select, smin/smax combine ranges by interval arithmetic;
- nothing wraps: every integer argument is required at run time to lie in
  [-2^LEAF_BITS, 2^LEAF_BITS], and `bits` bounds every expression's magnitude statically
  (|v| <= 2^bits: a sum for products, one more than the larger for sums), refused above
  MAX_BITS, so that i128 arithmetic (alias_version.py) computes exact values. The
  function's own arithmetic has the same values: an operation with `nsw` that wrapped
  would be poison (undefined behaviour as an address), one without must stay below
  2^WRAP_FREE_BITS statically, and narrower than i64 it needs `nsw`; a zext needs its
  operand's lower bound >= 0 (a requirement).
Anything else (a load, a call, a loop of another shape) has no range: None.
Requirements are (predicate, a, b) triples: `icmp predicate a, b` must hold at run time.
"""

from __future__ import annotations

from enzymec.analysis import dominators
from enzymec.ir import Argument, CallInst, ConstantInt, Instruction, IntType, PhiInst

LEAF_BITS = 40          # |integer argument| <= 2^40, checked at run time
MAX_BITS = 120          # the bound on any range's magnitude (i128 stays exact)
WRAP_FREE_BITS = 62     # an i64 operation without nsw provably does not wrap below this
EXPR_OPS = ("add", "sub", "mul", "smin", "smax")
# (continue predicate of `i + C` against the bound) -> how the bound limits i
CONTINUE_PREDICATES = {"slt": "below", "ult": "below_unsigned", "ne": "until"}
INVERSE = {"eq": "ne", "ne": "eq", "slt": "sge", "sge": "slt", "ult": "uge", "uge": "ult",
           "sgt": "sle", "sle": "sgt", "ugt": "ule", "ule": "ugt"}
SWAPPED = {"slt": "sgt", "sgt": "slt", "ult": "ugt", "ugt": "ult", "sle": "sge",
           "sge": "sle", "ule": "uge", "uge": "ule", "eq": "eq", "ne": "ne"}


def const(c: int) -> tuple:
    return ("const", c)


def bits(expr: tuple) -> int:
    """A bound b with |value of `expr`| <= 2^b (given the argument requirements)."""
    if expr[0] == "const":
        return max(0, (abs(expr[1]) - 1).bit_length())
    if expr[0] == "arg":
        return LEAF_BITS
    a, b = bits(expr[1]), bits(expr[2])
    return a + b if expr[0] == "mul" else max(a, b) + (expr[0] in ("add", "sub"))


def combine(op: str, a: tuple, b: tuple) -> tuple:
    """`op a, b`, folded when both are constants or the result is an operand."""
    if a[0] == "const" and b[0] == "const":
        x, y = a[1], b[1]
        return const({"add": x + y, "sub": x - y, "mul": x * y, "smin": min(x, y),
                      "smax": max(x, y)}[op])
    if a == b and op in ("smin", "smax"):
        return a
    if op == "mul" and const(0) in (a, b):
        return const(0)
    for x, y in ((a, b), (b, a)):
        if (op == "add" or op == "sub" and x is a) and y == const(0) or \
                op == "mul" and y == const(1):
            return x
    return (op, a, b)


class Ranges:
    """Ranges of the integer values of one function, with the runtime requirements they
    rest on (`requirements`); `of(value)` is None when a value has no range."""

    def __init__(self, function):
        self.function = function
        self.done: dict = {}
        self.requirements: set = set()
        self.pending: set = set()
        self._dominators = None

    def fixed_in_loop(self, value, header) -> bool:
        """True when `value` cannot change while the loop of `header` runs."""
        if not isinstance(value, Instruction):
            return True
        if self._dominators is None:
            self._dominators = dominators(self.function)
        return value.block is not header and \
            self._dominators.strictly_dominates(value.block, header)

    def of(self, value):
        if value in self.done:
            return self.done[value]
        if value in self.pending:  # a cycle other than an induction variable's
            return None
        self.pending.add(value)
        found = self._compute(value)
        self.pending.discard(value)
        if found is not None and max(bits(found[0]), bits(found[1])) > MAX_BITS:
            found = None
        self.done[value] = found
        return found

    def require(self, predicate: str, a: tuple, b: tuple) -> None:
        if a[0] == "const" and b[0] == "const" and predicate in ("sle", "sge") and \
                (a[1] <= b[1]) == (predicate == "sle"):
            return  # holds whatever the arguments
        self.requirements.add((predicate, a, b))

    def _compute(self, value):
        if isinstance(value, ConstantInt):
            return const(value.value), const(value.value)
        if isinstance(value, Argument) and isinstance(value.type, IntType) and \
                value.function is self.function:
            return self._argument(value)
        if isinstance(value, PhiInst):
            return self._phi(value)
        if isinstance(value, CallInst):
            return self._min_max(value)
        if isinstance(value, Instruction) and isinstance(value.type, IntType):
            return self._arithmetic(value)
        return None

    def _argument(self, arg: Argument):
        if arg.type.bits > 64:
            return None  # wider than the i64 the leaves are read as
        cast = None if arg.type.bits == 64 else "sext"
        leaf = ("arg", arg.index, cast)
        self.require("sle", leaf, const(1 << LEAF_BITS))
        self.require("sge", leaf, const(-(1 << LEAF_BITS)))
        return leaf, leaf

    def _arithmetic(self, inst: Instruction):
        op = inst.opcode
        if op in ("add", "sub", "mul", "shl") and inst.type.bits < 64 and \
                "nsw" not in inst.flags.split():
            return None  # it may wrap in its own width
        if op == "sext":
            return self.of(inst.operands[0])
        if op == "zext":
            return self._zext(inst.operands[0])
        if op == "select":
            return self._union(inst.operands[1], inst.operands[2])
        if op == "shl" and isinstance(inst.operands[1], ConstantInt) and \
                0 <= inst.operands[1].value < 32:
            return self._scaled(inst.operands[0], 1 << inst.operands[1].value)
        if op in ("add", "sub", "mul"):
            a, b = self.of(inst.operands[0]), self.of(inst.operands[1])
            found = None if a is None or b is None else interval(op, a, b)
            if found is not None and "nsw" not in inst.flags.split() and \
                    max(bits(found[0]), bits(found[1])) > WRAP_FREE_BITS:
                return None  # it might wrap where the ranges' arithmetic does not
            return found
        return None

    def _zext(self, operand):
        if isinstance(operand.type, IntType) and operand.type.bits == 1:
            return const(0), const(1)
        if isinstance(operand, Argument) and operand.function is self.function:
            leaf = ("arg", operand.index, "zext")
            self.require("sle", leaf, const(1 << LEAF_BITS))
            return leaf, leaf
        found = self.of(operand)
        if found is not None:
            self.require("sge", found[0], const(0))
        return found

    def _scaled(self, operand, factor: int):
        found = self.of(operand)
        if found is None:
            return None
        found = interval("mul", found, (const(factor),) * 2)
        return found if max(bits(found[0]), bits(found[1])) <= WRAP_FREE_BITS else None

    def _union(self, a, b):
        ra, rb = self.of(a), self.of(b)
        if ra is None or rb is None:
            return None
        return combine("smin", ra[0], rb[0]), combine("smax", ra[1], rb[1])

    def _min_max(self, call: CallInst):
        callee = call.called_function
        name = callee.name if callee is not None else ""
        for op in ("smin", "smax"):
            if name.startswith(f"llvm.{op}.i64"):
                ra, rb = self.of(call.args[0]), self.of(call.args[1])
                if ra is None or rb is None:
                    return None
                return combine(op, ra[0], rb[0]), combine(op, ra[1], rb[1])
        return None

    def _phi(self, phi: PhiInst):
        induction = self._induction(phi)
        if induction is not None:
            return induction
        values = [v for v, _ in phi.incoming]
        found = self.of(values[0]) if values else None
        for value in values[1:]:
            other = self.of(value) if found is not None else None
            if other is None:
                return None
            found = combine("smin", found[0], other[0]), combine("smax", found[1], other[1])
        return found

    def _induction(self, phi: PhiInst):
        """[start.lo, ...] of `phi = [start], [phi + 1 from the latch]` (module docstring)."""
        if len(phi.incoming) != 2 or not isinstance(phi.type, IntType):
            return None
        steps = [(v, b) for v, b in phi.incoming if _is_increment(v, phi)]
        if len(steps) != 1:
            return None
        start = next(v for v, _ in phi.incoming if v is not steps[0][0])
        test = _latch_test(steps[0][1], phi)
        if test is None:
            return self._sibling(phi, start, steps[0][1])
        predicate, shift, bound = test
        if predicate == "until" and not self.fixed_in_loop(bound, phi.block):
            return None
        start_range, bound_range = self.of(start), self.of(bound)  # None if they use phi
        if start_range is None or bound_range is None:
            return None
        return self._limited(predicate, shift, start_range, bound_range)

    def _sibling(self, phi: PhiInst, start, latch):
        """The range of `phi` from a sibling induction variable the latch does test."""
        if not isinstance(start, ConstantInt):
            return None
        for other in phi.block.phis:
            if other is phi or len(other.incoming) != 2:
                continue
            steps = [b for v, b in other.incoming if _is_increment(v, other)]
            starts = [v for v, b in other.incoming if not _is_increment(v, other)]
            if steps == [latch] and len(starts) == 1 and isinstance(starts[0], ConstantInt) \
                    and _latch_test(latch, other) is not None:
                found = self.of(other)
                return None if found is None else \
                    interval("add", found, (const(start.value - starts[0].value),) * 2)
        return None

    def _limited(self, predicate: str, shift: int, start, bound):
        lo, hi = start[0], combine("sub", bound[1], const(shift))
        if predicate == "until":
            self.require("sle", combine("add", start[1], const(shift)), bound[0])
            return lo, hi
        if predicate == "below_unsigned":
            self.require("sge", start[0], const(0))
            self.require("sge", bound[0], const(0))
        return lo, combine("smax", start[1], hi)


def interval(op: str, a, b):
    """Interval arithmetic on two ranges."""
    if op == "add":
        return combine("add", a[0], b[0]), combine("add", a[1], b[1])
    if op == "sub":
        return combine("sub", a[0], b[1]), combine("sub", a[1], b[0])
    if b[0] == b[1] and b[0][0] == "const" and b[0][1] >= 0:  # scaled by a constant
        return combine("mul", a[0], b[0]), combine("mul", a[1], b[0])
    if a[0] == a[1] and b[0] == b[1]:  # a single value each: its product
        product = combine("mul", a[0], b[0])
        return product, product
    products = [combine("mul", x, y) for x in a for y in b]
    low, high = products[0], products[0]
    for p in products[1:]:
        low, high = combine("smin", low, p), combine("smax", high, p)
    return low, high


def _is_increment(value, phi) -> bool:
    """`add phi, 1` (nsw when narrower than i64)."""
    return isinstance(value, Instruction) and value.opcode == "add" and \
        value.operands[0] is phi and isinstance(value.operands[1], ConstantInt) and \
        value.operands[1].value == 1 and \
        (value.type.bits == 64 or "nsw" in value.flags.split())


def _latch_test(latch, phi):
    """(how the bound limits phi, C, bound) from the latch's `br (icmp (phi + C), bound)`:
    the predicate under which the loop goes on, normalized to `phi + C <pred> bound`."""
    term = latch.instructions[-1] if latch.instructions else None
    if term is None or term.opcode != "br" or len(term.operands) != 3:
        return None
    cmp, if_true, if_false = term.operands
    if getattr(cmp, "opcode", None) != "icmp" or (if_true is phi.block) == (if_false is phi.block):
        return None
    predicate = cmp.predicate if if_true is phi.block else INVERSE.get(cmp.predicate)
    lhs, rhs = cmp.operands
    shift = _shift_of(lhs, phi)
    if shift is None:
        shift, lhs, rhs, predicate = _shift_of(rhs, phi), rhs, lhs, SWAPPED.get(predicate)
    kind = CONTINUE_PREDICATES.get(predicate)
    if shift is None or kind is None or shift < 0:
        return None
    return kind, shift, rhs


def _shift_of(value, phi):
    """C when `value` is phi + C (C >= 0 a constant; nsw when narrower), else None."""
    if value is phi:
        return 0
    if isinstance(value, Instruction) and value.opcode == "add" and \
            value.operands[0] is phi and isinstance(value.operands[1], ConstantInt) and \
            (value.type.bits == 64 or "nsw" in value.flags.split()):
        return value.operands[1].value
    return None
