"""The forward-mode engine: synthesize `f.tangent` from `f` (Jacobian-vector products).

1. Clone `f` into the tangent function and prepare it as every mode does (prepare.py).
2. Activity: the float arguments that come with a tangent are active, the pointers that come
   with shadow memory are shadowed (analysis/activity.py).
3. Shadows of pointers (memory.py, the same code reverse mode uses): GEPs, phis, selects and
   loads of shadows, zeroed shadows of allocas, heap allocations and globals.
4. Walk the clone in dominance order and emit, right after each active instruction, its
   tangent: opcodes by the shared table (adjoints.TANGENTS), loads and stores through the
   shadows, calls by forward_calls.py; tangent phis beside the active phis.
5. Each `ret` returns what the request asks for: the tangent, or {primal, tangent}.

There is no reverse sweep, so nothing is taped: the tangent code runs interleaved with the
primal code it differentiates, and LLVM optimizes the two together.
"""

from __future__ import annotations

from enzymec.analysis import reverse_postorder
from enzymec.analysis.activity import carries_pointer
from enzymec.ir import VOID, Block, CallInst, Function, FunctionType, Instruction, PhiInst, Type
from enzymec.ir.builder import IRBuilder, zero
from enzymec.records import FrozenRecord, init_field

from ..explain import explain_record as explain
from ..rules.adjoints import TANGENTS
from ..calls.call_kinds import FORWARD
from .forward_calls import CallTangents
from ..context.function_context import FunctionContext
from ..memory.memory import Shadows
from ..context.prepare import analyse_activity, check_values, clone, globals_of_kept_calls, \
    pair_arguments
from ..entry.requests import Request
from ..rules.rule_builder import TangentBuilder, shared_flags


class TangentSpec(FrozenRecord):
    """What to differentiate in forward mode: `kinds[i]` is const, dup or dupnoneed; the
    function returns the primal result if `primal`, its tangent if `tangent` (both: a
    struct {primal, tangent}). `top`: called by the user (it zeroes the shadows of the
    globals it uses), not by another tangent function."""

    _fields = ("function", "kinds", "return_type", "primal", "tangent", "top")

    def __init__(
            self, function: Function, kinds: tuple[str, ...], return_type: Type,
            primal: bool = False, tangent: bool = True, top: bool = True
    ) -> None:
        init_field(self, "function", function)
        init_field(self, "kinds", kinds)
        init_field(self, "return_type", return_type)
        init_field(self, "primal", primal)
        init_field(self, "tangent", tangent)
        init_field(self, "top", top)

    @classmethod
    def of(cls, request: Request) -> "TangentSpec":
        return cls(request.function, request.activity, request.return_type,
                   request.option("primal", False), request.option("tangent", True),
                   request.option("top", True))


class TangentSynthesizer:
    """Forward mode's synthesis of one function over its context `ctx`
    (function_context.py), filled by the shared preparation (prepare.py); the tangents it
    emits go to `ctx.tangents`."""

    def __init__(self, spec: TangentSpec, debug, calls, register):
        self.spec = spec
        self.debug = debug
        self.calls = calls
        self.register = register  # register(fn): callers (recursion) find it from now on
        self.ctx: FunctionContext | None = None  # made with the function (create_function)
        self.shadows: Shadows | None = None
        self.call_tangents: CallTangents | None = None

    def run(self) -> Function:
        ctx = self.ctx = self.create_function()
        self.register(ctx.fn)
        ctx.explain = explain.begin(ctx, "forward")
        self.prepare()
        entry_block = self.create_entry()
        order = [(block, list(block.instructions)) for block in reverse_postorder(ctx.fn)
                 if block is not entry_block]
        self.call_tangents.find_freed_shadows()
        self.shadows.create()
        self.call_tangents.emitting = True
        self.emit_tangents(order)
        self.call_tangents.resolve_placeholders()
        if self.spec.top:
            self.shadows.zero_callee_globals()
        return ctx.fn

    def prepare(self) -> None:
        """Steps 1-2: the clone, prepared, analysed and checked; the shadows and the calls'
        handler made (no shadow exists yet)."""
        ctx = self.ctx
        self.clone_primal()
        active = [a for a in ctx.primal_args if a in ctx.tangents]
        analyse_activity(ctx, active, list(ctx.shadow_args), globals_of_kept_calls(ctx),
                         shadowed_returns=self.spec.tangent and
                         ctx.original.return_type.is_pointer)
        explain.record_arguments(ctx, ["active" if a in ctx.tangents else kind
                                       for a, kind in zip(ctx.primal_args, self.spec.kinds)])
        explain.record_values(ctx)
        self.shadows = Shadows(ctx)
        self.call_tangents = CallTangents(ctx, self.shadows)
        self.shadows.hooks.site = self.call_tangents  # the call-kind hooks' site
        check_values(ctx, self.shadows, TANGENTS, self.call_tangents.check)

    def create_function(self) -> FunctionContext:
        """The tangent function, added to the module, and its context."""
        original = self.spec.function
        params, names = [], []
        for arg, kind in zip(original.args, self.spec.kinds):
            params.append(arg.type)
            names.append(f"arg{arg.index}")
            if kind in ("dup", "dupnoneed"):
                params.append(arg.type)
                names.append(f"arg{arg.index}.tangent")
        module = original.module
        name = module.unique_symbol(original.name + ".tangent")
        fn = Function(name, FunctionType(self.spec.return_type, tuple(params)))
        fn.set_signature(fn.function_type, names)
        fn.prefix = "internal"
        module.add_function(fn)
        ctx = FunctionContext(original, fn, module, self.debug, self.calls, FORWARD,
                              top=self.spec.top)
        pair_arguments(ctx, self.spec.kinds)
        for primal in [a for a in ctx.shadow_args if not a.type.is_pointer]:
            ctx.tangents[primal] = ctx.shadow_args.pop(primal)  # a float's tangent
        return ctx

    def clone_primal(self) -> None:
        # forward over reverse: kept tapes, mirrored (nested_tape.py)
        clone(self.ctx, keeps_nested_tapes=True)

    def create_entry(self) -> Block:
        """A first block for the zeroing of global shadows (memory.Shadows writes there)."""
        fn = self.ctx.fn
        first = fn.blocks[0]
        entry_block = Block(fn.unique_name("allocas"))
        entry_block.function = fn
        fn.blocks.insert(0, entry_block)
        jump = Instruction("br", VOID, [first])
        entry_block.append(jump)
        self.ctx.entry = IRBuilder(fn).position_before(jump)
        return entry_block

    # -- tangents ---------------------------------------------------------------------------
    def emit_tangents(self, order: list) -> None:
        phis = []
        for block, instructions in order:
            for inst in instructions:
                if inst.block is None:  # replaced by a call of a tangent function
                    continue
                if isinstance(inst, PhiInst):
                    if self.ctx.activity.is_active(inst):
                        phis.append((inst, self.tangent_phi(inst)))
                elif inst.opcode == "ret":
                    self.emit_return(inst)
                else:
                    self.emit(inst)
        for phi, tangent in phis:
            for value, block in phi.incoming:
                incoming = self.ctx.tangent_of(value)
                tangent.add_incoming(zero(phi.type) if incoming is None else incoming, block)

    def tangent_phi(self, phi: PhiInst) -> PhiInst:
        tangent = PhiInst("phi", phi.type)
        tangent.name = self.ctx.fn.unique_name((phi.name or "v") + ".tangent")
        phi.block.insert(0, tangent)
        self.ctx.tangents[phi] = tangent
        return tangent

    def emit(self, inst: Instruction) -> None:
        act = self.ctx.activity
        if inst.opcode == "store":
            if act.is_active_store(inst):
                self.emit_store(inst)
            return
        if isinstance(inst, CallInst):
            self.call_tangents.emit(inst)
            return
        if not act.is_active(inst):
            return
        b = TangentBuilder(self.ctx.fn).position_before(inst.after_definition())
        b.flags = shared_flags(inst.flags)
        if inst.opcode == "load":
            shadow = self.shadows.shadow_of(inst.operands[0], inst)
            tangent = b.load(inst.type, shadow, (inst.name or "v") + ".tangent", inst.align)
        else:
            tangent = TANGENTS[inst.opcode](b, inst, [self.ctx.tangent_of(op)
                                                      for op in inst.operands])
        if tangent is not None:
            self.ctx.tangents[inst] = tangent

    def emit_store(self, store: Instruction) -> None:
        value, ptr = store.operands
        if carries_pointer(value.type, self.ctx.activity.bodies):
            self.ctx.fail(store, f"forward mode cannot store a value of type {value.type} holding "
                             f"both floating-point data and pointers into differentiated memory",
                          "store the fields one by one, or pass such a struct by pointer")
        tangent = self.ctx.tangent_of(value)
        b = IRBuilder(self.ctx.fn).position_before(store.after_definition())
        b.store(zero(value.type) if tangent is None else tangent,
                self.shadows.shadow_of(ptr, store), store.align)

    def emit_return(self, ret: Instruction) -> None:
        value = ret.operands[0] if ret.operands else None
        parts = []
        if self.spec.primal:
            parts.append(value)
        if self.spec.tangent:
            parts.append(self.result_tangent(value, ret))
        b = IRBuilder(self.ctx.fn).position_before(ret)
        if not parts:
            b.ret()
        elif len(parts) == 1:
            b.ret(parts[0])
        else:
            aggregate = zero(self.spec.return_type)
            for index, part in enumerate(parts):
                aggregate = b.insertvalue(aggregate, part, [index])
            b.ret(aggregate)
        ret.erase()

    def result_tangent(self, value, ret: Instruction):
        if value.type.is_pointer:
            return self.shadows.shadow_of(value, ret)
        tangent = self.ctx.tangent_of(value) if self.ctx.activity.is_active(value) else None
        return zero(value.type) if tangent is None else tangent


def build_tangent(request: Request, debug, rules) -> Function:
    """Forward mode: `f.tangent` (registered in the cache before its body exists, so that
    a recursive call finds it)."""
    def register(fn):
        rules.derivatives.register(request, fn)
    return TangentSynthesizer(TangentSpec.of(request), debug, rules, register).run()

