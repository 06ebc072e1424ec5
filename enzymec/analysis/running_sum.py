"""Running sums of a loop: a header phi whose increment per iteration is affine in the
iteration number, so that its value at iteration k has a closed form.

The packed index of a triangular nest (`l` in `for i: for j = i + 1 .. d - 1: L[l++]`) is,
after LLVM, a phi P of the outer loop M whose back-edge value is the inner loop's exit value
of a counter started at P: P(k+1) = P(k) + (d - 1 - k). It is neither a loop counter (its
step changes) nor loop-invariant, so the reverse sweep used to tape it every iteration.
With delta(t) = P(t+1) - P(t) = a + b t (a invariant in M, b a constant):

    P(k) = init + a k + b k (k - 1) / 2          (mod 2^width of P)

`running_sum(phi, loop, loop_info, dom)` proves that form or returns None. The back-edge
value is evaluated symbolically as `p P + c + sum(coef v) + s t` (v values defined outside
M, t M's iteration number), through:
- P itself, constants, values defined outside M;
- counters of M (`phi [s, outside], [phi + c, latch]`: s + c t);
- add, sub, shl/mul by a constant, and sext/zext/trunc whose widths are all at least P's
  (every step is then exact modulo 2^width(P), which is all P keeps);
- the exit value of a counter V of a loop I directly inside M, read after I: I has one latch,
  its only exit, leaving on `X == N` (X = C + 1, C a counter of I counting by 1 from S, N
  defined outside I, all 64 bits wide): I's header runs N - S times, so the value of
  `V + c` seen after I is V's start + c (N - S). (A 64-bit counter that does not meet N
  would run 2^64 times: no run completes that way.)
- a phi of two paths in M's body, decided by `br (X <u N)` (or `X != N`) where M's latch
  leaves on `X == N` with X = C + 1 for a counter C of M from 0: that branch takes the
  false side only on M's last iteration (C + 1 counts 1, 2, ... and meets N first), whose
  increment no P(k) with k <= last includes; so the true side's value is the increment.
Anything else (an increment that depends on data, a phi of other paths, a narrower
truncation) is not a running sum.
"""

from __future__ import annotations

from enzymec.ir import ConstantInt, Instruction, PhiInst
from enzymec.ir.types import IntType
from enzymec.records import Record, ValueRecord

MAX_DEPTH = 24
WIDTH_OPS = frozenset({"sext", "zext", "trunc"})


class Affine(ValueRecord):
    """p P + const + sum(coef v for v, coef in terms) + step t."""

    _fields = ("p", "const", "terms", "step")

    def __init__(
            self, p: int = 0, const: int = 0, terms: dict | None = None, step: int = 0
    ) -> None:
        self.p = p
        self.const = const
        self.terms = {} if terms is None else terms
        self.step = step

    def plus(self, other: "Affine", sign: int = 1) -> "Affine":
        terms = dict(self.terms)
        for value, coef in other.terms.items():
            terms[value] = terms.get(value, 0) + sign * coef
        return Affine(self.p + sign * other.p, self.const + sign * other.const,
                      {v: c for v, c in terms.items() if c}, self.step + sign * other.step)

    def scaled(self, factor: int) -> "Affine":
        return Affine(self.p * factor, self.const * factor,
                      {v: c * factor for v, c in self.terms.items() if c * factor},
                      self.step * factor)


class RunningSum(Record):
    """phi = init + base k + slope k (k - 1) / 2 at M's iteration k (base: const + terms)."""

    _fields = ("phi", "init", "const", "terms", "slope")

    def __init__(self, phi: PhiInst, init: object, const: int, terms: dict, slope: int) -> None:
        self.phi = phi
        self.init = init
        self.const = const
        self.terms = terms
        self.slope = slope


def running_sum(phi, loop, loop_info, dom) -> RunningSum | None:
    """The closed form of header phi `phi` of `loop`, or None (module docstring)."""
    if not isinstance(phi, PhiInst) or phi.block is not loop.header \
            or len(phi.incoming) != 2 or len(loop.latches) != 1 \
            or not isinstance(phi.type, IntType):
        return None
    init = [v for v, b in phi.incoming if not loop.contains(b)]
    back = [v for v, b in phi.incoming if b is loop.latches[0]]
    if len(init) != 1 or len(back) != 1:
        return None
    delta = _Evaluator(phi, loop, loop_info, dom).eval(back[0], 0)
    if delta is None or delta.p != 1:
        return None
    return RunningSum(phi, init[0], delta.const, delta.terms, delta.step)


class _Evaluator:
    def __init__(self, phi, loop, loop_info, dom):
        self.phi, self.loop, self.info, self.dom = phi, loop, loop_info, dom
        self.width = phi.type.bits

    def eval(self, value, depth: int) -> Affine | None:
        kind = getattr(value, "type", None)
        if depth > MAX_DEPTH or not isinstance(kind, IntType) or kind.bits < self.width:
            return None
        if value is self.phi:
            return Affine(p=1)
        if isinstance(value, ConstantInt):
            return Affine(const=value.value)
        if self.loop.is_invariant(value):
            return Affine(terms={value: 1})
        if not isinstance(value, Instruction):
            return None
        home = self.info.loop_for(value.block)
        if home is not self.loop:
            return self.exit_value(value, home, depth) if home.parent is self.loop else None
        if isinstance(value, PhiInst):
            return self.eval_phi(value, depth)
        return self.eval_arithmetic(value, depth)

    def eval_arithmetic(self, value, depth: int) -> Affine | None:
        ops = value.operands
        if value.opcode in WIDTH_OPS:
            return self.eval(ops[0], depth + 1)
        if value.opcode in ("add", "sub"):
            left, right = self.eval(ops[0], depth + 1), self.eval(ops[1], depth + 1)
            if left is None or right is None:
                return None
            return left.plus(right, 1 if value.opcode == "add" else -1)
        if value.opcode in ("mul", "shl") and isinstance(ops[1], ConstantInt):
            inner = self.eval(ops[0], depth + 1)
            factor = ops[1].value if value.opcode == "mul" else 1 << ops[1].value
            return None if inner is None else inner.scaled(factor)
        return None

    def eval_phi(self, phi, depth: int) -> Affine | None:
        if phi.block is self.loop.header:
            counter = _counter(phi, self.loop)
            if counter is None or not self.loop.is_invariant(counter[0]):
                return None
            start = self.eval(counter[0], depth + 1)
            return None if start is None else start.plus(Affine(step=counter[1]))
        taken = self.path_before_last(phi)
        return None if taken is None else self.eval(taken, depth + 1)

    def path_before_last(self, phi):
        """The incoming value of a two-way phi that every iteration but M's last takes."""
        if len(phi.incoming) != 2:
            return None
        decider = self.dom.idom(phi.block)
        if decider is None or not self.loop.contains(decider):
            return None
        branch = decider.terminator
        if branch is None or branch.opcode != "br" or len(branch.operands) != 3:
            return None
        cond, on_true, on_false = branch.operands
        if not self.false_only_last(cond):
            return None
        sides = [self.side(block, decider, on_true, on_false, phi.block)
                 for _, block in phi.incoming]
        if sorted(sides, key=str) != [False, True]:
            return None
        return phi.incoming[sides.index(True)][0]

    def side(self, block, decider, on_true, on_false, join):
        """True/False: the edge `block -> join` lies on that side of `decider`'s branch."""
        if block is decider:
            return True if on_true is join and on_false is not join else \
                False if on_false is join and on_true is not join else None
        for successor, answer in ((on_true, True), (on_false, False)):
            if successor is not join and self.dom.dominates(successor, block):
                return answer
        return None

    def false_only_last(self, cond) -> bool:
        """`cond` is `X != N`, or `X <u N` with X 64 bits wide, where M's latch leaves on
        `X == N`, X = C + 1 for a counter C of M from 0 by 1: false on M's last iteration
        only (`<u` also needs N > 0: with N = 0 a 64-bit X would count 2^64 iterations)."""
        if not isinstance(cond, Instruction) or cond.opcode != "icmp" \
                or cond.predicate not in ("ult", "ne") or (
                    cond.predicate == "ult"
                    and getattr(cond.operands[0].type, "bits", 0) != 64):
            return False
        exit_test = _exit_test(self.loop)
        return exit_test is not None and exit_test == (cond.operands[0], cond.operands[1]) \
            and _counts_from_zero(cond.operands[0], self.loop)

    def exit_value(self, value, inner, depth: int) -> Affine | None:
        """`V + c` of a counter V of `inner` (a loop directly in M) as seen after `inner`."""
        counter = _counter(_first_operand(value), inner)
        runs = _header_runs(inner)
        if counter is None or runs is None or counter[2] is not value \
                or not self.dom.dominates(value.block, inner.latches[0]):
            return None
        start, bound, begin = (self.eval(v, depth + 1) for v in (counter[0], *runs))
        if start is None or bound is None or begin is None:
            return None
        return start.plus(bound.plus(begin, -1).scaled(counter[1]))


def _counter(phi, loop):
    """(start, step, next) when `phi` is `phi [start, outside], [next = phi + step, latch]`
    of `loop`."""
    if not isinstance(phi, PhiInst) or phi.block is not loop.header or len(phi.incoming) != 2:
        return None
    start = [v for v, b in phi.incoming if not loop.contains(b)]
    nxt = [v for v, b in phi.incoming if loop.contains(b)]
    if len(start) != 1 or len(nxt) != 1 or not _is_step(nxt[0], phi):
        return None
    return start[0], nxt[0].operands[1].value, nxt[0]


def _is_step(value, phi) -> bool:
    return (isinstance(value, Instruction) and value.opcode == "add"
            and value.operands[0] is phi and isinstance(value.operands[1], ConstantInt))


def _exit_test(loop):
    """(X, N) when `loop`'s one latch, its only exiting block, leaves exactly on X == N
    (N defined outside the loop)."""
    if len(loop.latches) != 1 or loop.exiting != loop.latches:
        return None
    branch = loop.latches[0].terminator
    if branch is None or branch.opcode != "br" or len(branch.operands) != 3:
        return None
    cond, first, second = branch.operands
    if not isinstance(cond, Instruction) or cond.opcode != "icmp" \
            or cond.predicate not in ("eq", "ne") or not loop.is_invariant(cond.operands[1]):
        return None
    leaves_on_true = not loop.contains(first) and loop.contains(second)
    leaves_on_false = loop.contains(first) and not loop.contains(second)
    if (cond.predicate == "eq") != leaves_on_true or (cond.predicate == "ne") != leaves_on_false:
        return None
    return cond.operands[0], cond.operands[1]


def _header_runs(loop):
    """(N, S): the header of `loop` runs N - S times per entry when its latch leaves on
    `C + 1 == N` for a 64-bit counter C counting by 1 from S."""
    test = _exit_test(loop)
    if test is None or getattr(test[0].type, "bits", 0) != 64:
        return None
    x, bound = test
    counter = _counter(_first_operand(x), loop)
    if counter is None or counter[1] != 1 or counter[2] is not x:
        return None
    return bound, counter[0]


def _counts_from_zero(x, loop) -> bool:
    """X = C + 1 for a counter C of `loop` from 0 by 1."""
    counter = _counter(_first_operand(x), loop)
    return (counter is not None and counter[1] == 1 and counter[2] is x
            and isinstance(counter[0], ConstantInt) and counter[0].value == 0)


def _first_operand(value):
    """The first operand of an instruction, else None."""
    return value.operands[0] if isinstance(value, Instruction) and value.operands else None
