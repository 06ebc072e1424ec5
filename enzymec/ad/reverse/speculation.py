"""Values computed only to be chosen between: the arms of a `select` that LLVM made of a
branch (`x < 0 ? -sqrt(-x) : sqrt(x)` computes both square roots, one of them of a negative
number), and everything computed only for them.

In the reverse sweep the arm not chosen receives an adjoint of exactly zero, which is right,
but its rule multiplies that zero by its local partial, which in the arm not taken may be
infinite or NaN (1/(2 sqrt(-0.7)) is NaN), and 0 * NaN = NaN would then flow into the
operands, which are real values of the program: a NaN gradient where the source has none.
For these values only, each contribution is `dy == 0 ? 0 : contribution` (Enzyme's "strong
zero", applied where it is needed). Values the program also uses elsewhere are not guarded:
if their partial is not finite, the derivative through that use is not finite either.
"""

from __future__ import annotations

from enzymec.ir import (ArrayType, FloatType, Function, Instruction, PhiInst, StructType,
                        VectorType)


def select_only_values(fn: Function) -> set[Instruction]:
    """The instructions of `fn` whose every use is an arm of a select or another such
    instruction (the greatest such set; phis are never in it, nor are their operands
    through them, since a phi's adjoint follows only the edge taken)."""
    candidates = {inst for inst in fn.instructions()
                  if inst.uses and not isinstance(inst, PhiInst) and not inst.is_terminator
                  and isinstance(inst.type.scalar, FloatType)}
    # a worklist: dropping an instruction can only disqualify its operands, so only they
    # are looked at again (sweeping every candidate until nothing changes took one sweep
    # per link of a chain: quadratic on long straight-line code)
    work = list(candidates)
    while work:
        inst = work.pop()
        if inst not in candidates:
            continue
        if not all(_speculative_use(user, index, candidates) for user, index in inst.uses):
            candidates.discard(inst)
            work.extend(op for op in inst.operands if op in candidates)
    return candidates


def _speculative_use(user, index: int, candidates: set) -> bool:
    if getattr(user, "opcode", None) == "select":
        return index in (1, 2)
    return user in candidates


def guard_zero_adjoint(b, dy, contributions: list) -> list:
    """Each contribution as `dy == 0 ? 0 : contribution` (thunks stay thunks)."""
    if isinstance(dy.type, (StructType, ArrayType)):
        return contributions
    test = []

    def is_zero():
        if not test:
            test.append(b.fcmp("oeq", dy, b.value(0.0, dy)))
        return test[0]

    def guarded(contribution):
        def make():
            value = contribution() if callable(contribution) else contribution
            if not _same_shape(value.type, dy.type):
                return value
            return b.select(is_zero(), b.zero(value.type), value)
        return make

    return [None if c is None else guarded(c) for c in contributions]


def _same_shape(value_type, dy_type) -> bool:
    """The zero test of a vector adjoint guards only vectors of its length; a scalar test
    guards anything."""
    if isinstance(dy_type, VectorType):
        return isinstance(value_type, VectorType) and value_type.count == dy_type.count
    return not isinstance(value_type, (StructType, ArrayType))
