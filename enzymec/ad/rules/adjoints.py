"""Per-opcode derivative rules, registered as data (like autograd's `defvjp` and `defjvp`):
each opcode's tangent (forward mode, JVP) and adjoint (reverse mode, its transpose) side by
side, so both modes read one table.

A tangent rule receives the builder `b` (placed after the instruction), the instruction and
the tangent of each operand (None: zero, an inactive operand) and returns the tangent of the
result (None: zero). `tsum` adds the terms that are not None.

An adjoint rule receives the reverse builder `b`, the forward instruction and the adjoint `dy` of its
result, and returns one contribution per operand (None: nothing flows to that operand). A
contribution that needs forward values is written as a thunk (`lambda: ...`), so the engine
only evaluates it for an active operand and no forward value is taped in vain. The
engine does the bookkeeping once: rules never test activity, never accumulate, and reach
forward values only through `b.primal(...)`, which hides whether a value is reused,
recomputed or read back from the tape. Loads, stores, phis and calls are handled by the
engine and `calls.py`, since they touch shadow memory or other functions.
"""

from __future__ import annotations

from collections.abc import Callable

from enzymec.ir import I32, Instruction
from enzymec.ir.values import ConstantSplat

ADJOINTS: dict[str, Callable] = {}
TANGENTS: dict[str, Callable] = {}

# opcodes whose result never carries a derivative (integers, comparisons)
INACTIVE = frozenset({"icmp", "fcmp", "fptosi", "fptoui", "ptrtoint", "inttoptr", "trunc",
                      "zext", "sext", "add", "sub", "mul", "udiv", "sdiv", "urem", "srem",
                      "shl", "lshr", "ashr", "and", "or", "xor", "alloca", "getelementptr",
                      "fence", "va_arg", "landingpad"})


def adjoint(*opcodes: str, tangent: Callable):
    """Register the decorated adjoint rule and its `tangent` rule for `opcodes`."""
    def register(rule: Callable) -> Callable:
        for opcode in opcodes:
            ADJOINTS[opcode] = rule
            TANGENTS[opcode] = tangent
        return rule
    return register


def tsum(b, *terms):
    """The sum of the terms that are not None (None if there are none)."""
    found = [t for t in terms if t is not None]
    if not found:
        return None
    total = found[0]
    for term in found[1:]:
        total = b.fadd(total, term)
    return total


def _scaled(b, d, factor):
    return None if d is None else b.fmul(d, factor)


def _neg(b, d):
    return None if d is None else b.fneg(d)


def _or_zero(b, d, ty):
    return b.zero(ty) if d is None else d


def _unary(make):
    """A tangent rule applying `make(b, inst, d)` to the one operand's tangent."""
    return lambda b, inst, d: None if d[0] is None else make(b, inst, d[0])


@adjoint("fadd", tangent=lambda b, inst, d: tsum(b, *d))
def _fadd(b, inst, dy):
    return dy, dy


@adjoint("fsub", tangent=lambda b, inst, d: tsum(b, d[0], _neg(b, d[1])))
def _fsub(b, inst, dy):
    return dy, b.fneg(dy)


@adjoint("fmul", tangent=lambda b, inst, d: tsum(
    b, _scaled(b, d[0], inst.operands[1]), _scaled(b, d[1], inst.operands[0])))
def _fmul(b, inst, dy):
    x, y = inst.operands
    return lambda: b.fmul(dy, b.primal(y)), lambda: b.fmul(dy, b.primal(x))


@adjoint("fdiv", tangent=lambda b, inst, d: tsum(
    b, None if d[0] is None else b.fdiv(d[0], inst.operands[1]),
    None if d[1] is None else b.fneg(b.fdiv(b.fmul(d[1], inst), inst.operands[1]))))
def _fdiv(b, inst, dy):
    x, y = inst.operands
    return (lambda: b.fdiv(dy, b.primal(y)),
            lambda: b.fneg(b.fdiv(b.fmul(dy, b.primal(inst)), b.primal(y))))


@adjoint("frem", tangent=lambda b, inst, d: tsum(
    b, d[0], _scaled(b, d[1], b.fneg(b.math("trunc", b.fdiv(*inst.operands))))))
def _frem(b, inst, dy):
    x, y = inst.operands
    return dy, lambda: b.fneg(b.fmul(dy, b.math("trunc", b.fdiv(b.primal(x), b.primal(y)))))


@adjoint("fneg", tangent=_unary(lambda b, inst, d: b.fneg(d)))
def _fneg(b, inst, dy):
    return (b.fneg(dy),)


@adjoint("freeze", tangent=_unary(lambda b, inst, d: d))
def _freeze(b, inst, dy):
    return (dy,)


@adjoint("fpext", tangent=_unary(lambda b, inst, d: b.cast("fpext", d, inst.type)))
def _fpext(b, inst, dy):
    return (b.cast("fptrunc", dy, inst.operands[0].type),)


@adjoint("fptrunc", tangent=_unary(
    lambda b, inst, d: b.cast("fptrunc", d, inst.type)))
def _fptrunc(b, inst, dy):
    return (b.cast("fpext", dy, inst.operands[0].type),)


@adjoint("sitofp", "uitofp", tangent=lambda b, inst, d: None)
def _int_to_float(b, inst, dy):
    return (None,)


@adjoint("select", tangent=lambda b, inst, d: None if d[1] is None and d[2] is None else
         b.select(inst.operands[0], _or_zero(b, d[1], inst.type), _or_zero(b, d[2], inst.type)))
def _select(b, inst, dy):
    cond = b.lazy_primal(inst.operands[0])
    return (None, lambda: b.select(cond, dy, b.value(0.0, dy)),
            lambda: b.select(cond, b.value(0.0, dy), dy))


@adjoint("extractvalue", tangent=_unary(
    lambda b, inst, d: b.extractvalue(d, inst.indices, inst.type)))
def _extractvalue(b, inst, dy):
    aggregate = inst.operands[0]
    return (b.insertvalue(b.zero(aggregate.type), dy, inst.indices),)


@adjoint("insertvalue", tangent=lambda b, inst, d: None if d[0] is None and d[1] is None
         else b.insertvalue(_or_zero(b, d[0], inst.type),
                            _or_zero(b, d[1], inst.operands[1].type), inst.indices))
def _insertvalue(b, inst, dy):
    aggregate, element = inst.operands
    return (lambda: b.insertvalue(dy, b.zero(element.type), inst.indices),
            lambda: b.extractvalue(dy, inst.indices, element.type))


@adjoint("extractelement", tangent=_unary(
    lambda b, inst, d: b.extractelement(d, inst.operands[1], inst.type)))
def _extractelement(b, inst, dy):
    vector, index = inst.operands
    return lambda: b.insertelement(b.zero(vector.type), dy, b.primal(index)), None


@adjoint("insertelement", tangent=lambda b, inst, d: None if d[0] is None and d[1] is None
         else b.insertelement(_or_zero(b, d[0], inst.type),
                              _or_zero(b, d[1], inst.operands[1].type), inst.operands[2]))
def _insertelement(b, inst, dy):
    vector, element, index = inst.operands
    index = b.lazy_primal(index)
    return (lambda: b.insertelement(dy, b.zero(element.type), b.value(index, index)),
            lambda: b.extractelement(dy, b.value(index, index), element.type), None)


def shuffle_mask(mask) -> list:
    """The lanes of a shufflevector mask (None for a poison or undef lane)."""
    if getattr(mask, "keyword", "") == "zeroinitializer":
        return [0] * mask.type.count
    if getattr(mask, "keyword", "") in ("poison", "undef"):
        return [None] * mask.type.count
    if isinstance(mask, ConstantSplat):
        return [mask.operands[0].value] * mask.type.count
    return [getattr(lane, "value", None) for lane in mask.operands]


def _shuffle_adjoint_of(b, inst, dy, source: int):
    """The adjoint of shufflevector operand `source` (0 or 1): each result lane's adjoint
    added into the lane of that operand it was taken from."""
    vector = inst.operands[source]
    count, element = vector.type.count, vector.type.element
    adjoint = b.zero(vector.type)
    for lane, taken in enumerate(shuffle_mask(inst.operands[2])):
        if taken is None or taken // count != source:
            continue
        at = b.value(taken % count, I32)
        old = b.extractelement(adjoint, at, element)
        part = b.extractelement(dy, b.value(lane, I32), element)
        adjoint = b.insertelement(adjoint, b.fadd(old, part), at)
    return adjoint


@adjoint("shufflevector", tangent=lambda b, inst, d: None if d[0] is None and d[1] is None
         else b.insert(Instruction("shufflevector", inst.type,
                                   [_or_zero(b, d[0], inst.operands[0].type),
                                    _or_zero(b, d[1], inst.operands[1].type),
                                    inst.operands[2]]), "shuffled"))
def _shufflevector(b, inst, dy):
    return (lambda: _shuffle_adjoint_of(b, inst, dy, 0),
            lambda: _shuffle_adjoint_of(b, inst, dy, 1), None)
