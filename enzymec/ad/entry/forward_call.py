"""Forward mode's calling convention (`__enzyme_fwddiff`), Enzyme's way.

Each parameter of `f` takes its activity from a marker before it (`enzyme_dup`,
`enzyme_dupnoneed`, `enzyme_const`) or by default from its type: floats and pointers are
dup (the next argument is the tangent, or the shadow memory), integers const. `enzyme_out`
has no meaning in forward mode (a located error). The call returns the tangent of `f`'s
result; with `enzyme_primal_return` the struct {primal, tangent} (Enzyme's order); with
`enzyme_const_return` no tangent (then only the primal, if asked, or nothing). A pointer
result's tangent is its shadow. A struct result comes by value or through the C ABI's sret
pointer.
"""

from __future__ import annotations

from enzymec.ir import (I64, PTR, AllocaInst, ConstantInt, FloatType, Function, IntType,
                        StructType, Type, VectorType, VOID)
from enzymec.ir.builder import IRBuilder, memset_zero, zero
from enzymec.analysis.activity import differentiable

from ..passes.byval_calls import sret_type
from .requests import CallSite, Mode, Request
from .reverse_call import as_vector

# return-convention markers only forward mode knows: marker -> (option, value)
RETURN_MARKERS = {"enzyme_primal_return": ("primal", True),
                  "enzyme_dup_return": ("tangent", True)}


class ForwardCall(CallSite):
    """One `__enzyme_fwddiff(...)` call site, decoded."""

    mode = Mode.FORWARD
    kinds_allowed = ("dup", "dupnoneed", "const")

    def __init__(self, call, debug):
        self.returns = {"primal": False, "tangent": None}
        super().__init__(call, debug)
        self.result_type = self.tangent_return_type()

    def default_kind(self, ty: Type) -> str:
        return default_kind(ty)

    def decode(self, args: list) -> tuple[tuple[str, ...], list]:
        """As every mode decodes, except for a function returning a large struct through
        the C ABI's sret pointer when the call returns one too (`P3 t = fwddiff(g3, x,
        dx, ...)`): the caller passes no value for that hidden parameter, so the primal
        result goes to a scratch copy and its tangent, as that parameter's shadow, straight
        into the call's own result (it was "a double passed where 'g3' expects ptr")."""
        params = self.function.args
        if self.sret is None or not params or "sret" not in params[0].attrs:
            return super().decode(args)
        ty, align = sret_type(self.function.module, params[0].attrs)
        if ty is None:
            return super().decode(args)
        caller = self.call.function
        scratch = AllocaInst(ty, PTR, None, caller.unique_name("sret.primal"), align)
        caller.blocks[0].insert(0, scratch)
        b = IRBuilder(caller).position_before(self.call)
        memset_zero(b, self.sret, ConstantInt(I64, self.function.module.layout.size(ty)))
        decoded = super().decode(args, hidden=(scratch, self.sret))
        if self.returns["primal"]:
            self.error(f"'enzyme_primal_return' asks for the result of '{self.function.name}', "
                       "which it returns through memory (a large struct): the call returns its "
                       "tangent", "call the function itself for its result")
        return decoded

    def check_kind(self, kind: str, param) -> None:
        if kind == "out":
            self.error(f"parameter {param.index + 1} of '{self.function.name}' is marked "
                       f"enzyme_out, which forward mode does not accept",
                       "in forward mode an active argument is followed by its tangent: "
                       "enzyme_dup, x, dx (or no marker)")
        super().check_kind(kind, param)

    def mode_marker(self, name: str, queue: list) -> bool:
        if name not in RETURN_MARKERS:
            return False
        option, value = RETURN_MARKERS[name]
        self.returns[option] = value
        self.take_marker(queue)
        return True

    def check_flags(self) -> None:
        """enzyme_active_return asks for reverse mode's seeded result: not forward's."""
        if "enzyme_active_return" in self.flags:
            self.error("'enzyme_active_return' is a reverse-mode marker; forward mode returns "
                       "the tangent of the result by default", "remove it")
        if "enzyme_const_return" in self.flags:
            if self.returns["tangent"]:
                self.error("'enzyme_dup_return' and 'enzyme_const_return' contradict each "
                           "other", "keep the one you mean")
            self.returns["tangent"] = False
        if self.returns["primal"] and self.function.return_type == VOID:
            self.error(f"'enzyme_primal_return' asks for the result of '{self.function.name}', "
                       f"which returns void", "remove it")

    def wants(self) -> tuple[bool, bool]:
        """(primal, tangent): what the synthesized function returns."""
        ret = self.function.return_type
        has_tangent = ret != VOID and (ret.is_pointer or differentiable(ret))
        tangent = has_tangent if self.returns["tangent"] is None else self.returns["tangent"]
        if tangent and not has_tangent:
            self.error(f"'enzyme_dup_return' asks for the tangent of '{self.function.name}''s "
                       f"result, but {ret} carries no derivative", "remove it")
        return self.returns["primal"], tangent

    def tangent_return_type(self) -> Type:
        ret = self.function.return_type
        primal, tangent = self.wants()
        if primal and tangent:
            return StructType((ret, ret))
        return ret if primal or tangent else VOID

    def request(self) -> Request:
        primal, tangent = self.wants()
        return Request(self.function, self.mode, self.kinds, self.result_type,
                       options=(("primal", primal), ("tangent", tangent), ("top", True)))

    def replace(self, tangent: Function) -> None:
        b = IRBuilder(self.call.function).position_before(self.call)
        result = b.call(tangent, self.forwarded, name="tangent")
        if self.sret is not None and result.type != VOID:
            b.store(result, self.sret)
        elif self.call.type == result.type:
            self.call.replace_all_uses_with(result)
        elif isinstance(self.call.type, StructType) and isinstance(result.type, StructType) \
                and tuple(self.call.type.elements) == tuple(result.type.elements):
            self.call.replace_all_uses_with(as_struct(b, result, self.call.type))
        elif isinstance(self.call.type, VectorType) and isinstance(result.type, StructType) \
                and result.type.elements == (self.call.type.element,) * self.call.type.count:
            # {float, float} (primal and tangent) as the C ABI returns a struct of two floats
            self.call.replace_all_uses_with(as_vector(b, result, self.call.type))
        elif str(self.call.type) == "double" and str(result.type) == "float":
            self.call.replace_all_uses_with(b.cast("fpext", result, self.call.type, "widened"))
        elif self.call.uses:
            self.error(f"the __enzyme_fwddiff call's result type {self.call.type} does not "
                       f"match what forward mode returns here, {result.type}",
                       "declare __enzyme_fwddiff to return the tangent's type (or a struct "
                       "{primal, tangent} with enzyme_primal_return)")
        self.erase_call()


def as_struct(b: IRBuilder, value, ty: StructType):
    """`value` rebuilt field by field as the struct type the call site declares
    ({double, double} as the C struct `pair` the user declared)."""
    result = zero(ty)
    for index, element in enumerate(ty.elements):
        result = b.insertvalue(result, b.extractvalue(value, [index], element), [index])
    return result


def default_kind(ty: Type) -> str:
    """Enzyme's forward default: floats and pointers are duplicated, integers constant."""
    if ty.is_pointer or isinstance(ty.scalar, FloatType):
        return "dup"
    if isinstance(ty, IntType):
        return "const"
    return "dup" if differentiable(ty) else "const"
