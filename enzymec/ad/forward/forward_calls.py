"""Calls in forward mode: the tangent of each kind of call, and a located error for a call
whose tangent cannot be formed.

- inactive and mirrored calls: nothing (memory.py mirrors the latter on the shadows);
- memory functions: memset clears the shadow, memcpy/memmove copy it (or clear it when the
  source has none), free and realloc free the shadow enzymec allocated;
- math functions by the same tables reverse mode uses: the tangent is the sum of each
  partial (mathfns.py, enzymec's registered partials) times its operand's tangent; the
  functions with several inputs or outputs (multimath.py, complexfns.py) by their
  vector-Jacobian product, applied to each output's unit seed (its Jacobian row);
- Enzyme's custom forward derivatives (`__enzyme_register_derivative_NAME`): the user's
  function, given each argument followed by its tangent or shadow, returns {primal,
  tangent} (or nothing for a void function), and replaces the call;
- functions with a body that inlining left (recursion, `ENZYMEC_AD_INLINE=0`): a call of
  the callee's own tangent function from the cache, which returns {primal, tangent}.
"""

from __future__ import annotations

from types import SimpleNamespace

from enzymec.analysis import PointerOrigins
from enzymec.ir import I32, I64, PTR, VOID, CallInst, ConstantInt, FunctionType, Instruction, StructType
from enzymec.ir.builder import IRBuilder, declare_function, zero

from ..explain import explain_record as explain
from ..memory import foreign_realloc
from ..rules import heap
from ..rules.adjoints import tsum
from ..calls.call_kinds import FORWARD
from ..calls.split_calls import is_null
from ..rules.float_leaves import extract, float_arguments, leaves, pack
from ..rules.runtime_calls import runtime_function
from ..rules.mathfns import BINARY, FLAT, TERNARY, UNARY
from ..entry.requests import Mode, Request
from ..rules.rule_builder import TangentBuilder

# functions of several arguments whose partials can be infinite or NaN at finite arguments
# where the function is differentiable along some directions
CHECKED_PRODUCTS = frozenset({"pow", "atan2", "hypot"})


class CallTangents:
    """The calls of one tangent function (its context `ctx`, function_context.py, whose
    `tangents` this fills for the calls it replaces; `shadows`: its memory.Shadows;
    `hooks`: its call_context.CallContext, the one the shadows made)."""

    def __init__(self, ctx, shadows):
        self.ctx = ctx
        self.shadows = shadows
        self.hooks = shadows.hooks
        self.calls = ctx.calls
        self.replaced: dict = {}   # call -> namespace(primal, shadow) once replaced
        self.freed: dict = {}      # deallocation call -> alignment of the shadow to free
        # a call replaced while shadows are made (it returns a pointer) has no tangents of
        # its arguments yet: placeholders stand for them until `resolve_placeholders`
        self.emitting = False
        self.placeholders: dict = {}

    # -- checks -----------------------------------------------------------------------------
    def check(self, call: CallInst) -> None:
        """Fail, with the call's location, if its tangent cannot be formed (the forward
        check of the call's kind, call_kinds.py)."""
        check = self.calls.kind(call, FORWARD).check_forward
        if check is not None:
            check(self.hooks, call)

    def carries(self, call: CallInst) -> bool:
        """A tangent may pass through `call`: an active result or argument, shadowed memory,
        or shadowed globals its callee uses."""
        act = self.ctx.activity
        if self.calls.carries_derivatives(call, act) or any(act.is_active(a) for a in call.args):
            return True
        callee = call.called_function
        return callee is not None and not callee.is_declaration and \
            self.calls.may_keep_arguments(call) and \
            bool(self.calls.globals_used_by(callee) & act.shadowed)

    def forward_derivative(self, call: CallInst):
        name = self.calls.name(call)
        return self.calls.registrations.forward_derivatives.get(name) if name else None

    def check_forward_derivative(self, call: CallInst) -> None:
        """The user's derivative takes each argument followed by its tangent or shadow (none
        for integers) and returns {primal, tangent} (nothing for a void function)."""
        derivative = self.forward_derivative(call)
        expected = tuple(self.derivative_params(call))
        ret = call.type
        want = VOID if ret == VOID else StructType((ret, ret))
        found = derivative.function_type
        if tuple(found.params) != expected or found.return_type != want:
            self.ctx.fail(call, f"the forward derivative '{derivative.name}' registered for "
                              f"'{self.calls.name(call)}' has type {found}, but forward mode "
                              f"calls it as {want} ({', '.join(map(str, expected))})",
                          "each argument is followed by its tangent or shadow (integers by "
                          "nothing); it returns {primal, tangent}")
        for arg in call.args:
            if arg.type.is_pointer and not self.ctx.activity.points_into_shadowed(arg):
                self.ctx.fail(call, f"the forward derivative '{derivative.name}' needs the "
                                  f"shadow of every pointer argument, but one here points "
                                  f"into memory without derivative",
                              "pass memory with a shadow (enzyme_dup) to this call")

    @staticmethod
    def derivative_params(call: CallInst):
        for arg in call.args:
            yield arg.type
            if not arg.type.is_integer:
                yield arg.type

    # -- emission ---------------------------------------------------------------------------
    def emit(self, call: CallInst) -> None:
        """The tangent of `call`, by its kind (call_kinds.py); nothing once replaced."""
        if call in self.replaced:
            return
        tangent = self.calls.kind(call, FORWARD).tangent
        if tangent is not None:
            tangent(self.hooks, call)

    def builder(self, call: CallInst) -> TangentBuilder:
        return TangentBuilder(self.ctx.fn).position_before(call.after_definition())

    def partials_tangent(self, call: CallInst):
        """sum over the arguments of partial * tangent, by the math tables or the user's
        registered partials."""
        b = self.builder(call)
        partials = self.partials(b, call)
        pairs = [(p, t) for p, t in zip(partials, (self.ctx.tangent_of(a) for a in call.args))
                 if p is not None and t is not None]
        if len(pairs) < 2 or self.calls.math_name(call) not in CHECKED_PRODUCTS:
            return tsum(b, *(b.fmul(p, t) for p, t in pairs))
        # a zero tangent's term is zero, whatever its partial (pow's d/dy at a negative base
        # is NaN, d/dx at a zero base infinite: along (1, 0) the tangent of pow(-2, 3) is
        # 12, not NaN), as Enzyme's checked products
        return tsum(b, *(b.select(b.fcmp("oeq", t, 0.0), b.value(0.0, t), b.fmul(p, t))
                         for p, t in pairs))

    def partials(self, b: TangentBuilder, call: CallInst) -> list:
        """One partial derivative per argument (None: zero or not needed)."""
        args = call.args
        needed = [self.ctx.tangent_of(a) is not None for a in args]
        if self.calls.custom_derivative(call) is not None:
            return self.registered_partials(b, call, needed)
        name = self.calls.math_name(call)
        if name in FLAT:
            return [None] * len(args)
        rules = (UNARY[name],) if name in UNARY else BINARY.get(name) or TERNARY[name]
        return [rule(b, *args, call) if rule is not None and need else None
                for rule, need in zip(rules, needed)]

    def registered_partials(self, b, call: CallInst, needed: list) -> list:
        derivative = self.calls.custom_derivative(call)
        explain.record_custom_derivative(self.ctx, call, derivative.name)
        floats = [i for i, a in enumerate(call.args) if a.type.is_float]
        if derivative.args and "sret" in derivative.args[0].attrs:
            partials_type = StructType(tuple(call.args[i].type for i in floats))
            memory = self.ctx.entry.alloca(partials_type, "partials.memory")
            b.call(derivative, [memory, *call.args])
            partials = b.load(partials_type, memory, "partials")
        else:
            partials = b.call(derivative, list(call.args), name="partials")
        out = [None] * len(call.args)
        for position, index in enumerate(floats):
            if needed[index]:
                out[index] = partials if len(floats) == 1 else \
                    b.extractvalue(partials, [position], call.args[index].type)
        return out

    def multi_tangent(self, call: CallInst, rule) -> None:
        """Each output's tangent is its Jacobian row (the rule's vector-Jacobian product of
        the output's unit seed) times the inputs' tangents; outputs written through
        pointers go to their shadows, "flat" ones (modf's integer part) get zero."""
        b, s = self.builder(call), self.ctx
        written = [call.args[i] for i, kind in rule.writes if kind == "float"]
        outs, element = self.output_tangents(b, call, rule, written)
        results = len(leaves(call.type))
        if s.activity.is_active(call):
            tangent = pack(b, call.type, outs[:results])
            if tangent is not None:
                s.tangents[call] = tangent
        flat = [call.args[i] for i, kind in rule.writes if kind == "flat"]
        for ptr, out in [*zip(written, outs[results:]), *((p, None) for p in flat)]:
            if s.activity.points_into_shadowed(ptr):
                b.store(zero(element) if out is None else out, self.shadows.shadow_of(ptr, call))

    def output_tangents(self, b, call: CallInst, rule, written: list) -> tuple:
        """The tangent of each float output (result elements, then memory `written`; None:
        zero), and the float type."""
        s = self.ctx
        inputs = [(call.args[i], path, ty) for i, paths in float_arguments(call)
                  for path, ty in paths]
        xs = [extract(b, a, path, ty) for a, path, ty in inputs]
        dxs = [None if s.tangent_of(a) is None else extract(b, s.tangent_of(a), path, ty)
               for a, path, ty in inputs]
        element = xs[0].type
        ys = [extract(b, call, path, ty) for path, ty in leaves(call.type)]
        ys += [b.load(element, ptr) for ptr in written]
        outs = []
        for k in range(len(ys)):
            seeds = [b.value(1.0 if j == k else 0.0, element) for j in range(len(ys))]
            row = rule.vjp(b, xs, ys, seeds)
            outs.append(tsum(b, *[b.fmul(r, d) for r, d in zip(row, dxs)
                                  if r is not None and d is not None]))
        return outs, element

    # -- calls replaced by a tangent function -------------------------------------------------
    def prepare_call(self, call: CallInst):
        """Replace `call` by a call of its tangent function (the user's forward derivative,
        or the callee's tangent from the cache); returns namespace(primal, shadow). Also
        what memory.Shadows asks for the shadow of a returned pointer."""
        if call in self.replaced:
            return self.replaced[call]
        s, act = self.ctx, self.ctx.activity
        tangent_wanted = call.type != VOID and (call in act.shadowed or act.is_active(call))
        custom = self.forward_derivative(call)
        target = custom or self.callee_tangent(call, tangent_wanted)
        if custom is not None:
            explain.record_custom_derivative(s, call, custom.name)
        else:
            explain.record_kept(s, call, target.name)
        b = IRBuilder(s.fn).position_before(call)
        args = []
        for arg, kind in zip(call.args, self.argument_kinds(call)):
            args.append(arg)
            if kind == "dup":
                args.append(self.shadow_or_tangent(arg, call))
        new = b.call(target, args, name=(call.name or "call") + ".tangent"
                     if target.return_type != VOID else "")
        found = SimpleNamespace(primal=None, shadow=None)
        if isinstance(target.return_type, StructType):
            found.primal = b.extractvalue(new, [0], call.type, call.name or "primal")
            found.shadow = b.extractvalue(new, [1], call.type, (call.name or "v") + ".tangent")
        elif target.return_type != VOID:
            found.primal = new
        self.adopt(call, found, tangent_wanted)
        return found

    def adopt(self, call: CallInst, found, tangent_wanted: bool) -> None:
        """The new primal value stands for `call` everywhere, in the activity sets too."""
        act = self.ctx.activity
        self.replaced[call] = found
        if found.primal is not None:
            call.replace_all_uses_with(found.primal)
            for group in (act.varied, act.useful, act.shadowed):
                if call in group:
                    group.add(found.primal)
            if tangent_wanted and call in act.shadowed:
                self.shadows.map[found.primal] = found.shadow
            elif tangent_wanted:
                self.ctx.tangents[found.primal] = found.shadow
        call.erase()

    def argument_kinds(self, call: CallInst) -> list:
        """dup for an argument with a tangent or shadow memory, else const (integers are
        always const: a forward derivative takes nothing after them)."""
        act = self.ctx.activity
        custom = self.forward_derivative(call) is not None
        kinds = []
        for arg in call.args:
            if arg.type.is_integer:
                kinds.append("const")
            elif arg.type.is_pointer:
                kinds.append("dup" if act.points_into_shadowed(arg) or is_null(arg)
                             else "const")
            else:  # active, though its tangent may not be made yet: a call prepared early
                # for the shadow of the pointer it returns (memory.py) comes before it
                kinds.append("dup" if custom or self.ctx.tangent_of(arg) is not None
                             or act.is_active(arg) else "const")
        return kinds

    def shadow_or_tangent(self, arg, call: CallInst):
        if arg.type.is_pointer:
            return self.shadows.shadow_of(arg, call)
        if not self.emitting and arg in self.ctx.activity.varied:
            placeholder = IRBuilder(self.ctx.fn).position_before(call).insert(
                Instruction("freeze", arg.type, [zero(arg.type)]), "tangent.placeholder")
            self.placeholders[placeholder] = arg
            return placeholder
        tangent = self.ctx.tangent_of(arg)
        return zero(arg.type) if tangent is None else tangent

    def resolve_placeholders(self) -> None:
        """Once every tangent exists, the placeholders give way to them."""
        for placeholder, arg in self.placeholders.items():
            tangent = self.ctx.tangent_of(arg)
            placeholder.replace_all_uses_with(zero(arg.type) if tangent is None else tangent)
            placeholder.erase()

    def callee_tangent(self, call: CallInst, tangent_wanted: bool):
        callee = call.called_function
        ret = call.type
        return_type = VOID if ret == VOID else StructType((ret, ret)) if tangent_wanted \
            else ret
        request = Request(callee, Mode.FORWARD, tuple(self.argument_kinds(call)), return_type,
                          options=(("primal", ret != VOID), ("tangent", tangent_wanted),
                                   ("top", False)))
        return self.calls.derivatives.get(request)

    # -- parallel regions (OpenMP) ---------------------------------------------------------
    def fork_tangent(self, call: CallInst) -> None:
        """`__kmpc_fork_call(loc, n, outlined, captures...)` forks the team on `outlined`'s
        tangent instead, each capture followed by its shadow where it has one: every thread
        runs the tangent of what it ran, and writes its tangents where it wrote its values
        (no more races than the primal has; reductions and atomics became critical
        sections when the outlined body was prepared: omp_prepare.py)."""
        s, act = self.ctx, self.ctx.activity
        loc, _, outlined = call.args[:3]
        kinds, args = ["const", "const"], []  # the thread ids the runtime passes
        for capture in call.args[3:]:
            dup = capture.type.is_pointer and act.points_into_shadowed(capture) or \
                capture.type.is_float and s.tangent_of(capture) is not None
            kinds.append("dup" if dup else "const")
            args.append(capture)
            if dup:
                args.append(self.shadow_or_tangent(capture, call))
        request = Request(outlined, Mode.FORWARD, tuple(kinds), VOID,
                          options=(("primal", False), ("tangent", False), ("top", False)))
        tangent = self.calls.derivatives.get(request)
        explain.record_kept(s, call, tangent.name)
        b = IRBuilder(s.fn).position_before(call)
        fork = b.call(call.callee, [loc, ConstantInt(I32, len(args)), tangent, *args],
                      call.function_type)
        fork.metadata = list(call.metadata)
        s.origin[fork] = s.origin.get(call, call)  # the region's source location
        self.replaced[call] = SimpleNamespace(primal=None, shadow=None)
        call.erase()

    # -- memory functions ---------------------------------------------------------------------
    def find_freed_shadows(self) -> None:
        """Before shadows exist (they would blur pointer origins): the deallocations whose
        memory comes only from allocations in this function, with one known alignment.
        Their shadows are enzymec's to free; other memory's shadows belong to the caller."""
        deallocations = [i for i in self.ctx.fn.instructions() if isinstance(i, CallInst)
                         and heap.is_deallocation(i) and i.args
                         and self.ctx.activity.points_into_shadowed(self.freed_pointer(i))]
        if not deallocations:
            return
        origins = self.ctx.activity.origins or PointerOrigins(self.ctx.fn, self.calls)
        for call in deallocations:
            objects = origins.objects(self.freed_pointer(call))
            aligns = {self.alignment_of(o) for o in objects}
            if objects and len(aligns) == 1 and None not in aligns:
                self.freed[call] = aligns.pop()

    @staticmethod
    def freed_pointer(call: CallInst):
        return call.args[heap.allocator(call).old] if heap.is_reallocation(call) else call.args[0]

    def alignment_of(self, obj):
        """The constant alignment of the shadow enzymec gave an allocation, or None."""
        if not (isinstance(obj, CallInst) and heap.is_allocation(obj)
                and obj.function is self.ctx.fn):
            return None
        if heap.is_reallocation(obj):  # the runtime's shadow_realloc allocates with 16
            return foreign_realloc.PLAIN_FREE_ALIGN if foreign_realloc.follows_by_realloc(
                self.ctx, self.ctx.activity.origins or PointerOrigins(self.ctx.fn, self.calls),
                obj) else 16
        align = heap.alignment(obj)
        return align.value if isinstance(align, ConstantInt) else None

    def emit_memory(self, call: CallInst) -> None:
        s, act = self.ctx, self.ctx.activity
        if call in self.freed:  # after realloc's new shadow, which copies the old one
            b = IRBuilder(s.fn).position_before(
                self.shadows.map.get(call, call).after_definition())
            shadow = self.shadows.shadow_of(self.freed_pointer(call), call)
            if self.freed[call] == foreign_realloc.PLAIN_FREE_ALIGN:
                if not heap.is_reallocation(call):  # a realloc'd tangent: plain free
                    free = declare_function(s.module, "free", FunctionType(VOID, (PTR,)))
                    b.call(free, [shadow])
            else:
                b.call(runtime_function(s.module, "shadow_free"),
                       [shadow, ConstantInt(I64, self.freed[call])])
        if heap.is_memset(call) and act.points_into_shadowed(call.args[0]):
            b = IRBuilder(s.fn).position_before(call.after_definition())
            self.shadows.memset_zero(b, self.shadows.shadow_of(call.args[0], call), call.args[2])
        elif heap.is_memcpy(call) and act.points_into_shadowed(call.args[0]):
            self.copy_shadow(call)

    def copy_shadow(self, call: CallInst) -> None:
        s = self.ctx
        destination, source, size = call.args[0], call.args[1], call.args[2]
        b = IRBuilder(s.fn).position_before(call.after_definition())
        target = self.shadows.shadow_of(destination, call)
        if not s.activity.points_into_shadowed(source):
            self.shadows.memset_zero(b, target, size)
            return
        args = [target, self.shadows.shadow_of(source, call), *call.args[2:]]
        b.call(call.callee, args, call.function_type)
