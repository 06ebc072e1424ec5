"""Shadow memory: derivative storage beside every pointer the differentiated code writes
active data through, and the adjoints of loads and stores.

Forward sweep: each shadowed pointer gets a shadow computed the same way (a GEP of the shadow
base, a select/phi of shadows, a load of the pointer stored in shadow memory, a zeroed copy of
a local alloca); a pointer stored into shadowed memory has its shadow stored beside it.
Reverse sweep (the talk's rules): the adjoint of `y = load p` is added into `*shadow(p)`;
`store v, p` moves `*shadow(p)` into the adjoint of `v` and zeroes it, since the old value
was overwritten.
"""

from __future__ import annotations

from enzymec.analysis import (PointerOrigins, copy_bound, reverse_postorder, type_analysis,
                               underlying_object)
from enzymec.ir import (I8, I64, AllocaInst, Argument, ArrayType, CallInst, ConstantAggregate,
                        ConstantExpr, ConstantInt, FloatType, Function, GlobalVariable,
                        Instruction, IntType, MemoryInst, NamedStructType, PhiInst, PTR,
                        SimpleConstant, StructType, VOID)
from enzymec.ir.builder import IRBuilder, memset_zero, zero
from enzymec.ir.clone import clone_instruction
from enzymec.ir.strings import private_string

from . import foreign_realloc
from .escaping import allocations_behind, escaping_allocations
from .local_types import declared_type
from .global_pointers import (check_loaded, clear_kept, kept_offsets, pointer_slot,
                              record_owner)
from ..rules import heap
from ..omp import omp_atomic
from ..passes.scoped_arrays import stack_restores
from ..calls.call_context import CallContext
from ..calls.call_kind_hooks import NO_SHADOW
from ..rules.copy_fields import FLOAT_KINDS, copy_fields, record_stride
from enzymec.analysis.activity import carries_pointer, differentiable
from enzymec.analysis.tbaa import float_access_type
from enzymec.analysis.type_analysis import is_int_kind

from ..rules.runtime_calls import runtime_function
from ..entry.shadow_guard import check_shadow, describe
from ..rules.accumulate import add_adjoints

PASS_THROUGH = frozenset({"getelementptr", "select", "addrspacecast", "bitcast", "freeze",
                          "insertvalue", "extractvalue"})


class Shadows:
    """The shadows of one synthesized function (its context `ctx`, function_context.py).
    `accumulate(b, value, contribution)`: reverse mode's adjoint update (a store's adjoint
    goes to its value); `hooks`: the function's call_context.CallContext, made here with
    these shadows (the shadow and memory-reverse hooks of each call's kind get it; the
    synthesizer gives it the site of its mode's kept calls once that exists)."""

    def __init__(self, ctx, accumulate=None):
        self.ctx = ctx
        self.accumulate = accumulate
        self.hooks = CallContext.of(ctx, self)
        self.map = dict(ctx.shadow_args)
        self.memory_types = None
        self.zeroed: set[GlobalVariable] = set()  # globals whose shadow this gradient zeroes
        self.sizes = {}      # heap allocation -> its byte size (forward value)
        self.origins = None  # PointerOrigins of the forward code, when needed
        self.call_shadows: dict = {}  # call -> the shadow its kind gave (call_shadow)
        self.reverse_loads: dict = {}  # load -> the `old` loads of its reverse (shadow_tape_apply)
        self.in_place: set = set()  # loads and stores of `p += y` (rmw_adjoint.py)
        # allocations stored into a pointer slot of a global -> those slots: a shadow still
        # held by one when the reverse passes the allocation stays with the global
        # (global_pointers.py); the others (blocks the function replaced and freed) go
        self.kept_shadows: dict = {}
        # escaping.py: allocations a user's whole gradient or split pair hands to its caller
        # (the returned ones too, for a split pair: its augmented forward returns them)
        self.escaping = escaping_allocations(
            ctx.fn, ctx.calls, returned=ctx.handed_out,
            origins=ctx.activity.origins if ctx.activity is not None else None) \
            if ctx.top or ctx.handed_out else set()
        self.bounded_copies: set = set()  # copies checked against their integer bytes

    def create(self) -> None:
        act = self.ctx.activity
        self.check_allocators()
        # module order, not the set's: its order follows object addresses, and the shadow
        # globals are printed in the order they are made (the output must not vary by run)
        order = {g: n for n, g in enumerate(self.ctx.module.globals)}
        shadowed = [v for v in act.shadowed if isinstance(v, GlobalVariable)]
        for value in sorted(shadowed, key=lambda g: (order.get(g, len(order)), g.name)):
            self.map[value] = self.shadow_global(value)
        phis = []
        for block in reverse_postorder(self.ctx.fn):
            for inst in list(block.instructions):
                if inst in act.shadowed:
                    self.create_shadow(inst, phis)
                elif inst.opcode == "store" and inst.operands[0] in act.shadowed:
                    self.mirror_pointer_store(inst)
                elif isinstance(inst, CallInst) and self.ctx.calls.is_mirrored(inst) and \
                        any(act.points_into_shadowed(a) for a in inst.args):
                    self.mirror_call(inst)
                elif isinstance(inst, CallInst) and heap.is_memcpy(inst):
                    self.mirror_pointer_copy(inst)
        for phi, shadow in phis:
            for value, block in phi.incoming:
                shadow.add_incoming(self.shadow_of(value, phi), block)

    def check_allocators(self) -> None:
        """Before any shadow exists (they would blur the origins of pointers): compute the
        origins that realloc and memcpy need, and refuse active data written into memory
        from an allocator enzymec cannot shadow."""
        calls = [i for i in self.ctx.fn.instructions() if isinstance(i, CallInst)]
        unsupported = {c for c in calls if heap.callee_name(c) in heap.UNSUPPORTED_ALLOCATORS}
        if not unsupported and not any(heap.transfer(c) for c in calls):
            return
        self.origins = self.ctx.activity.origins or PointerOrigins(self.ctx.fn, self.ctx.calls)
        if unsupported:
            for ptr in self.active_writes():
                for obj in self.origins.objects(ptr) & unsupported:
                    self.ctx.fail(obj, f"cannot give a shadow to memory allocated by "
                                     f"'{heap.callee_name(obj)}', and active data is "
                                     f"written into it",
                                  "allocate it with malloc, calloc, realloc or new")

    def active_writes(self):
        """Pointers through which active data (a varied value, a shadowed pointer, a copy of
        shadowed memory) is written."""
        act = self.ctx.activity
        for inst in self.ctx.fn.instructions():
            if inst.opcode == "store" and (inst.operands[0] in act.varied
                                           or inst.operands[0] in act.shadowed):
                yield inst.operands[1]
            elif isinstance(inst, CallInst) and heap.is_memcpy(inst) and \
                    act.points_into_shadowed(inst.args[1]):
                yield inst.args[0]

    def create_shadow(self, inst: Instruction, phis: list) -> None:
        name = (inst.name or "p") + ".shadow"
        if isinstance(inst, PhiInst):
            shadow = PhiInst("phi", inst.type)
            shadow.name = self.ctx.fn.unique_name(name)
            inst.block.insert(0, shadow)
            phis.append((inst, shadow))
        elif isinstance(inst, AllocaInst):
            shadow = self.shadow_alloca(inst, name)
        elif inst.opcode in PASS_THROUGH:
            shadow = clone_instruction(inst, keep_debug_location=False)
            for index, op in enumerate(inst.operands):
                # every pointer in the shadow is a shadow: a primal one would receive adjoints
                if carries_pointer(op.type, self.ctx.activity.bodies):
                    shadow.set_operand(index, self.shadow_of(op, inst))
            IRBuilder(self.ctx.fn).position_before(inst.after_definition()).insert(shadow, name)
        elif inst.opcode == "load" and only_compared(inst):
            shadow = inst  # never dereferenced through: any pointer serves (only_compared)
        elif inst.opcode == "load":
            b = IRBuilder(self.ctx.fn).position_before(inst.after_definition())
            shadow = b.load(inst.type, self.shadow_of(inst.operands[0], inst), name, inst.align)
            slot = pointer_slot(inst.operands[0], self.ctx.module.layout)
            if slot is not None:  # is the kept shadow this pointer's? (global_pointers.py)
                check_loaded(b, inst, shadow, self.ctx.calls.shadow_owners, slot)
            if self.ctx.calls.runtime_activity and inst.type.is_pointer:
                where = describe(self.ctx.debug.location(inst) or
                                 self.ctx.function_location(),
                                 f"a pointer loaded in '{self.ctx.original.name}'")
                check_shadow(b, inst, shadow, where)
        elif isinstance(inst, CallInst) and self.call_shadow(inst, name) is not NO_SHADOW:
            shadow = self.call_shadow(inst, name)
        else:
            self.ctx.fail(inst, f"cannot give a shadow to the pointer produced by '{inst.opcode}'",
                          "allocations and pointer-returning calls in differentiated code are "
                          "not supported yet")
        self.map[inst] = shadow

    def call_shadow(self, call: CallInst, name: str):
        """The shadow of the pointer `call` returns, by the shadow hook of its kind
        (call_kinds.py), made once; NO_SHADOW when its kind gives none."""
        if call not in self.call_shadows:
            hook = self.ctx.calls.kind(call, self.ctx.mode).shadow
            self.call_shadows[call] = hook(self.hooks, call, name) if hook \
                else NO_SHADOW
        return self.call_shadows[call]

    def shadow_global(self, var: GlobalVariable) -> GlobalVariable:
        """`@g.shadow`, zeroed when each top-level gradient starts: adjoints left in it by an
        earlier call (reads of values never written) must not leak into this one. A split
        callee's halves must not zero it: its caller's adjoints are already in there."""
        module = self.ctx.module
        registry = self.ctx.calls.shadow_globals
        shadow = registry.get(var)
        if shadow is None:
            shadow = GlobalVariable(module.unique_symbol(var.name + ".shadow"))
            shadow.prefix = "internal"
            shadow.value_type = var.value_type
            shadow.initializer = SimpleConstant(var.value_type, "zeroinitializer")
            shadow.suffix = f", align {max(8, module.layout.size_align(var.value_type)[1])}"
            module.add_global(shadow)
            registry[var] = shadow
        if self.ctx.top:
            self.start_shadow_global(var, shadow)
        return shadow

    def start_shadow_global(self, var: GlobalVariable, shadow: GlobalVariable) -> None:
        """At the start of a top-level gradient, once per global: zero its shadow, except a
        pointer global's, kept from call to call and checked where it is loaded
        (global_pointers.py)."""
        if var in self.zeroed:
            return
        self.zeroed.add(var)
        layout = self.ctx.module.layout
        at = 0
        kept_slots = sorted(kept_offsets(var, layout))
        for kept in kept_slots + [layout.size(var.value_type)]:
            if kept > at:  # the bytes before this kept pointer (or before the end)
                start = shadow if at == 0 else \
                    self.ctx.entry.gep(I8, shadow, [ConstantInt(I64, at)], "shadow.part")
                self.memset_zero(self.ctx.entry, start, ConstantInt(I64, kept - at))
            at = kept + 8
        for kept in kept_slots:
            clear_kept(self.ctx.entry, var, shadow, kept, self.ctx.calls.shadow_owners)

    def inactive_global_sink(self, var: GlobalVariable) -> GlobalVariable:
        """The shadow of an inactive global where a pointer may point to it or to
        differentiated memory (a select or phi of the two, as the optimizer makes of
        `if (c) g *= a; else *p *= a;`): a zeroed shadow global of its own. Through such a
        pointer the global's data is differentiated like any memory (its adjoints start at
        zero and stay in that shadow unless read back through such a pointer); accesses that
        name the global itself stay inactive, as declared. (Enzyme uses the global itself as
        its shadow, which writes adjoints into the primal data.)"""
        shadow = self.shadow_global(var)
        self.map[var] = shadow
        return shadow

    def zero_callee_globals(self) -> None:
        """Zero, at the start of a top-level gradient, the shadow globals only its split
        callees use (they exist once those callees are built)."""
        for var, shadow in self.ctx.calls.shadow_globals.items():
            self.start_shadow_global(var, shadow)

    def shadow_alloca(self, inst: AllocaInst, name: str) -> Instruction:
        if not self.ctx.forward_mode and inst.block is not self.ctx.fn.entry and \
                stack_restores(self.ctx.fn):
            # the shadow, an alloca beside it, would be released with it (a C99
            # variable-length array's scope ends in llvm.stackrestore) before the reverse
            # reads it: the next iteration's arrays reuse the bytes, a wrong derivative.
            # Plainly scoped arrays are on the heap by now (passes/scoped_arrays.py)
            self.ctx.fail(inst, "cannot differentiate a variable-length array (or alloca) whose "
                                "stack memory is released while the function runs (at the end "
                                "of its scope): its derivative memory would be released with it "
                                "before the reverse pass reads it",
                          "declare the array before the loop, at the largest size it needs, or "
                          "allocate it with malloc")
        b = IRBuilder(self.ctx.fn).position_before(inst.after_definition())
        count = inst.operands[0] if inst.operands else None
        shadow = b.insert(AllocaInst(inst.allocated_type, PTR, count, align=inst.align), name)
        size = ConstantInt(I64, self.ctx.module.layout.size(inst.allocated_type))
        if count is not None:
            size = b.mul(b.cast("zext", count, I64), size)
        self.memset_zero(b, shadow, size)
        return shadow

    def shadow_allocation(self, call: CallInst, name: str) -> Instruction:
        """A zeroed allocation of the same size and alignment (heap.py, the runtime); for
        realloc, a new one into which the old shadow's bytes are copied, or in forward mode
        of memory from outside, a realloc of its tangent (foreign_realloc.py)."""
        b = IRBuilder(self.ctx.fn).position_before(call.after_definition())
        size = heap.byte_size(b, call)
        self.sizes[call] = size
        if heap.is_reallocation(call) and \
                foreign_realloc.follows_by_realloc(self.ctx, self.origins, call):
            old = self.shadow_of(call.args[heap.allocator(call).old], call)
            return b.call(call.callee, [old, *call.args[1:]], call.function_type, name=name)
        if heap.is_reallocation(call):
            old = self.realloc_source(call)
            helper = runtime_function(self.ctx.module, "shadow_realloc")
            return b.call(helper, [old, size, call], name=name)
        align = b.cast("zext", heap.alignment(call), I64)
        helper = runtime_function(self.ctx.module, "shadow_alloc")
        return b.call(helper, [size, align, call], name=name)

    def realloc_source(self, call: CallInst):
        """The shadow of realloc's old pointer (null if its memory has none), which must be
        a shadow enzymec allocated: only those record their size."""
        old = call.args[heap.allocator(call).old]
        if not self.ctx.activity.points_into_shadowed(old):
            return zero(PTR)
        objects = self.origins.objects(old)
        if any(foreign_realloc.plain_tangent(self.ctx, self.origins, o) for o in objects):
            self.ctx.fail(call, f"cannot differentiate '{heap.callee_name(call)}' of memory that "
                              f"may come from outside or from this function: its tangent "
                              f"may or may not have a size enzymec recorded",
                          "realloc one buffer throughout (the argument, or one allocated here)")
        foreign = [o for o in objects
                   if not (isinstance(o, CallInst) and heap.is_allocation(o))]
        if foreign:
            what = "an argument" if any(isinstance(o, Argument) for o in foreign) else \
                "memory enzymec cannot trace"
            self.ctx.fail(call, f"cannot differentiate '{heap.callee_name(call)}' of memory "
                              f"that may come from {what}: only memory allocated in the "
                              f"differentiated function has a shadow of known size",
                          "allocate the buffer inside the differentiated function")
        return self.shadow_of(old, call)

    def memset_zero(self, b: IRBuilder, ptr, size) -> None:
        memset_zero(b, ptr, size)

    def report_lost_store(self, store: Instruction) -> None:
        """Active data written where it can have no shadow: refuse, don't drop it."""
        if isinstance(store, CallInst):
            return self.report_lost_transfer(store)
        base = underlying_object(store.operands[1])
        if base in self.ctx.primal_args:
            self.ctx.fail(store, "an active value is stored into memory of an argument passed "
                               "as constant (enzyme_const); its derivative would be lost",
                          "pass that pointer with enzyme_dup and a shadow buffer")
        if isinstance(base, GlobalVariable):
            self.ctx.fail(store, f"an active value is stored into the global variable "
                               f"'{base.name}'; shadows of globals are not supported yet")
        local = thread_local_global(base)
        if local is not None:
            self.ctx.fail(store, f"cannot differentiate an active value stored into the "
                               f"thread-local variable '{local.name}' (threadprivate or "
                               f"_Thread_local): enzymec cannot give it a shadow",
                          "keep the value in a local variable or pass the memory as an argument")
        callee = base.called_function if isinstance(base, CallInst) else None
        if callee is not None:  # point at the allocation: that is what the user can change
            self.ctx.fail(base, f"an active value is stored into memory from '{callee.name}', "
                              f"which enzymec cannot give a shadow",
                          "allocate that memory with malloc, calloc or new")
        if isinstance(base, Instruction) and base.opcode == "load":
            self.ctx.fail(store, "an active value is stored through a pointer loaded from "
                                 "memory without a derivative (an argument passed as constant, "
                                 "enzyme_const, or what it points to); the derivative of what "
                                 "is read back from there would be lost",
                          "pass the buffer itself with enzyme_dup and a shadow buffer, or "
                          "give the struct holding the pointer a shadow (enzyme_dup) whose "
                          "pointer field points to a shadow buffer")
        what = f"memory from '{base.opcode}'" if isinstance(base, Instruction) else "memory"
        self.ctx.fail(store, f"an active value is stored into {what} whose derivative enzymec "
                           f"cannot track")

    def mirror_call(self, call: CallInst) -> Instruction:
        """Run `call` (calls.MIRRORED_FUNCTIONS) again on the shadows of its pointer
        arguments, right after it; returns the second call."""
        act = self.ctx.activity
        args = [self.shadow_of(a, call) if a.type.is_pointer and act.points_into_shadowed(a)
                else a for a in call.args]
        b = IRBuilder(self.ctx.fn).position_before(call.after_definition())
        name = (call.name or "p") + ".shadow" if call.type != VOID else ""
        return b.call(call.callee, args, call.function_type, name)
    def report_lost_transfer(self, call: CallInst) -> None:
        """A copy out of differentiated memory into memory without a shadow loses the
        derivatives (and shadow pointers) it moves: refuse it, unless type analysis shows
        that the copied bytes are only integers."""
        kinds = self.memory_kinds(call.args[0], call.args[1], size=copy_bound(call))
        if kinds and all(is_int_kind(k) for k in kinds):
            return
        found = ", ".join(sorted(kinds)) or "nothing known"
        name = heap.callee_name(call)
        name = name.split(".")[1] if name.startswith("llvm.") else name
        self.ctx.fail(call, f"'{name}' copies differentiated memory (holding "
                          f"{found}) into memory whose derivative enzymec cannot track",
                      "copy into memory allocated in the differentiated function, or into a "
                      "buffer passed with enzyme_dup")

    def mirror_pointer_store(self, store: Instruction) -> None:
        value, ptr = store.operands
        if not self.ctx.activity.points_into_shadowed(ptr):
            self.ctx.fail(store, "a pointer to differentiated memory is stored where enzymec "
                               "cannot follow it")
        b = IRBuilder(self.ctx.fn).position_before(store.after_definition())
        b.store(self.shadow_of(value, store), self.shadow_of(ptr, store), store.align)
        slot = pointer_slot(ptr, self.ctx.module.layout)
        if slot is not None:  # global_pointers.py: which pointer the shadow is for
            allocations = allocations_behind(value)
            record_owner(b, store, self.ctx.calls.shadow_owners, slot, bool(allocations))
            for allocation in allocations:
                self.kept_shadows.setdefault(allocation, set()).add(slot)

    def shadow_of(self, value, user: Instruction):
        shadow = self.map.get(value)
        if shadow is not None:
            return shadow
        if getattr(value, "keyword", "") in ("null", "undef", "poison") or \
                getattr(value, "keyword", "") == "zeroinitializer" and \
                not differentiable(value.type, self.ctx.activity.bodies):
            return value
        if _from_null(value):  # null moved by an offset (an empty vector's end): no memory
            return value
        if isinstance(value, (ConstantAggregate, Instruction)) and \
                _points_nowhere(value, self.ctx.activity.bodies):
            return value  # numba's array struct as its integer fields are set, before its data
        if isinstance(value, Function):
            # code, no data: a function pointer met as a pointer loaded from shadowed memory
            # (a std::function's manager in a phi) is its own shadow; calls through it are
            # differentiated on the primal pointer (indirect.py)
            return value
        if isinstance(value, ConstantExpr) and value.operands and value.operands[0] in self.map:
            return ConstantExpr(value.type, value.opcode,
                                [self.map[value.operands[0]], *value.operands[1:]], value.flags,
                                value.source_type)
        if isinstance(value, GlobalVariable) and \
                value.name in self.ctx.calls.inactive_global_names:
            return self.inactive_global_sink(value)
        self.ctx.fail(user, "cannot find the derivative memory (shadow) of a pointer here",
                      "pass the pointer with enzyme_dup and its shadow, or enzyme_const")

    # -- reverse ----------------------------------------------------------------------------
    def reverse_load(self, b, load: MemoryInst, dy) -> None:
        if load in self.in_place:
            return  # `p += y`: its store's reverse left the shadow as it was
        shadow = b.primal(self.shadow_of(load.operands[0], load))
        if omp_atomic.reverse_load(self.ctx, b, load, shadow, dy):
            return  # made atomic: memory other threads of a parallel region may touch
        old = b.load(load.type, shadow, align=load.align)
        self.reverse_loads.setdefault(load, []).append(old)
        b.store(add_adjoints(b, old, dy), shadow, load.align)

    def reverse_store(self, b, store: MemoryInst) -> None:
        value, ptr = store.operands
        shadow = b.primal(self.shadow_of(ptr, store))
        derivative = b.load(value.type, shadow, align=store.align)
        if store not in self.in_place:  # `p += y` leaves it (rmw_adjoint.py)
            b.store(zero(value.type), shadow, store.align)
        self.accumulate(b, value, derivative)

    def reverse_memory_call(self, b, call: CallInst) -> None:
        """Allocations free their shadow; memset clears it; memcpy moves adjoints back (the
        reverse_memory hook of the call's kind, call_kinds.py)."""
        hook = self.ctx.calls.kind(call).reverse_memory
        if hook is not None:
            hook(self.hooks, b, call)

    def reverse_allocation(self, b, call: CallInst) -> None:
        """Free the shadow; for realloc, first add the adjoints of the bytes it moved into
        the old shadow, where the reverse of the code before the realloc finds them."""
        shadow = b.primal(self.map[call])
        align = ConstantInt(I64, 16)
        if heap.is_reallocation(call):
            old = call.args[heap.allocator(call).old]
            element = self.realloc_element_type(call, old)
            if element is not None:
                old_shadow = b.primal(self.shadow_of(old, call))
                moved = runtime_function(self.ctx.module, "shadow_moved")
                size = b.call(moved, [shadow, old_shadow, b.primal(self.sizes[call])],
                              name="moved")
                adjoint = runtime_function(self.ctx.module, f"memcpy_adjoint_{element}")
                b.call(adjoint, [shadow, old_shadow, size])
        else:
            align = b.cast("zext", b.primal(heap.alignment(call)), I64)
        if call in self.kept_shadows:
            shadow = self.unless_kept(b, shadow, self.kept_shadows[call])
        elif self.handed_to_caller(call):
            return
        b.call(runtime_function(self.ctx.module, "shadow_free"), [shadow, align])

    def unless_kept(self, b, shadow, slots):
        """`shadow`, or null (which the free ignores) when a slot of a shadow global holds it
        now: the block it shadows lives on in the global (global_pointers.py)."""
        held = None
        for var, offset in sorted(slots, key=lambda slot: (slot[0].name, slot[1])):
            place = b.gep(I8, self.ctx.calls.shadow_globals[var], [ConstantInt(I64, offset)])
            same = b.icmp("eq", b.load(PTR, place, "kept.shadow"), shadow, "kept")
            held = same if held is None else b.binary("or", held, same, "kept")
        return b.select(held, SimpleConstant(PTR, "null"), shadow, "freed.shadow")

    def handed_to_caller(self, call: CallInst) -> bool:
        """Whether a user's whole gradient (or split pair) hands `call`'s block to its caller
        and never frees it: its shadow goes to the caller too (escaping.py)."""
        return call in self.escaping

    def realloc_element_type(self, call: CallInst, old):
        """The float type of the moved memory, None when no adjoint moves (old memory has
        no shadow, or holds only pointers and integers)."""
        if not self.ctx.activity.points_into_shadowed(old):
            return None
        kinds = self.memory_kinds(call, old)
        if kinds and all(k == "ptr" or is_int_kind(k) for k in kinds):
            return None
        return self.element_type(call, call, old)

    def reverse_memcpy(self, b, call: CallInst, destination, source) -> None:
        size = b.cast("zext", b.primal(call.args[2]), I64)
        target = b.primal(self.shadow_of(destination, call))
        if not self.ctx.activity.points_into_shadowed(source):
            # copied from constant memory (a string literal into a record's char field):
            # the bytes' adjoints end here, whatever the record's layout
            self.memset_zero(b, target, size)
            return
        fields = self.copied_fields(call, destination, source)
        origin = b.primal(self.shadow_of(source, call))
        if fields is None:  # one floating-point type throughout
            element = self.element_type(call, destination, source)
            helper = runtime_function(self.ctx.module, f"memcpy_adjoint_{element}")
            b.call(helper, [target, origin, size])
            return
        stride, layout = fields
        for at, kind in sorted(layout.items()):
            if kind in FLOAT_KINDS:
                helper = runtime_function(self.ctx.module, f"memcpy_field_adjoint_{kind}")
                b.call(helper, [target, origin, size, ConstantInt(I64, stride),
                                ConstantInt(I64, at)])

    def copied_fields(self, call: CallInst, *pointers):
        """None when the copied bytes hold one floating-point type (or nothing known: then
        `element_type` reports it); else (record size, {offset: kind}) from type analysis
        (copy_fields.py), or a located error when the layout cannot be decided."""
        size = copy_bound(call)
        kinds = self.memory_kinds(*pointers, size=size)
        if len(kinds) <= 1 and not kinds & {"ptr"} and \
                not any(is_int_kind(k) for k in kinds):
            return None
        if kinds and all(is_int_kind(k) for k in kinds):
            return size or 1, {}  # only integers (an argsort's indices): nothing to move
        if self.memory_types is None:
            self.memory_types = type_analysis(self.ctx.fn)
        record = None if size is not None else record_stride(
            self.memory_types, {underlying_object(p) for p in pointers}, call.args[2])
        fields = copy_fields(self.memory_types, pointers, size, record)
        if fields is None and size is not None:
            fields = agreed(declared_fields(pointers, size, self.ctx.module.layout),
                            self.memory_types, pointers)
        if fields is None and not isinstance(call.args[2], ConstantInt):
            fields = self.bounded_integer_copy(call, pointers, size)
        if fields is None:
            found = ", ".join(sorted(kinds)) or "nothing"
            self.ctx.fail(call, f"cannot deduce the layout of the memory copied here "
                              f"(found {found})",
                          "copy arrays of one floating-point type, or structs whose fields "
                          "are used with their types")
        return fields

    def bounded_integer_copy(self, call: CallInst, pointers, most: int | None):
        """(bound, {}) for a copy of a run-time length (at most `most` bytes, if known)
        whose pointers both start at integer bytes that go on for `bound` bytes before any
        float or pointer (a std::string's characters, copied into a record whose double
        follows the string): it moves no derivative while its length stays within the
        bound, which the forward sweep checks before the copy where `most` does not prove
        it (the runtime stops the program beyond it). None otherwise."""
        bound = min((_integer_span(self.memory_types.get(p, {})) for p in pointers),
                    default=0)
        if not bound:
            return None
        if (most is None or most > bound) and call not in self.bounded_copies:
            self.bounded_copies.add(call)
            b = IRBuilder(self.ctx.fn).position_before(call)
            where = private_string(self.ctx.module, str(self.ctx.location(call) or
                                                        "enzymec"), ".enzymec.where")
            b.call(runtime_function(self.ctx.module, "check_copy_bound"),
                   [b.cast("zext", call.args[2], I64), ConstantInt(I64, bound), where])
        return bound, {}

    def mirror_pointer_copy(self, call: CallInst) -> None:
        """After a memcpy of records holding pointers into differentiated memory, copy the
        shadow pointers between the shadows too (copy_fields.py)."""
        destination, source = call.args[0], call.args[1]
        act = self.ctx.activity
        if not (act.points_into_shadowed(destination) and act.points_into_shadowed(source)):
            return
        fields = self.copied_fields(call, destination, source)
        pointers = [at for at, kind in (fields[1] if fields else {}).items() if kind == "ptr"]
        if not pointers:
            return
        b = IRBuilder(self.ctx.fn).position_before(call.after_definition())
        helper = runtime_function(self.ctx.module, "memcpy_field_pointer")
        size = b.cast("zext", call.args[2], I64)
        for at in sorted(pointers):
            b.call(helper, [self.shadow_of(destination, call), self.shadow_of(source, call),
                            size, ConstantInt(I64, fields[0]), ConstantInt(I64, at)])

    def memory_kinds(self, *pointers, size: int | None = None) -> set[str]:
        """What the memory behind `pointers` holds, from type analysis of the forward code.
        Type analysis does not follow pointers through memory (at -O0 a vector's data
        pointer is loaded anew for each use): when it found nothing, every pointer that may
        point into the same objects (origins.py) tells."""
        from enzymec.analysis import UNKNOWN, memory_kinds, type_analysis
        if self.memory_types is None:
            self.memory_types = type_analysis(self.ctx.fn)
        kinds = memory_kinds(self.memory_types, *pointers, size=size)
        if kinds or self.origins is None:
            return kinds
        objects = set().union(*(self.origins.objects(p) for p in pointers)) - {UNKNOWN}
        return memory_kinds(self.memory_types, *self.origins.pointers_into(objects))

    def element_type(self, call: CallInst, *pointers):
        """What the copied bytes hold: one floating-point type, or a located error."""
        kinds = self.memory_kinds(*pointers, size=copy_bound(call) if heap.is_memcpy(call)
                                  else None)  # the bytes a copy moves
        floats = kinds & {"double", "float", "half"}
        if len(floats) == 1 and all(is_int_kind(k) for k in kinds - floats):
            # integers beside the floats (a typed list's size and capacity before its items)
            # have zero derivative bytes: moving them as the float type adds zeros
            return next(iter(floats))
        if not kinds and float_access_type(call):  # a loop of copies made one (tbaa.py)
            return float_access_type(call)
        found = ", ".join(sorted(kinds)) or "nothing"
        self.ctx.fail(call, f"cannot deduce the type of the memory copied here (found {found})",
                      "copy arrays of one floating-point type, or copy them element by element")


def _integer_span(table: dict) -> int:
    """How many bytes from offset 0 the facts of `table` know as integers before the first
    other kind (0: not an integer at 0, or facts about every element that are not)."""
    if not is_int_kind(table.get(0)) or \
            table.get(None) is not None and not is_int_kind(table.get(None)):
        return 0
    others = [key if isinstance(key, int) else key[1] for key, kind in table.items()
              if key is not None and not is_int_kind(kind)]
    others = [at for at in others if at >= 0]
    return min(others) if others else 0


def only_compared(value, depth: int = 0) -> bool:
    """Whether `value` (a loaded pointer) is only compared, or only loaded through into
    pointers that are only compared: a vtable pointer and the function pointer read from
    the vtable, which an indirect call promoted by indirect.py compares with its targets.
    Such a pointer's shadow is never used to reach memory, so it needs no shadow load
    (which would read the shadow object's vtable slot, null for an object whose shadow was
    never written)."""
    if not value.uses or depth > 4:
        return False
    for user in value.users:
        if user.opcode == "icmp":
            continue
        if user.opcode in ("load", "getelementptr") and user.type.is_pointer and \
                user.operands[0] is value and only_compared(user, depth + 1):
            continue
        return False
    return True
def _from_null(value) -> bool:
    """`value` is a GEP (or cast) of the null pointer: it points into no memory, so it is
    its own shadow (a phi of it and of a real buffer takes the buffer's shadow)."""
    base = underlying_object(value)
    return base is not value and getattr(base, "keyword", "") == "null"


def declared_fields(pointers, size: int, layout):
    """(size, {offset: kind}) of a copy of exactly one local struct or array, from its
    declared type (local_types.py), when its uses could not tell: `Rec r = *rp` of
    {double m; int k; double w[3]} with w indexed at run time, whose strided accesses fell
    on k's offset (type analysis knows an array's stride, not where in the record the array
    starts)."""
    for pointer in pointers:
        ty = declared_type(pointer)
        if ty is not None and layout.size(ty) == size:
            fields: dict[int, str] = {}
            if _flatten(ty, 0, layout, fields):
                return size, fields
    return None


def agreed(declared, facts: dict, pointers):
    """`declared` (declared_fields) when what the code does with the memory agrees with it:
    each access at a constant offset has the declared kind there (integers may fill the
    padding between fields: clang initializes it), and each kind accessed anywhere is
    declared somewhere (a char buffer holding doubles is not all integers), else None."""
    if declared is None:
        return None
    _, fields = declared
    for pointer in pointers:
        for key, kind in facts.get(pointer, {}).items():
            padding = isinstance(key, int) and key not in fields and is_int_kind(kind)
            if isinstance(key, int) and fields.get(key) != kind and not padding or \
                    kind not in fields.values() and not padding:
                return None
    return declared


def _flatten(ty, at: int, layout, fields: dict) -> bool:
    """The scalar kinds of `ty` at their byte offsets (from `at`) into `fields`; False for
    a type holding vectors or other aggregates this does not lay out."""
    if isinstance(ty, (IntType, FloatType)) or ty == PTR:
        fields[at] = str(ty)
        return True
    if isinstance(ty, ArrayType):
        step = layout.size(ty.element)
        return all(_flatten(ty.element, at + i * step, layout, fields) for i in range(ty.count))
    if isinstance(ty, (StructType, NamedStructType)):
        body = layout.body(ty) if isinstance(ty, NamedStructType) else ty
        return body is not None and all(
            _flatten(element, at + offset, layout, fields)
            for offset, element in zip(layout.field_offsets(body), body.elements))
    return False


def _points_nowhere(value, bodies: dict) -> bool:
    """A constant whose pointers are all null or undefined and which holds no float, or such
    a constant with integers inserted: it is its own shadow (its integers are copied as they
    are; a float constant's shadow would be zero, not the constant). `bodies`: the module's
    struct bodies."""
    if isinstance(value, Instruction):
        inserted = value.operands[1].type if value.opcode == "insertvalue" else None
        return inserted is not None and not carries_pointer(inserted, bodies) and \
            not differentiable(inserted, bodies) and _points_nowhere(value.operands[0], bodies)
    if isinstance(value, ConstantAggregate):
        return all(_points_nowhere(part, bodies) for part in value.operands)
    if isinstance(value, SimpleConstant):
        return value.keyword in ("null", "undef", "poison") or \
            value.keyword == "zeroinitializer" and not differentiable(value.type, bodies)
    return isinstance(value, ConstantInt)


def thread_local_global(base):
    """The thread-local global `base` addresses (`llvm.threadlocal.address(@g)`), else None."""
    if isinstance(base, CallInst) and base.called_function is not None and \
            base.called_function.name.startswith("llvm.threadlocal.address") and \
            isinstance(base.args[0], GlobalVariable):
        return base.args[0]
    return None
