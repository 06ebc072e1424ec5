"""Enzyme's C calling convention: find autodiff calls, decode their markers, replace them.

`__enzyme_autodiff(f, args...)` (any callee whose name contains it; `__builtin_autodiff` is a
macro for it) becomes a call to a synthesized `f.gradient`. Each parameter of `f` takes its
activity from a marker argument before it — a load of the global `enzyme_dup`,
`enzyme_dupnoneed`, `enzyme_const` or `enzyme_out` — or by default from its type: pointers
are dup (the next argument is the shadow), integers const, floats out. The adjoints of the
`out` arguments are returned: one as a scalar, several as a struct in argument order (by
value, or through the `sret` pointer the C ABI uses for large structs). Every other
`enzyme_*` global loaded as an argument is a marker too: accepted, or a located error
(markers.py); never an ordinary argument.
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
from .aliasing import reachable_functions
from .entry_points import ALL_ENTRY_POINTS, ENZYME_PREFIX, REVERSE_MODE, UNSUPPORTED_MODES
from .markers import ACTIVITY, FLAGS, is_marker_name, refusal
from .shadow_guard import check_shadow, describe
from .registrations import read_registrations
from .reverse import GradientSpec, GradientSynthesizer
from .custom_gradient import build_adapters
from .split_calls import split_signatures


# C passes bool, char and short through `...` as int: narrowed back like this (bool: != 0,
# which is C's conversion and Enzyme's truncation for the 0 and 1 a promoted bool holds).
NARROW_INT_BITS = (1, 8, 16)


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
    requests = [AutodiffCall(call, debug) for call in nested_first(autodiff_calls(module))]
    # runtime activity is checked in every gradient of the module (they share callees)
    rules.runtime_activity = any("enzyme_runtime_activity" in r.flags for r in requests)
    for request in requests:
        if rules.runtime_activity:
            request.check_shadows_at_run_time()
        request.replace(gradients.get(request.function, request.kinds, request.result_type,
                                      "enzyme_const_return" not in request.flags))
        markers |= request.markers
    remove_unused(module, markers)


def nested_first(calls: list[CallInst]) -> list[CallInst]:
    """Autodiff calls inside code that another autodiff call differentiates come first
    (Enzyme's order for nested derivatives): the outer gradient then differentiates through
    the inner one's synthesized gradient, instead of meeting an autodiff call."""
    reach = {}
    for call in calls:
        target = call.args[0] if call.args else None
        if isinstance(target, Function) and not target.is_declaration and target not in reach:
            reach[target] = set(reachable_functions(target))
    def depth(call: CallInst) -> int:
        return sum(call.function in reached for reached in reach.values())
    return sorted(calls, key=depth, reverse=True)


class GradientCache:
    """One gradient per (function, activities, result type), shared by all call sites, and
    one augmented forward and reverse pair per (function, activities, result kind) for calls
    inside differentiated code."""

    def __init__(self, debug: DebugInfo, rules: CallRules):
        self.debug = debug
        self.rules = rules
        self.gradients: dict[tuple, Function] = {}
        self.pairs: dict[tuple, tuple[Function, Function]] = {}

    def get(self, function: Function, kinds: tuple, result_type: Type,
            seed_result: bool = True) -> Function:
        key = (function, kinds, result_type, seed_result)
        if key not in self.gradients:
            spec = GradientSpec(function, kinds, result_type, seed_result=seed_result)
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
    """Calls of Enzyme's API that enzymec does not implement are located errors, not
    undefined references at link time."""
    for function in module.functions:
        for inst in function.instructions():
            callee = inst.called_function if isinstance(inst, CallInst) else None
            if callee is None or ENZYME_PREFIX not in callee.name:
                continue
            for entry, mode in UNSUPPORTED_MODES.items():
                if entry in callee.name:
                    raise CompileError(f"'{callee.name}' asks for {mode} differentiation, which "
                                       f"enzymec does not support yet", debug.location(inst),
                                       "use __enzyme_autodiff (reverse mode)")
            if callee.is_declaration and REVERSE_MODE not in callee.name:
                raise CompileError(f"'{callee.name}' is a function of Enzyme's API that "
                                   f"enzymec does not provide", debug.location(inst))


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
        self.flags: set[str] = set()
        self.kinds, self.forwarded = self.decode(args[1:])
        self.check_flags()
        self.check_distinct_shadows()
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

    def marker_name(self, value) -> str | None:
        """The marker a value is (a load of an `enzyme_*` global), or None."""
        if isinstance(value, MemoryInst) and value.opcode == "load":
            ptr = value.operands[0]
            if isinstance(ptr, GlobalVariable) and is_marker_name(ptr.name):
                return ptr.name
        return None

    def take_markers(self, queue: list) -> str | None:
        """Consume the markers at the head of `queue`: flags are noted, an unsupported or
        unknown marker is an error; returns the activity they give (the last one wins)."""
        kind = None
        while queue and (name := self.marker_name(queue[0])) is not None:
            problem = refusal(name)
            if problem:
                self.error(f"{problem} (in the autodiff call of '{self.function.name}')")
            self.markers.add(queue.pop(0))
            if name in FLAGS:
                self.flags.add(name)
            else:
                kind = ACTIVITY[name]
        return kind

    def decode(self, args: list) -> tuple[tuple[str, ...], list]:
        """Per-parameter kinds, and the values the gradient is called with."""
        kinds, forwarded, queue = [], [], list(args)
        self.shadow_pairs: list[tuple[int, object, object]] = []
        for param in self.function.args:
            kind = self.take_markers(queue) or default_kind(param.type)
            needed = 2 if kind in ("dup", "dupnoneed") else 1
            if len(queue) < needed:
                self.error(f"too few arguments in the autodiff call of '{self.function.name}': "
                           f"parameter {param.index + 1} ({param.type}) is {kind} and needs "
                           f"{needed} value(s)")
            values = [self.coerce(value, param.type) for value in queue[:needed]]
            forwarded += values
            del queue[:needed]
            if needed == 2:
                self.shadow_pairs.append((param.index, *values))
            if kind == "out" and not isinstance(param.type.scalar, FloatType):
                self.error(f"parameter {param.index + 1} of '{self.function.name}' is marked "
                           f"enzyme_out but has type {param.type}, not a floating-point type")
            kinds.append(kind)
        if self.take_markers(queue) is not None or queue:
            self.error(f"too many arguments in the autodiff call of '{self.function.name}'")
        return tuple(kinds), forwarded

    def check_flags(self) -> None:
        """enzyme_active_return says what is already the default, for float results only;
        it contradicts enzyme_const_return."""
        if "enzyme_active_return" in self.flags and not self.function.return_type.is_float:
            self.error(f"'enzyme_active_return' needs a floating-point result, but "
                       f"'{self.function.name}' returns {self.function.return_type}")
        if {"enzyme_active_return", "enzyme_const_return"} <= self.flags:
            self.error("'enzyme_active_return' and 'enzyme_const_return' contradict each other")

    def check_distinct_shadows(self) -> None:
        """A shadow that is the primal pointer itself (Enzyme's runtime-activity way to say
        "constant") would receive adjoints into the primal memory: refuse it here."""
        for index, primal, shadow in self.shadow_pairs:
            if _without_casts(primal) is _without_casts(shadow):
                self.error(f"the shadow of parameter {index + 1} of '{self.function.name}' is "
                           f"the primal pointer itself, so its adjoints would overwrite the "
                           f"primal memory", "pass distinct shadow memory, or mark the "
                           "parameter enzyme_const")

    def check_shadows_at_run_time(self) -> None:
        """enzyme_runtime_activity: a shadow argument equal to its primal stops the program."""
        b = IRBuilder(self.call.function).position_before(self.call)
        where = self.debug.location(self.call)
        for index, primal, shadow in self.shadow_pairs:
            if primal.type.is_pointer:  # pointers inside byval memory are checked as loaded
                check_shadow(b, primal, shadow, describe(where, f"parameter {index + 1} of "
                                                                f"'{self.function.name}'"))

    def coerce(self, value, ty: Type):
        """Undo C's default promotions through `...`: float to double, and bool, char and
        short to int."""
        if value.type == ty:
            return value
        b = IRBuilder(self.call.function).position_before(self.call)
        if str(value.type) == "double" and str(ty) == "float":
            return b.cast("fptrunc", value, ty, "unpromoted")
        if isinstance(value.type, IntType) and isinstance(ty, IntType) and \
                ty.bits in NARROW_INT_BITS and ty.bits < value.type.bits:
            if ty.bits == 1:
                return b.icmp("ne", value, 0, "unpromoted")
            return b.cast("trunc", value, ty, "unpromoted")
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


def _without_casts(value):
    """The pointer behind bitcasts and address-space casts (the same address)."""
    while getattr(value, "opcode", None) in ("bitcast", "addrspacecast"):
        value = value.operands[0]
    return value


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
        if used or not is_marker_name(value.name) and \
                not any(e in value.name for e in ALL_ENTRY_POINTS):
            continue
        if isinstance(value, Function) and value.is_declaration or \
                isinstance(value, GlobalVariable) and value.is_declaration:
            module.remove(value)
