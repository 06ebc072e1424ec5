"""A value as its float and double elements: a scalar is one, `<2 x float>` two, and a
struct or array of scalars (`{double, double}`, `{double, i32}`) one per floating-point
field. Math rules with several inputs or outputs (multimath.py) see calls this way, whatever
the C ABI made of a complex number.
"""

from __future__ import annotations

from enzymec.ir import I32, ArrayType, FloatType, StructType, Type, VectorType
from enzymec.ir.builder import zero


def leaves(ty: Type) -> list | None:
    """(how to reach it, type) of each float/double element of `ty`; None if `ty` holds a
    floating-point type this module does not handle (long double, nested aggregates)."""
    if isinstance(ty, FloatType):
        return [((), ty)] if ty.kind in ("float", "double") else None
    if isinstance(ty, VectorType):
        inner = leaves(ty.element)
        return None if inner is None else [(("element", i), ty.element)
                                          for i in range(ty.count) if inner]
    if isinstance(ty, (StructType, ArrayType)):
        elements = ty.elements if isinstance(ty, StructType) else [ty.element] * ty.count
        found = []
        for index, element in enumerate(elements):
            inner = leaves(element)
            if inner is None or inner and inner[0][0]:
                return None
            found += [(("value", index), element)] if inner else []
        return found
    return []


def extract(b, value, path, ty):
    """The element of `value` at `path` (one of `leaves(value.type)`), of type `ty`."""
    if not path:
        return b.value(value, value)
    kind, index = path
    if kind == "element":
        return b.extractelement(b.value(value, value), b.value(index, I32), ty)
    return b.extractvalue(b.value(value, value), [index], ty)


def pack(b, ty: Type, parts: list):
    """A value of `ty` holding `parts` (None: zero) at its float elements, or None if all
    are None."""
    if all(p is None for p in parts):
        return None
    paths = leaves(ty)
    if paths == [((), ty)]:
        return parts[0]
    result = zero(ty)
    for (path, element), part in zip(paths, parts):
        if part is None:
            continue
        kind, index = path
        if kind == "element":
            result = b.insertelement(result, b.value(part, element), b.value(index, I32))
        else:
            result = b.insertvalue(result, b.value(part, element), [index])
    return result


def float_arguments(call) -> list:
    """(argument index, its element paths) of the call's floating-point inputs."""
    found = []
    for index, arg in enumerate(call.args):
        paths = leaves(arg.type)
        if paths:
            found.append((index, paths))
    return found
