"""Poison lanes of floating-point vectors become zeros before AD.

clang's vector code leaves lanes nobody reads poison: `shufflevector %v, poison, <1, poison>`
(instcombine's fold of `w[0] * w[1]` on a GCC vector type), an `insertelement` into a poison
vector. The primal never looks at them, but the reverse does: the adjoint of `a * b` adds
`dy * b` into `a`'s, lane by lane, and a lane whose adjoint is zero gets `0 * poison`, which
is poison, which LLVM folds to NaN once it travels on through a shuffle into a lane that is
read (d/dy of `v = {x, y}; w = v + v; w[0] * w[1]` came out NaN at -O1 and above).

Poison may be refined to any value, so the gradient's copy of the function gives those lanes
the value 0.0: a poison or undef vector operand becomes zeroinitializer, and a shuffle's
poison mask lane is set to 0.0 after the shuffle. The primal computes the same, and every
product with such a lane is a true zero.
"""

from __future__ import annotations

from enzymec.ir import I32, Function, Instruction
from enzymec.ir.builder import IRBuilder, zero

from ..rules.adjoints import shuffle_mask

_UNDEFINED = ("poison", "undef")


def define_poison_lanes(function: Function) -> None:
    """Refine the poison lanes of `function`'s floating-point vectors to 0.0 (module doc)."""
    for inst in list(function.instructions()):
        if not _float_vector(inst.type):
            continue
        for index, operand in enumerate(inst.operands):
            if getattr(operand, "keyword", "") in _UNDEFINED and _float_vector(operand.type):
                inst.set_operand(index, zero(operand.type))
        if inst.opcode == "shufflevector":
            _zero_poison_lanes(function, inst)


def _float_vector(ty) -> bool:
    return getattr(ty, "count", None) is not None and ty.scalar.is_float


def _zero_poison_lanes(function: Function, shuffle: Instruction) -> None:
    lanes = [lane for lane, taken in enumerate(shuffle_mask(shuffle.operands[2]))
             if taken is None]
    if not lanes:
        return
    uses = list(shuffle.uses)
    b = IRBuilder(function).position_before(shuffle.next_instruction())
    value = shuffle
    for lane in lanes:
        value = b.insertelement(value, zero(shuffle.type.element), b.value(lane, I32),
                                (shuffle.name or "shuffle") + ".defined")
    for user, index in uses:
        user.set_operand(index, value)
