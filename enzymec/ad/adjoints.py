"""Per-opcode adjoint rules, registered as data (like autograd's `defvjp`).

A rule receives the reverse builder `b`, the forward instruction and the adjoint `dy` of its
result, and returns one contribution per operand (None: nothing flows to that operand). A
contribution that needs forward values is written as a thunk (`lambda: ...`), so the engine
only evaluates it for an active operand and no forward value is taped in vain. The
engine does the bookkeeping once: rules never test activity, never accumulate, and reach
forward values only through `b.primal(...)`, which hides whether a value is reused,
recomputed or read back from the tape. Loads, stores, phis and calls are handled by the
engine and `calls.py`, since they touch shadow memory or other functions.
"""

from __future__ import annotations

from typing import Callable

ADJOINTS: dict[str, Callable] = {}

# opcodes whose result never carries a derivative (integers, comparisons)
INACTIVE = frozenset({"icmp", "fcmp", "fptosi", "fptoui", "ptrtoint", "inttoptr", "trunc",
                      "zext", "sext", "add", "sub", "mul", "udiv", "sdiv", "urem", "srem",
                      "shl", "lshr", "ashr", "and", "or", "xor", "alloca", "getelementptr",
                      "fence", "va_arg", "landingpad"})


def adjoint(*opcodes: str):
    def register(rule: Callable) -> Callable:
        for opcode in opcodes:
            ADJOINTS[opcode] = rule
        return rule
    return register


@adjoint("fadd")
def _fadd(b, inst, dy):
    return dy, dy


@adjoint("fsub")
def _fsub(b, inst, dy):
    return dy, b.fneg(dy)


@adjoint("fmul")
def _fmul(b, inst, dy):
    x, y = inst.operands
    return lambda: b.fmul(dy, b.primal(y)), lambda: b.fmul(dy, b.primal(x))


@adjoint("fdiv")
def _fdiv(b, inst, dy):
    x, y = inst.operands
    return (lambda: b.fdiv(dy, b.primal(y)),
            lambda: b.fneg(b.fdiv(b.fmul(dy, b.primal(inst)), b.primal(y))))


@adjoint("frem")
def _frem(b, inst, dy):
    x, y = inst.operands
    return dy, lambda: b.fneg(b.fmul(dy, b.math("trunc", b.fdiv(b.primal(x), b.primal(y)))))


@adjoint("fneg")
def _fneg(b, inst, dy):
    return (b.fneg(dy),)


@adjoint("freeze")
def _freeze(b, inst, dy):
    return (dy,)


@adjoint("fpext")
def _fpext(b, inst, dy):
    return (b.cast("fptrunc", dy, inst.operands[0].type),)


@adjoint("fptrunc")
def _fptrunc(b, inst, dy):
    return (b.cast("fpext", dy, inst.operands[0].type),)


@adjoint("sitofp", "uitofp")
def _int_to_float(b, inst, dy):
    return (None,)


@adjoint("select")
def _select(b, inst, dy):
    cond = b.lazy_primal(inst.operands[0])
    return (None, lambda: b.select(cond, dy, b.value(0.0, dy)),
            lambda: b.select(cond, b.value(0.0, dy), dy))


@adjoint("extractvalue")
def _extractvalue(b, inst, dy):
    aggregate = inst.operands[0]
    return (b.insertvalue(b.zero(aggregate.type), dy, inst.indices),)


@adjoint("insertvalue")
def _insertvalue(b, inst, dy):
    aggregate, element = inst.operands
    return (lambda: b.insertvalue(dy, b.zero(element.type), inst.indices),
            lambda: b.extractvalue(dy, inst.indices, element.type))


@adjoint("extractelement")
def _extractelement(b, inst, dy):
    vector, index = inst.operands
    return lambda: b.insertelement(b.zero(vector.type), dy, b.primal(index)), None


@adjoint("insertelement")
def _insertelement(b, inst, dy):
    vector, element, index = inst.operands
    index = b.lazy_primal(index)
    return (lambda: b.insertelement(dy, b.zero(element.type), b.value(index, index)),
            lambda: b.extractelement(dy, b.value(index, index), element.type), None)
