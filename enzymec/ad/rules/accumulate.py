"""Adjoint values: the empty adjoint and the sum of two, for every type an adjoint can have
(floats, vectors, and element by element structs and arrays). Shared by the engine, shadow
memory and split calls, which all add contributions into adjoints."""

from __future__ import annotations

from enzymec.analysis.activity import differentiable
from enzymec.ir import ArrayType, StructType, Type, Value
from enzymec.ir.builder import IRBuilder, const_float, zero

from .fused_add import add_contribution


def add_adjoints(b: IRBuilder, a: Value, c: Value) -> Value:
    """a + c for floats and vectors (fused_add.py); element by element for structs and
    arrays."""
    ty = a.type
    if not isinstance(ty, (StructType, ArrayType)):
        return add_contribution(b, a, c)
    elements = ty.elements if isinstance(ty, StructType) else [ty.element] * ty.count
    result = a
    for index, element_type in enumerate(elements):
        if differentiable(element_type):
            x = b.extractvalue(a, [index], element_type)
            y = b.extractvalue(c, [index], element_type)
            result = b.insertvalue(result, add_adjoints(b, x, y), [index])
    return result


def adjoint_zero(ty: Type) -> Value:
    """The empty adjoint: -0.0, not 0.0, because `-0.0 + x` folds to `x` exactly (LLVM may
    not fold `0.0 + x`, which differs from `x` when x is -0.0)."""
    if isinstance(ty, (StructType, ArrayType)):
        return zero(ty)
    return const_float(ty, -0.0)
