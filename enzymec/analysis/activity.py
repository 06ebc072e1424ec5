"""Activity analysis: which values carry derivatives and which pointers need shadows.

Rules (the talk's "Active Variable Detection", made precise for SSA plus memory):

1. *Varied* (forward): the active floating-point arguments are varied. An instruction with a
   differentiable result type (float, vector of float, aggregate holding one) is varied when
   one of its operands is varied; a load of such a type is varied when its pointer has a
   shadow. Integers are never varied: their "derivative" is zero.
2. *Shadowed* pointers: the dup arguments; pointers computed from a shadowed pointer (gep,
   phi, select, casts); aggregates holding one and pointers extracted from those
   (insertvalue/extractvalue, for structs returned by value); pointers loaded from shadowed
   memory; and an alloca into whose memory
   a varied value is stored (the local then needs shadow memory). Iterated to a fixpoint,
   since a store late in the function can make an earlier alloca shadowed.
3. *Useful* (backward): the returned value, every varied value stored to shadowed memory,
   and every varied argument of a call that may touch shadowed memory or keep its arguments
   (a callee with a body, differentiated separately) are useful; operands of a useful
   instruction are useful.
   Heap allocations (the caller's `calls.is_allocation`) and non-constant globals are
   shadowed like allocas (a global through constant-expression GEPs too), and a
   memory transfer (`calls.transfer` gives memcpy's destination and source) from shadowed
   memory shadows its destination. A pointer stored into shadowed memory gets shadow
   memory too (whoever loads it back, a callee or a virtual call on a child object, takes
   it for a shadowed pointer and reads through its shadow). Active data stored where no shadow can exist (an
   enzyme_const argument's memory, a global) is recorded in `lost_stores`: the engine
   reports it rather than dropping the derivative. So is a memory transfer from shadowed
   memory into memory that cannot be shadowed (the engine refuses it unless the bytes
   copied are only integers).
4. A value is *active* when it is varied and useful. A store is active when its pointer is
   shadowed and its value type differentiable (even an inactive value must zero the shadow it
   overwrites). Calls listed as inactive by the caller (printf, ...) propagate nothing:
   printing an active value simply does not differentiate it.
"""

from __future__ import annotations

from enzymec.ir import (AllocaInst, Argument, ArrayType, CallInst, ConstantExpr, FloatType,
                        Function, GlobalVariable, Instruction, NamedStructType, StructType, Type,
                        Value, VectorType)
from enzymec.records import ValueRecord

from .local_fields import stored_values
from .origins import UNKNOWN, PointerOrigins
from .type_analysis import constant_offset

POINTER_PASSTHROUGH = frozenset({"getelementptr", "phi", "select", "addrspacecast", "bitcast",
                                 "freeze"})
# instructions that move pointers inside aggregates ({ptr, i32} returned by value, ...)
AGGREGATE_PASSTHROUGH = frozenset({"insertvalue", "extractvalue", "phi", "select", "freeze"})


def carries_pointer(ty: Type, bodies: dict | None = None) -> bool:
    """Whether values of `ty` are or contain pointers (which may then need shadows)."""
    if ty.is_pointer:
        return True
    if isinstance(ty, ArrayType):
        return carries_pointer(ty.element, bodies)
    if isinstance(ty, NamedStructType):
        body = (bodies or {}).get(ty.name)
        return body is not None and carries_pointer(body, bodies)
    if isinstance(ty, StructType):
        return any(carries_pointer(t, bodies) for t in ty.elements)
    return False


def differentiable(ty: Type, bodies: dict | None = None) -> bool:
    """Whether values of `ty` carry a derivative."""
    if isinstance(ty, FloatType):
        return ty.kind in ("float", "double", "half", "x86_fp80", "fp128")
    if isinstance(ty, (VectorType, ArrayType)):
        return differentiable(ty.element, bodies)
    if isinstance(ty, NamedStructType):
        body = (bodies or {}).get(ty.name)
        return body is not None and differentiable(body, bodies)
    if isinstance(ty, StructType):
        return any(differentiable(t, bodies) for t in ty.elements)
    return False


class Activity(ValueRecord):
    _fields = ("varied", "useful", "shadowed", "bodies", "lost_stores", "origins")

    def __init__(
            self, varied: set[Value] | None = None, useful: set[Value] | None = None,
            shadowed: set[Value] | None = None, bodies: dict | None = None,
            lost_stores: list[Instruction] | None = None, origins: PointerOrigins | None = None
    ) -> None:
        self.varied = set() if varied is None else varied
        self.useful = set() if useful is None else useful
        self.shadowed = set() if shadowed is None else shadowed
        self.bodies = {} if bodies is None else bodies
        self.lost_stores = [] if lost_stores is None else lost_stores
        self.origins = origins  # computed when first needed
        self.local_fields: dict = {}  # local_fields.py's memo for this analysis (no field)

    def is_active(self, value: Value) -> bool:
        return value in self.varied and value in self.useful

    def points_into_shadowed(self, ptr: Value) -> bool:
        """`ptr` is shadowed, or a constant expression (GEP of a global) into such memory."""
        return ptr in self.shadowed or (isinstance(ptr, ConstantExpr)
                                        and underlying_object(ptr) in self.shadowed)

    def is_active_store(self, inst: Instruction) -> bool:
        return (self.points_into_shadowed(inst.operands[1])
                and differentiable(inst.operands[0].type, self.bodies))


def activity(function: Function, active_args, shadowed_args, calls,
             shadowed_globals=(), shadowed_returns: bool = False) -> Activity:
    """Analyse `function` given its active scalar and shadowed pointer arguments; `calls`
    answers `is_inactive(call)`, `is_allocation(call)`, `transfer(call)` and
    `may_keep_arguments(call)`. `shadowed_globals` are shadowed from the start (globals
    that code this analysis does not see, a split callee's, may write active data to);
    `shadowed_returns`: the caller needs a shadow of the returned pointer."""
    result = Activity(set(active_args), set(), set(shadowed_args) | set(shadowed_globals),
                      function.module.struct_bodies if function.module else {})
    if shadowed_returns:
        for inst in function.instructions():
            if inst.opcode == "ret" and inst.operands and inst.operands[0].type.is_pointer:
                _shadow_memory_of(inst.operands[0], result, calls)
    changed = True
    while changed:
        changed = False
        for inst in function.instructions():
            changed |= _forward(inst, result, calls)
    _backward(function, result, calls)
    read_back = _read_back(function, result, calls)
    result.lost_stores = [i for i in function.instructions()
                          if _is_lost_store(i, result, calls, read_back)
                          or _is_lost_transfer(i, result, calls)]
    return result


def _shadow_memory_of(ptr: Value, act: Activity, calls) -> None:
    """Active data is written through `ptr`: its allocation needs a shadow. Through a phi,
    select or load of pointers, each allocation it may point into does: `PointerOrigins`
    (origins.py) follows pointers through memory, as in a pointer kept in a local struct."""
    base = underlying_object(ptr)
    if _shadowable(base, calls) and not (isinstance(base, CallInst) and
                                         _returns_shadow(base, calls)):
        act.shadowed.add(base)
        return
    if not isinstance(ptr, Instruction):
        return  # an argument or a constant: nothing to follow
    objects = _origins(act, ptr.function, calls).objects(ptr)
    act.shadowed.update(o for o in objects if _shadowable(o, calls))
    if UNKNOWN in objects and getattr(base, "opcode", None) == "load":
        _shadow_holder(base, act, calls)


def _origins(act: Activity, function: Function, calls) -> PointerOrigins:
    """The function's pointer origins, computed the first time this analysis asks."""
    if act.origins is None:
        act.origins = PointerOrigins(function, calls)
    return act.origins


def _shadow_holder(load: Instruction, act: Activity, calls) -> None:
    """A pointer loaded from memory that something this analysis cannot see wrote (a call
    given the holder's address: `grow(&buffer)` reallocating `buffer.data`): the memory
    holding the pointer gets a shadow, so that the load gets the shadow pointer from it and
    the call, handed the holder as duplicated, writes the shadow pointer there (its
    augmented forward shadows what it stores)."""
    holder = underlying_object(load.operands[0])
    if _shadowable(holder, calls):
        act.shadowed.add(holder)


def _shadowable(base: Value, calls) -> bool:
    return (isinstance(base, AllocaInst)
            or isinstance(base, CallInst) and (calls.is_allocation(base)
                                               or _returns_shadow(base, calls))
            or isinstance(base, GlobalVariable) and not base.is_constant
            and not inactive_global(base, calls))


def _returns_shadow(call: CallInst, calls) -> bool:
    """A pointer returned by a callee the engine differentiates from its body (a split
    call: an allocation wrapper not inlined): its augmented forward returns the pointer's
    shadow too (result kind `dup`), made by the callee's own analysis of what it returns.
    Only where origins name the call itself (fresh memory from elsewhere): a pointer the
    caller can trace to its own objects (`node->_M_addr()`) shadows those instead."""
    callee = call.called_function
    return call.type.is_pointer and callee is not None and not callee.is_declaration and \
        calls.may_keep_arguments(call) and \
        getattr(calls, "custom_gradient", lambda c: None)(call) is None


def inactive_global(base: Value, calls) -> bool:
    """A global the user declared inactive (`__attribute__((enzyme_inactive))` or
    `__enzyme_inactive_global`): its data carries no derivative, so it gets no shadow and
    active values stored into it are dropped on purpose."""
    return isinstance(base, GlobalVariable) and \
        base.name in getattr(calls, "inactive_global_names", ())


def _is_lost_store(inst: Instruction, act: Activity, calls=None, read_back=()) -> bool:
    """Active data stored where it has no shadow: the value is useful itself, or varied and
    stored into memory the output reads back (`read_back`: an enzyme_const buffer used as
    scratch; its loads are inactive, so the value would not count as useful)."""
    if inst.opcode != "store" or act.points_into_shadowed(inst.operands[1]):
        return False
    base = storage(underlying_object(inst.operands[1]))
    if inactive_global(base, calls):
        return False
    value = inst.operands[0]
    layout = inst.function.module.layout if inst.function.module else None
    return value in act.shadowed or value in act.varied and (
        value in act.useful or object_key(inst.operands[1], layout) in read_back)


def storage(base: Value) -> Value:
    """The object a base pointer stands for: a thread-local global for each of the
    `llvm.threadlocal.address(@g)` calls that address it (LLVM makes one per loop: the store
    through one and the load through another were two objects, and the store of active data
    into `thread_local double s[4]` went unnoticed, a zero derivative), else the base."""
    if isinstance(base, CallInst) and base.called_function is not None and \
            base.called_function.name.startswith("llvm.threadlocal.address") and \
            isinstance(base.args[0], GlobalVariable):
        return base.args[0]
    return base


def object_key(ptr: Value, layout, depth: int = 4):
    """What tells apart the objects stores and loads reach: the base object (storage), or,
    for a pointer loaded from memory, which slot it was loaded from: ("loaded", the slot's
    object key, its constant byte offset or None). Two loads of `wk->buf` (at -O0, or one
    per loop) are then one object, where each load instruction was its own base: active
    data stored through one and read back through the other went unnoticed (a dropped
    derivative, not an error)."""
    base = storage(underlying_object(ptr))
    if depth and isinstance(base, Instruction) and base.opcode == "load" and \
            base.type.is_pointer:
        address = base.operands[0]
        return ("loaded", object_key(address, layout, depth - 1),
                constant_offset(address, layout)[1])
    return base


def _read_back(function: Function, act: Activity, calls) -> set:
    """The objects (object_key) whose contents reach the output, varied or not: read by a
    load some result depends on, or handed to a call that may read them; what is stored
    into such memory reaches the output in turn."""
    layout = function.module.layout if function.module else None
    worklist: list[Value] = []
    bases: set = set()
    stored: dict = {}
    for inst in function.instructions():
        if inst.opcode == "store":
            stored.setdefault(object_key(inst.operands[1], layout), []).append(
                inst.operands[0])
        if inst.opcode == "ret" and inst.operands:
            worklist.append(inst.operands[0])
        elif inst.opcode == "store" and act.points_into_shadowed(inst.operands[1]):
            worklist.append(inst.operands[0])
        elif isinstance(inst, CallInst) and not calls.is_inactive(inst):
            worklist.extend(inst.args)
    seen: set[Value] = set()

    def read(pointer: Value) -> None:
        base = object_key(pointer, layout)
        if base not in bases:
            bases.add(base)
            worklist.extend(stored.get(base, ()))

    while worklist:
        value = worklist.pop()
        if value in seen:
            continue
        seen.add(value)
        if value.type.is_pointer:  # handed to a call, or the address of a load
            read(value)
        if isinstance(value, Instruction) and value.opcode != "load":
            worklist.extend(value.operands)
        elif isinstance(value, Instruction):
            read(value.operands[0])
    return bases


def _is_lost_transfer(inst: Instruction, act: Activity, calls) -> bool:
    """A memcpy from shadowed memory into memory with no shadow."""
    transfer = calls.transfer(inst) if isinstance(inst, CallInst) else None
    return transfer is not None and act.points_into_shadowed(transfer[1]) and \
        not act.points_into_shadowed(transfer[0])


def _forward(inst: Instruction, act: Activity, calls) -> bool:
    """Apply the forward rules to one instruction; True when a set grew."""
    before = len(act.varied) + len(act.shadowed)
    ops = inst.operands
    if inst.opcode == "store":
        if (ops[0] in act.varied or ops[0] in act.shadowed) and \
                not act.points_into_shadowed(ops[1]):
            _shadow_memory_of(ops[1], act, calls)
        elif ops[0].type.is_pointer and ops[0] not in act.shadowed and \
                act.points_into_shadowed(ops[1]):
            _shadow_memory_of(ops[0], act, calls)
    elif inst.opcode == "load":
        if act.points_into_shadowed(ops[0]):
            if differentiable(inst.type, act.bodies):
                act.varied.add(inst)
            if carries_pointer(inst.type, act.bodies) and not _reads_no_shadow(inst, act, calls):
                act.shadowed.add(inst)
    elif isinstance(inst, CallInst):
        transfer = calls.transfer(inst)
        if transfer is not None:
            destination, source = transfer
            if source in act.shadowed and destination not in act.shadowed:
                _shadow_memory_of(destination, act, calls)
        elif not calls.is_inactive(inst):
            touches = any(a in act.varied or a in act.shadowed for a in inst.args)
            if touches and differentiable(inst.type, act.bodies):
                act.varied.add(inst)
            mirrored = getattr(calls, "is_mirrored", None)
            if touches and inst.type.is_pointer and (calls.may_keep_arguments(inst) or
                                                     mirrored is not None and mirrored(inst)):
                act.shadowed.add(inst)  # it may return a pointer into what it was given
            if touches:  # a callee may store active values through any pointer it gets
                for arg in inst.args:
                    if arg.type.is_pointer and not act.points_into_shadowed(arg):
                        _shadow_memory_of(arg, act, calls)
    else:
        if inst.type.is_pointer and inst.opcode in POINTER_PASSTHROUGH or \
                inst.opcode in AGGREGATE_PASSTHROUGH and carries_pointer(inst.type, act.bodies):
            if any(op in act.shadowed or op.type.is_pointer and act.points_into_shadowed(op)
                   for op in ops):
                act.shadowed.add(inst)
                if inst.opcode in ("phi", "select"):  # each memory it may select is reachable
                    for op in ops:                     # through it: shadow them all
                        if op.type.is_pointer and not act.points_into_shadowed(op):
                            _shadow_memory_of(op, act, calls)
        if differentiable(inst.type, act.bodies) and any(op in act.varied for op in ops):
            act.varied.add(inst)
    return len(act.varied) + len(act.shadowed) != before


def _reads_no_shadow(load: Instruction, act: Activity, calls) -> bool:
    """A pointer loaded from a local's field that only ever receives pointers without a
    shadow (an enzyme_const argument kept in a struct beside active data) has none either
    (local_fields.py). Reached through another local (GSL's `gsl_function {f, &params}`
    handed to an integrator, inlined at -O0), the same is asked of pointer origins: a
    pointer that may point only into arguments without shadows needs none."""
    if not load.type.is_pointer:
        return False
    stored = stored_values(load, act.local_fields)
    if stored is not None:
        return not any(act.points_into_shadowed(v) for v in stored)
    if not isinstance(load.operands[0], Instruction) or \
            getattr(load.operands[0], "opcode", None) not in ("getelementptr", "load"):
        return False
    objects = _origins(act, load.function, calls).objects(load)
    return bool(objects) and all(isinstance(o, Argument) and o not in act.shadowed
                                 for o in objects)


def _backward(function: Function, act: Activity, calls) -> None:
    worklist: list[Value] = []
    for inst in function.instructions():
        if inst.opcode == "ret" and inst.operands:
            worklist.append(inst.operands[0])
        elif inst.opcode == "store" and act.points_into_shadowed(inst.operands[1]):
            worklist.append(inst.operands[0])
        elif isinstance(inst, CallInst) and not calls.is_inactive(inst):
            # a callee with a body may store its arguments anywhere (globals, memory)
            if any(a in act.shadowed for a in inst.args) or calls.may_keep_arguments(inst):
                worklist.extend(inst.args)
    while worklist:
        value = worklist.pop()
        if value not in act.varied or value in act.useful:
            continue
        act.useful.add(value)
        if isinstance(value, Instruction) and value.opcode != "load":
            worklist.extend(value.operands)


def underlying_object(ptr: Value, limit: int = 32) -> Value:
    """Follow geps and casts back to the allocation or argument a pointer points into."""
    while limit and isinstance(ptr, (Instruction, ConstantExpr)) and ptr.opcode in (
            "getelementptr", "addrspacecast", "bitcast"):
        ptr = ptr.operands[0]
        limit -= 1
    return ptr


def print_activity(function: Function, act: Activity, names: dict[Value, str]) -> str:
    """One line per argument and instruction: `active`, `shadowed` or `inactive`."""
    lines = []
    for value in [*function.args, *function.instructions()]:
        if value.type.is_void:
            continue
        state = ("active" if act.is_active(value) else
                 "shadowed" if value in act.shadowed else "inactive")
        lines.append(f"{names.get(value, value.name)}: {state}")
    return "\n".join(lines)
