"""Enzyme's C calling convention: find autodiff calls, decode their markers, replace them.

`__enzyme_autodiff(f, args...)` (any callee whose name contains it; `__builtin_autodiff` is a
macro for it) becomes a call to a synthesized `f.gradient`. Each parameter of `f` takes its
activity from a marker argument before it — a load of the global `enzyme_dup`,
`enzyme_dupnoneed`, `enzyme_const` or `enzyme_out` — or by default from its type: pointers
are dup (the next argument is the shadow), integers const, floats out. The adjoints of the
`out` arguments are returned: one as a scalar, several as a struct in argument order (by
value, or through the `sret` pointer the C ABI uses for large structs).
"""

from __future__ import annotations

from enzymec.diagnostics import CompileError
from enzymec.ir import (ArrayType, CallInst, FloatType, Function, GlobalVariable, Instruction,
                        I32, IntType, InvokeInst, MemoryInst, Module, StructType, Type,
                        VectorType, VOID)
from enzymec.ir.builder import IRBuilder, const_int, zero
from enzymec.ir.debuginfo import DebugInfo
from enzymec.analysis.activity import differentiable

from .calls import CallRules
from .entry_points import ALL_ENTRY_POINTS, REVERSE_MODE, UNSUPPORTED_MODES
from .registrations import read_registrations
from .reverse import GradientSpec, GradientSynthesizer
from .custom_gradient import build_adapters
from .split_calls import split_signatures


MARKERS = {"enzyme_dup": "dup", "enzyme_dupnoneed": "dupnoneed", "enzyme_const": "const",
           "enzyme_out": "out", "diffe_const": "const", "diffe_dup": "dup", "diffe_out": "out"}


def autodiff_calls(module: Module) -> list[CallInst]:
    calls = []
    for function in module.functions:
        for inst in function.instructions():
            if isinstance(inst, CallInst):
                callee = inst.called_function
                if callee is not None and REVERSE_MODE in callee.name:
                    calls.append(inst)
    return calls


def differentiate_calls(module: Module) -> None:
    """Replace every autodiff call in `module` by a call to a synthesized gradient."""
    debug = DebugInfo(module)
    refuse_unsupported_modes(module, debug)
    rules = CallRules(read_registrations(module))
    gradients = GradientCache(debug, rules)
    rules.split_pair = gradients.split_pair
    markers: set[Instruction] = set()
    for call in autodiff_calls(module):
        request = AutodiffCall(call, debug)
        request.replace(gradients.get(request.function, request.kinds, request.result_type))
        markers |= request.markers
    remove_unused(module, markers)


class GradientCache:
    """One gradient per (function, activities, result type), shared by all call sites, and
    one augmented forward and reverse pair per (function, activities, result kind) for calls
    inside differentiated code."""

    def __init__(self, debug: DebugInfo, rules: CallRules):
        self.debug = debug
        self.rules = rules
        self.gradients: dict[tuple, Function] = {}
        self.pairs: dict[tuple, tuple[Function, Function]] = {}

    def get(self, function: Function, kinds: tuple, result_type: Type) -> Function:
        key = (function, kinds, result_type)
        if key not in self.gradients:
            spec = GradientSpec(function, kinds, result_type)
            self.gradients[key] = GradientSynthesizer(spec, self.debug, self.rules).run()
        return self.gradients[key]

    def split_pair(self, function: Function, kinds: tuple, result: str, stable: tuple = ()):
        """`function`'s augmented forward and reverse for `kinds`; both are declared and
        registered before their bodies are built, so recursive calls find them. `stable`
        flags the arguments whose memory nothing in the gradient writes."""
        key = (function, kinds, result, stable)
        if key not in self.pairs:
            augmented_type, reverse_type, names = split_signatures(function, kinds, result)
            module = function.module
            pair = []
            for suffix, ty, params in (("augmented", augmented_type, names),
                                       ("reverse", reverse_type,
                                        names + (["d.result"] if result == "out" else []) + ["tape"])):
                fn = Function(module.unique_symbol(f"{function.name}.{suffix}"), ty)
                fn.set_signature(ty, params)
                fn.prefix = "internal"
                module.add_function(fn)
                pair.append(fn)
            self.pairs[key] = tuple(pair)
            custom = self.rules.registrations.gradients.get(function.name)
            if custom is not None:
                build_adapters(function, result == "out", *custom, *pair)
                return self.pairs[key]
            outs = reverse_type.return_type
            spec = GradientSpec(function, kinds, outs, split=tuple(pair), result_kind=result,
                                stable=stable)
            GradientSynthesizer(spec, self.debug, self.rules).run()
        return self.pairs[key]


def refuse_unsupported_modes(module: Module, debug: DebugInfo) -> None:
    for function in module.functions:
        for inst in function.instructions():
            callee = inst.called_function if isinstance(inst, CallInst) else None
            for entry, mode in UNSUPPORTED_MODES.items():
                if callee is not None and entry in callee.name:
                    raise CompileError(f"'{callee.name}' asks for {mode} differentiation, which "
                                       f"enzymec does not support yet", debug.location(inst),
                                       "use __enzyme_autodiff (reverse mode)")


class AutodiffCall:
    """One `__enzyme_autodiff(...)` call site, decoded."""

    def __init__(self, call: CallInst, debug: DebugInfo):
        self.call = call
        self.debug = debug
        args = list(call.args)
        self.sret = None
        if call.arg_attrs and "sret" in call.arg_attrs[0]:
            self.sret = args.pop(0)
        if not args:
            self.error("the autodiff call needs the function to differentiate")
        self.function = self.target_function(args[0])
        self.markers: set[Instruction] = set()
        self.kinds, self.forwarded = self.decode(args[1:])
        self.result_type = self.gradient_return_type()

    def error(self, message: str, note: str = ""):
        raise CompileError(message, self.debug.location(self.call), note)

    def refuse_aggregate_result(self) -> None:
        """Reverse mode seeds the adjoint of a scalar result with 1; a struct of floats
        (a `double _Complex` returned as {double, double}) has no such seed."""
        ret = self.function.return_type
        if isinstance(ret, (StructType, ArrayType)) and differentiable(ret):
            self.error(f"cannot differentiate '{self.function.name}' in reverse mode: it "
                       f"returns {ret} (a complex number or a struct by value), not a scalar",
                       "return a real loss (a real part, |z|^2), or write the result through "
                       "a pointer passed with enzyme_dup")

    def target_function(self, value) -> Function:
        if not isinstance(value, Function):
            self.error("the first argument of the autodiff call must be a function known at "
                       "compile time")
        if value.is_declaration:
            self.error(f"cannot differentiate '{value.name}': its body is not in this "
                       f"translation unit", "compile its definition in the same file")
        return value

    def marker_kind(self, value) -> str | None:
        if isinstance(value, MemoryInst) and value.opcode == "load":
            ptr = value.operands[0]
            if isinstance(ptr, GlobalVariable) and ptr.name in MARKERS:
                return MARKERS[ptr.name]
        return None

    def decode(self, args: list) -> tuple[tuple[str, ...], list]:
        """Per-parameter kinds, and the values the gradient is called with."""
        kinds, forwarded, queue = [], [], list(args)
        for param in self.function.args:
            kind = None
            while queue and self.marker_kind(queue[0]) is not None:
                kind = self.marker_kind(queue[0])
                self.markers.add(queue.pop(0))
            kind = kind or default_kind(param.type)
            needed = 2 if kind in ("dup", "dupnoneed") else 1
            if len(queue) < needed:
                self.error(f"too few arguments in the autodiff call of '{self.function.name}': "
                           f"parameter {param.index + 1} ({param.type}) is {kind} and needs "
                           f"{needed} value(s)")
            for value in queue[:needed]:
                forwarded.append(self.coerce(value, param.type))
            del queue[:needed]
            if kind == "out" and not isinstance(param.type.scalar, FloatType):
                self.error(f"parameter {param.index + 1} of '{self.function.name}' is marked "
                           f"enzyme_out but has type {param.type}, not a floating-point type")
            kinds.append(kind)
        if queue:
            self.error(f"too many arguments in the autodiff call of '{self.function.name}'")
        return tuple(kinds), forwarded

    def coerce(self, value, ty: Type):
        """Undo C's default promotion of a float passed through `...` to double."""
        if value.type == ty:
            return value
        if str(value.type) == "double" and str(ty) == "float":
            return IRBuilder(self.call.function).position_before(self.call).cast(
                "fptrunc", value, ty, "unpromoted")
        self.error(f"an argument of type {value.type} is passed where "
                   f"'{self.function.name}' expects {ty}")

    def gradient_return_type(self) -> Type:
        self.refuse_aggregate_result()
        outs = [p.type for p, k in zip(self.function.args, self.kinds) if k == "out"]
        declared = self.call.type
        if isinstance(declared, VectorType) and len(outs) > 1 and \
                tuple(outs) != (declared.element,) * declared.count:
            self.error(f"the autodiff call returns {declared} but the derivatives with "
                       f"respect to the active arguments are {', '.join(map(str, outs))}")
        if self.sret is not None or isinstance(declared, StructType) or len(outs) > 1:
            return StructType(tuple(outs))
        if declared == VOID or not outs:
            return declared
        if str(declared) == "double" and str(outs[0]) == "float":
            return outs[0]  # widened back to the declared double at the call site
        if declared != outs[0]:
            self.error(f"the autodiff call returns {declared} but the derivative with "
                       f"respect to the active argument has type {outs[0]}")
        return declared

    def replace(self, gradient: Function) -> None:
        b = IRBuilder(self.call.function).position_before(self.call)
        result = b.call(gradient, self.forwarded, name="gradient")
        if self.sret is not None:
            b.store(result, self.sret)
        elif self.call.type != VOID and self.call.type == result.type:
            self.call.replace_all_uses_with(result)
        elif isinstance(self.call.type, VectorType) and isinstance(result.type, StructType):
            self.call.replace_all_uses_with(self.as_vector(b, result, self.call.type))
        elif str(self.call.type) == "double" and str(result.type) == "float":
            self.call.replace_all_uses_with(b.cast("fpext", result, self.call.type, "widened"))
        elif self.call.uses:
            self.error(f"the autodiff call's result type {self.call.type} does not match the "
                       f"gradient's {result.type}")
        if isinstance(self.call, InvokeInst):  # C++: the call was an invoke; keep its edge
            self.replace_invoke_edges(b)
        self.call.erase()

    def replace_invoke_edges(self, b: IRBuilder) -> None:
        """A gradient does not throw: go to the normal destination, drop the unwind edge."""
        block = self.call.block
        normal, unwind = self.call.operands[-2:]
        self.call.drop_operands()
        b.position_at_end(block).br(normal)
        for phi in unwind.phis:
            kept = [x for value, pred in phi.incoming if pred is not block for x in (value, pred)]
            phi.set_operands(kept)

    @staticmethod
    def as_vector(b: IRBuilder, aggregate, ty: VectorType):
        """{float, float} as <2 x float>: how the C ABI returns a struct of two floats (or a
        float _Complex) that holds the adjoints of two float arguments."""
        vector = zero(ty)
        for index in range(ty.count):
            element = b.extractvalue(aggregate, [index], ty.element)
            vector = b.insertelement(vector, element, const_int(I32, index))
        return vector


def default_kind(ty: Type) -> str:
    if ty.is_pointer:
        return "dup"
    if isinstance(ty, IntType):
        return "const"
    if isinstance(ty.scalar, FloatType):
        return "out"
    return "const"


def remove_unused(module: Module, markers: set[Instruction]) -> None:
    """Drop marker loads, then unused declarations of the entry points and markers."""
    for load in markers:
        if not load.uses and load.block is not None:
            load.erase()
    for value in list(module.functions) + list(module.globals):
        used = bool(value.uses)
        if used or value.name not in MARKERS and not any(e in value.name for e in ALL_ENTRY_POINTS):
            continue
        if isinstance(value, Function) and value.is_declaration or \
                isinstance(value, GlobalVariable) and value.is_declaration:
            module.remove(value)
