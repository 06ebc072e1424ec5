"""Reverse mode's calling convention (`__enzyme_autodiff`), Enzyme's way.

Each parameter of `f` takes its activity from a marker argument before it — a load of the
global `enzyme_dup`, `enzyme_dupnoneed`, `enzyme_const` or `enzyme_out` — or by default from
its type: pointers are dup (the next argument is the shadow), integers const, floats out.
The adjoints of the `out` arguments are returned: one as a scalar, several as a struct in
argument order (by value, or through the `sret` pointer the C ABI uses for large structs).
With `enzyme_primal_return` the primal result comes first ({f(x), dx, ...}, Enzyme's order),
so a caller gets the value and the gradient from one run of `f`.
Every other `enzyme_*` global loaded as an argument is a marker too: accepted, or a located
error (markers.py); never an ordinary argument.
"""

from __future__ import annotations

from enzymec.ir import (ArrayType, FloatType, Function, I32, IntType, StructType, Type,
                        VectorType, VOID)
from enzymec.ir.builder import IRBuilder, const_int, zero
from enzymec.analysis.activity import differentiable

from .requests import CallSite, Mode, Request


class ReverseCall(CallSite):
    """One `__enzyme_autodiff(...)` call site, decoded."""

    mode = Mode.REVERSE

    def __init__(self, call, debug):
        self.primal_return = False  # enzyme_primal_return: {f(x), adjoints...}
        super().__init__(call, debug)
        self.result_type = self.gradient_return_type()

    def mode_marker(self, name: str, queue: list) -> bool:
        if name != "enzyme_primal_return":
            return super().mode_marker(name, queue)
        self.primal_return = True
        self.take_marker(queue)
        return True

    def default_kind(self, ty: Type) -> str:
        return default_kind(ty)

    def check_kind(self, kind: str, param) -> None:
        super().check_kind(kind, param)
        if kind == "out" and not isinstance(param.type.scalar, FloatType):
            self.error(f"parameter {param.index + 1} of '{self.function.name}' is marked "
                       f"enzyme_out but has type {param.type}, not a floating-point type",
                       "mark a pointer enzyme_dup (followed by its shadow) or enzyme_const")

    def request(self) -> Request:
        seed = "enzyme_const_return" not in self.flags
        options = (("seed_result", seed),) + ((("primal_return", True),)
                                              if self.primal_return else ())
        return Request(self.function, self.mode, self.kinds, self.result_type, options=options)

    def check_flags(self) -> None:
        """enzyme_active_return says what is already the default, for float results only;
        it contradicts enzyme_const_return."""
        if "enzyme_active_return" in self.flags and not self.function.return_type.is_float:
            self.error(f"'enzyme_active_return' needs a floating-point result, but "
                       f"'{self.function.name}' returns {self.function.return_type}",
                       "remove enzyme_active_return: this result has no derivative")
        if {"enzyme_active_return", "enzyme_const_return"} <= self.flags:
            self.error("'enzyme_active_return' and 'enzyme_const_return' contradict each other")
        if self.primal_return and self.function.return_type == VOID:
            self.error(f"'enzyme_primal_return' asks for the result of '{self.function.name}', "
                       f"which returns void", "remove it")

    def refuse_aggregate_result(self) -> None:
        """Reverse mode seeds the adjoint of a scalar result with 1; a struct of floats
        (a `double _Complex` returned as {double, double}) has no such seed."""
        ret = self.function.return_type
        if isinstance(ret, (StructType, ArrayType)) and differentiable(ret):
            self.error(f"cannot differentiate '{self.function.name}' in reverse mode: it "
                       f"returns {ret} (a complex number or a struct by value), not a scalar",
                       "return a real loss (a real part, |z|^2), or write the result through "
                       "a pointer passed with enzyme_dup")

    def returned_fields(self) -> list[Type]:
        """What the gradient returns, in order: the primal result (enzyme_primal_return),
        then the adjoint of each `out` argument."""
        outs = [p.type for p, k in zip(self.function.args, self.kinds) if k == "out"]
        return [self.function.return_type] + outs if self.primal_return else outs

    def gradient_return_type(self) -> Type:
        self.refuse_aggregate_result()
        outs = self.returned_fields()
        declared = self.call.type
        what = ("the primal result and the derivatives with respect to the active arguments"
                if self.primal_return else "the derivatives with respect to the active arguments")
        if isinstance(declared, VectorType) and len(outs) > 1 and \
                tuple(outs) != (declared.element,) * declared.count:
            self.error(f"the autodiff call returns {declared} but {what} are "
                       f"{', '.join(map(str, outs))}")
        if self.primal_return and len(outs) > 1 and self.sret is None and \
                not isinstance(declared, (StructType, VectorType)) and declared != VOID:
            self.error(f"the autodiff call returns {declared} but with enzyme_primal_return "
                       f"it returns {', '.join(map(str, outs))} ({what})",
                       "declare the entry point to return a struct of those fields, e.g. "
                       "typedef struct { double value, dx; } vg; vg __enzyme_autodiff_vg(void *, "
                       "...) __asm__(\"__enzyme_autodiff\");")
        if self.sret is not None or isinstance(declared, StructType) or len(outs) > 1:
            return StructType(tuple(outs))
        if declared == VOID or not outs:
            return declared
        if str(declared) == "double" and str(outs[0]) == "float":
            return outs[0]  # widened back to the declared double at the call site
        if declared != outs[0]:
            first = "the primal result" if self.primal_return else \
                "the derivative with respect to the active argument"
            self.error(f"the autodiff call returns {declared} but {first} has type {outs[0]}")
        return declared

    def replace(self, gradient: Function) -> None:
        b = IRBuilder(self.call.function).position_before(self.call)
        self.deliver(b, b.call(gradient, self.forwarded, name="gradient"))

    def deliver(self, b: IRBuilder, result) -> None:
        """Hand the adjoints `result` to the call's user as its declared type; erase it."""
        if self.sret is not None:
            b.store(result, self.sret)
        elif self.call.type != VOID and self.call.type == result.type:
            self.call.replace_all_uses_with(result)
        elif isinstance(self.call.type, VectorType) and isinstance(result.type, StructType):
            self.call.replace_all_uses_with(as_vector(b, result, self.call.type))
        elif packed_lanes(self.call.type, result.type):
            self.call.replace_all_uses_with(as_packed(b, result, self.call.type))
        elif str(self.call.type) == "double" and str(result.type) == "float":
            self.call.replace_all_uses_with(b.cast("fpext", result, self.call.type, "widened"))
        elif self.call.uses:
            self.error(f"the autodiff call's result type {self.call.type} does not match the "
                       f"gradient's {result.type}")
        self.erase_call()


def as_vector(b: IRBuilder, aggregate, ty: VectorType):
    """{float, float} as <2 x float>: how the C ABI returns a struct of two floats (or a
    float _Complex) that holds the adjoints of two float arguments."""
    vector = zero(ty)
    for index in range(ty.count):
        element = b.extractvalue(aggregate, [index], ty.element)
        vector = b.insertelement(vector, element, const_int(I32, index))
    return vector


def _lanes(ty) -> list:
    """The scalars of a struct of scalars and vectors, in order."""
    return [lane for element in ty.elements for lane in
            ((element.element,) * element.count if isinstance(element, VectorType)
             else (element,))]


def packed_lanes(declared, result) -> bool:
    """`declared` is how the C ABI returns a struct of 3 or 4 floats ({<2 x float>, float},
    {<2 x float>, <2 x float>}) and `result` the struct of those floats."""
    return isinstance(declared, StructType) and isinstance(result, StructType) and \
        any(isinstance(e, VectorType) for e in declared.elements) and \
        not any(isinstance(e, (StructType, VectorType)) for e in result.elements) and \
        _lanes(declared) == list(result.elements)


def as_packed(b: IRBuilder, aggregate, ty: StructType):
    """The fields of `aggregate` packed into the struct of vectors `ty` (packed_lanes)."""
    packed, field = zero(ty), 0
    for index, element in enumerate(ty.elements):
        if isinstance(element, VectorType):
            part = zero(element)
            for lane in range(element.count):
                value = b.extractvalue(aggregate, [field], element.element)
                part = b.insertelement(part, value, const_int(I32, lane))
                field += 1
        else:
            part = b.extractvalue(aggregate, [field], element)
            field += 1
        packed = b.insertvalue(packed, part, [index])
    return packed


def default_kind(ty: Type) -> str:
    if ty.is_pointer:
        return "dup"
    if isinstance(ty, IntType):
        return "const"
    if isinstance(ty.scalar, FloatType):
        return "out"
    return "const"
