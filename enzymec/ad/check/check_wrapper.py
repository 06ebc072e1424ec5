"""--check-gradients: the wrapper a checked autodiff call is redirected to.

    ctx = __enzymec_gradcheck_begin(...)         null when checking is off at run time
    if ctx: register the active scalars and copy the memory (gradcheck_scalar / _memory)
    r = __enzyme_autodiff(f, ...)                 the user's call, unchanged (AD replaces it)
    if ctx:
        hand over the gradients (reverse) or the tangent (forward)
        while gradcheck_next(ctx):                the runtime perturbs the copies
            gradcheck_value(ctx, f(perturbed arguments))
        gradcheck_end(ctx)                        compare, report, free
    return r

The wrapper takes the call's arguments (without markers, which it re-creates so that the
AD decodes the inner call exactly as it would have decoded the original), the values each
parameter of f receives, the tangents, shadows and memory extents. It is internal and
inlined by the optimizer; with checking off at run time it costs one branch.
"""

from __future__ import annotations

from enzymec.ir import DOUBLE, I32, PTR, VOID, Function, FunctionType, StructType, VectorType
from enzymec.ir.builder import IRBuilder, const_float, const_int, zero
from enzymec.ir.strings import private_string

from .check_plan import CheckPlan
from ..entry.requests import Mode
from ..rules.runtime_calls import runtime_function


class WrapperBuilder:
    """Builds the wrapper of one planned call site and redirects the call to it."""

    def __init__(self, plan: CheckPlan, markers: set[int], where: str, default_on: bool):
        self.plan, self.site, self.call = plan, plan.site, plan.site.call
        self.module = self.call.function.module
        self.markers, self.where, self.default_on = markers, where, default_on
        fn_pos = 1 if self.site.sret is not None else 0
        self.raw = [i for i in range(len(self.call.args)) if i != fn_pos and i not in markers]
        self.fn_pos = fn_pos
        inputs = [self.call.args[i] for i in self.raw] + list(plan.primal) + \
            list(plan.tangents) + [m[1] for m in plan.memories if m[1] is not None] + \
            [m[2] for m in plan.memories]
        self.inputs = inputs
        name = self.module.unique_symbol(f"__enzymec_checked.{self.site.function.name}")
        self.wrapper = Function(name, FunctionType(self.call.type, tuple(v.type for v in inputs)))
        self.wrapper.prefix = "internal"
        self.module.add_function(self.wrapper)
        self.params = iter(self.wrapper.args)

    def build(self) -> Function:
        """The whole wrapper; then the original call is replaced by a call of it."""
        raw = {i: next(self.params) for i in self.raw}
        primal = [next(self.params) for _ in self.plan.primal]
        tangents = [next(self.params) for _ in self.plan.tangents]
        shadows = [next(self.params) if m[1] is not None else zero(PTR)
                   for m in self.plan.memories]
        extents = [next(self.params) for _ in self.plan.memories]
        b = IRBuilder(self.wrapper)
        entry, register = b.new_block("entry"), b.new_block("register")
        real, results = b.new_block("call"), b.new_block("results")
        b.position_at_end(entry)
        ctx = self.begin(b)
        off = b.icmp("eq", ctx, zero(PTR), "check.off")
        b.cond_br(off, real, register)
        b.position_at_end(register)
        self.register(b, ctx, primal, tangents, shadows, extents)
        b.br(real)
        b.position_at_end(real)
        return self.call_and_judge(b, ctx, off, raw, primal, results)

    def call_and_judge(self, b: IRBuilder, ctx, off, raw: dict, primal: list, results,
                       ret=None) -> Function:
        """From the `call` block on, for every wrapper kind: the real call; unless checking
        is off, its results handed over and the primal re-run to judge them; the return
        (block `ret`, made here when not given); the original call redirected."""
        result = self.inner_call(b, raw)
        ret = ret or b.new_block("return")
        b.cond_br(off, ret, results)
        b.position_at_end(results)
        self.hand_over(b, ctx, result, raw)
        self.rerun_loop(b, ctx, primal, ret)
        b.position_at_end(ret)
        b.ret(result if self.call.type != VOID else None)
        self.redirect()
        return self.wrapper

    def rerun_loop(self, b: IRBuilder, ctx, primal, exit_block) -> None:
        """Re-run f while the runtime asks for evaluations, then let it judge."""
        loop, body, done = (b.new_block(n) for n in ("loop", "rerun", "done"))
        b.br(loop)
        b.position_at_end(loop)
        more = b.call(self.rt("next"), [ctx], name="check.more")
        b.cond_br(b.icmp("ne", more, const_int(I32, 0)), body, done)
        b.position_at_end(body)
        self.rerun(b, ctx, primal)
        b.br(loop)
        b.position_at_end(done)
        b.call(self.rt("end"), [ctx])
        b.br(exit_block)

    def rt(self, name: str) -> Function:
        return runtime_function(self.module, f"gradcheck_{name}")

    def begin(self, b: IRBuilder):
        plan = self.plan
        where = private_string(self.module, self.where, ".enzymec.gradcheck")
        fname = private_string(self.module, self.site.function.name, ".enzymec.gradcheck")
        mode = 1 if self.site.mode == Mode.FORWARD else 0
        counts = [mode, int(self.default_on), plan.nscalar, len(plan.memories),
                  plan.result_kind]
        return b.call(self.rt("begin"), [where, fname, *(const_int(I32, c) for c in counts)],
                      name="check.ctx")

    def register(self, b: IRBuilder, ctx, primal, tangents, shadows, extents) -> None:
        """Hand the runtime the active scalars and the memory to copy."""
        for param, role in zip(primal, self.plan.roles):
            if role.role == "scalar":
                tangent = tangents[role.slot] if tangents else const_float(DOUBLE, 0.0)
                b.call(self.rt("scalar"), [ctx, const_int(I32, role.slot), widen(b, param),
                                           widen(b, tangent), const_int(I32, role.kind)])
            elif role.role in ("memory", "scratch"):
                b.call(self.rt("memory"), [ctx, const_int(I32, role.slot), param,
                                           shadows[role.slot], extents[role.slot],
                                           const_int(I32, role.kind)])

    def inner_call(self, b: IRBuilder, raw: dict):
        """The user's call again, with its markers re-created as loads of their globals."""
        args = []
        for index, value in enumerate(self.call.args):
            if index in raw:
                args.append(raw[index])
            elif index in self.markers and getattr(value, "opcode", None) == "load":
                args.append(b.load(value.type, value.operands[0], "marker"))
            else:
                args.append(value)  # the function, or a marker given by its address
        inner = b.call(self.call.callee, args, self.call.function_type,
                       name="checked" if self.call.type != VOID else "")
        inner.prefix, inner.fn_attrs = self.call.prefix, self.call.fn_attrs
        inner.arg_attrs = list(self.call.arg_attrs)
        inner.metadata = [m for m in self.call.metadata if m[0] == "dbg"]
        return inner

    def hand_over(self, b: IRBuilder, ctx, result, raw: dict) -> None:
        """Reverse: each active scalar's gradient; forward: the tangent of the result."""
        if self.site.mode == Mode.FORWARD:
            if self.plan.result_kind >= 0:
                tangent = result
                if isinstance(result.type, StructType):
                    tangent = b.extractvalue(result, [1], result.type.elements[1])
                b.call(self.rt("tangent"), [ctx, widen(b, tangent)])
            return
        scalars = [r for r in self.plan.roles if r.role == "scalar"]
        for index, role in enumerate(scalars):
            grad = self.gradient(b, result, raw, index, len(scalars))
            b.call(self.rt("gradient"), [ctx, const_int(I32, role.slot), widen(b, grad)])

    def gradient(self, b: IRBuilder, result, raw: dict, index: int, count: int):
        """The `index`-th returned gradient, as the call's type delivers it (after the primal
        result with enzyme_primal_return)."""
        index += 1 if getattr(self.site, "primal_return", False) else 0
        outs = self.site.result_type
        if self.site.sret is not None:
            slot = b.gep(outs, raw[0], [0, const_int(I32, index)], "check.slot")
            return b.load(outs.elements[index], slot, "check.grad")
        if isinstance(result.type, StructType):
            return b.extractvalue(result, [index], result.type.elements[index])
        if isinstance(result.type, VectorType):
            return b.extractelement(result, const_int(I32, index), result.type.element)
        return result

    def rerun(self, b: IRBuilder, ctx, primal) -> None:
        """One evaluation of f on the runtime's perturbed copies."""
        args = []
        for param, value, role in zip(self.site.function.args, primal, self.plan.roles):
            if role.role == "scalar":
                x = b.call(self.rt("arg"), [ctx, const_int(I32, role.slot)], name="check.x")
                args.append(b.cast("fptrunc", x, param.type) if param.type != DOUBLE else x)
            elif role.role in ("memory", "scratch"):
                args.append(b.call(self.rt("buffer"), [ctx, const_int(I32, role.slot)],
                                   name="check.buf"))
            else:
                args.append(value)
        y = b.call(self.site.function, args, name="check.y" if self.plan.result_kind >= 0
                   else "")
        value = widen(b, y) if self.plan.result_kind >= 0 else const_float(DOUBLE, 0.0)
        b.call(self.rt("value"), [ctx, value])

    def redirect(self) -> None:
        """The original call becomes a call of the wrapper (its location kept)."""
        b = IRBuilder(self.call.function).position_before(self.call)
        new = b.call(self.wrapper, self.inputs,
                     name="checked" if self.call.type != VOID else "")
        new.metadata = [m for m in self.call.metadata if m[0] == "dbg"]
        if self.call.type != VOID:
            self.call.replace_all_uses_with(new)
        loads = [self.call.args[i] for i in self.markers]
        self.site.erase_call()  # a C++ invoke becomes a branch to its normal destination
        for load in loads:  # the AD erases the wrapper's own marker loads
            if getattr(load, "opcode", None) == "load" and not load.uses and load.block:
                load.erase()


def widen(b: IRBuilder, value):
    """A float value as the double the runtime takes."""
    return b.cast("fpext", value, DOUBLE) if value.type != DOUBLE else value


def strip_locations(wrapper: Function) -> None:
    """After AD: a wrapper has no debug scope of its own, so its instructions keep none."""
    for inst in wrapper.instructions():
        inst.metadata = [m for m in inst.metadata if m[0] != "dbg"]
