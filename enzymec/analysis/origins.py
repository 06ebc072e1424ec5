"""Pointer origins: the objects a pointer may point into, followed through memory.

A flow-insensitive may-point-to analysis of one function (Andersen style, field-sensitive
at constant byte offsets). Each pointer value gets a set of *locations* `(object, offset)`:
the object is an alloca, an allocation call, a global, an argument, another call returning
a pointer (memory from elsewhere, named by the call) or UNKNOWN; the offset is a constant
byte offset or None (anywhere in the object). A pointer loaded from a location may
be any pointer stored at that location anywhere in the function:

    store ptr %m, ptr %v.data        ; %m = call ptr @malloc(...)
    %d = load ptr, ptr %v.data       ; origins(%d) = {%m}

Memory the function did not create (arguments, globals, calls, UNKNOWN) and objects whose address
escapes (passed to a call that may keep or write it) may also hold pointers from elsewhere:
loads from them include UNKNOWN.

Clients: activity (active data written through a pointer loaded from a local struct shadows
the allocation stored there) and the shadow of `realloc` (the old pointer must come from an
allocation of the differentiated function, whose shadow's size enzymec knows).
"""

from __future__ import annotations

from enzymec.ir import (AllocaInst, Argument, CallInst, ConstantAggregate, ConstantExpr,
                        Function, GepInst,
                        GlobalValue, Instruction, SimpleConstant, Value)

from .type_analysis import gep_offset

UNKNOWN = "unknown"           # an object enzymec cannot name
MAX_OFFSETS = 8               # distinct offsets into one object before "anywhere"
_ANYWHERE = (UNKNOWN, None)
_SAME_POINTER = frozenset({"bitcast", "addrspacecast", "freeze"})
# library functions returning their first argument
_RETURNS_FIRST_ARG = frozenset({"memcpy", "memmove", "memset", "strcpy", "strncpy", "strcat",
                                "strncat", "stpcpy"})
# calls that never keep or write through the pointers passed to them
_HARMLESS_INTRINSICS = ("llvm.lifetime.", "llvm.dbg.", "llvm.assume", "llvm.invariant.",
                        "llvm.prefetch", "llvm.experimental.noalias", "llvm.memset.")


class PointerOrigins:
    """`objects(ptr)`: what `ptr` may point into; computed once, to a fixpoint.

    `calls` answers `is_allocation(call)` (a fresh object), `is_inactive(call)` and,
    optionally, `is_memory_function(call)` (such calls do not let a pointer escape) and
    `transfer(call)` (memcpy-like: (destination, source) or None)."""

    def __init__(self, function: Function, calls):
        self.calls = calls
        self.layout = function.module.layout if function.module else None
        self.points: dict[Value, set] = {}
        self.contents: dict = {}      # object -> {offset or None: set of locations}
        self.escaped: set = set()
        instructions = list(function.instructions())
        changed = True
        while changed:
            changed = False
            for inst in instructions:
                changed |= self._visit(inst)

    # -- queries ----------------------------------------------------------------------------
    def locations(self, value: Value) -> set:
        if isinstance(value, Instruction):
            return self.points.get(value, set())
        return self._constant(value)

    def objects(self, value: Value) -> set:
        """The objects (alloca, allocation call, global, argument, UNKNOWN) `value` may
        point into."""
        return {obj for obj, _ in self.locations(value)}

    def pointers_into(self, objects: set) -> list[Value]:
        """Every pointer value of the function that may point into one of `objects`."""
        return [v for v, locations in self.points.items()
                if any(obj in objects for obj, _ in locations)]

    # -- transfer functions -----------------------------------------------------------------
    def _visit(self, inst: Instruction) -> bool:
        changed = False
        if _holds_pointers(inst.type):  # pointers, and aggregates holding them
            changed |= self._add(self.points, inst, self._value(inst))
        op = inst.opcode
        if op == "store":
            value, address = inst.operands
            stored = self.locations(value) if _holds_pointers(value.type) else None
            for location in self.locations(address) if stored else ():
                changed |= self._store(location if value.type.is_pointer else
                                       (location[0], None), stored)
        elif op in ("atomicrmw", "cmpxchg"):
            stored = set().union(*(self.locations(v) for v in inst.operands[1:]
                                   if v.type.is_pointer))
            for obj in self.objects(inst.operands[0]) if stored else ():
                changed |= self._store((obj, None), stored)
        elif isinstance(inst, CallInst):
            changed |= self._call(inst)
        elif op in ("ret", "ptrtoint") and inst.operands and inst.operands[0].type.is_pointer:
            changed |= self._escape(self.locations(inst.operands[0]))
        return changed

    def _value(self, inst: Instruction) -> set:
        op = inst.opcode
        if isinstance(inst, AllocaInst):
            return {(inst, 0)}
        if isinstance(inst, GepInst):
            return self._shift(self.locations(inst.operands[0]), gep_offset(inst, self.layout))
        if op in _SAME_POINTER:
            return set(self.locations(inst.operands[0]))
        if op in ("phi", "select", "insertvalue", "extractvalue"):
            # an aggregate's locations are those of every pointer inside it (one set for
            # all its fields): a {ptr, i64} pair returned by an inlined helper keeps them
            return set().union(*(self.locations(v) for v in inst.operands
                                 if _holds_pointers(v.type)))
        if op == "load":
            return set().union(*(self._load(loc) for loc in self.locations(inst.operands[0])))
        if isinstance(inst, CallInst):
            if self.calls.is_allocation(inst):
                return {(inst, 0)}
            fn = inst.called_function
            if fn is not None and fn.name in _RETURNS_FIRST_ARG and inst.args:
                return set(self.locations(inst.args[0]))
            return {(inst, None)} | self._kept_arguments(inst)
        return {_ANYWHERE}

    def _kept_arguments(self, call: CallInst) -> set:
        """A function with a body may return a pointer into an object it was given (a hash
        table's insert returns the node passed to it): those objects, at unknown offsets."""
        keeps = getattr(self.calls, "may_keep_arguments", None)
        if keeps is None or not keeps(call):
            return set()
        found = set()
        for arg in call.args:
            if arg.type.is_pointer:
                found |= {(obj, None) for obj, _ in self.locations(arg)}
        return found

    def _constant(self, value: Value) -> set:
        if isinstance(value, SimpleConstant):
            return set()  # null, undef, poison, zeroinitializer
        if isinstance(value, ConstantAggregate):
            return set().union(*(self._constant(v) for v in value.operands
                                 if _holds_pointers(v.type)))
        if isinstance(value, (GlobalValue, Argument)):
            return {(value, 0)}
        if isinstance(value, ConstantExpr) and value.operands:
            base = self.locations(value.operands[0])
            if value.opcode == "getelementptr":
                return self._shift(base, gep_offset(value, self.layout))
            if value.opcode in _SAME_POINTER:
                return base
        return {_ANYWHERE}

    def _call(self, call: CallInst) -> bool:
        changed = False
        transfer = self.calls.transfer(call) if hasattr(self.calls, "transfer") else None
        if transfer is not None and call.type.is_void:  # memcpy: contents move wholesale
            moved = set().union(*(self._load((obj, None))
                                  for obj in self.objects(transfer[1])))
            for obj in self.objects(transfer[0]):
                changed |= self._store((obj, None), moved)
            return changed
        if self._harmless(call):
            return False
        for arg in call.args:
            if arg.type.is_pointer:
                changed |= self._escape(self.locations(arg))
        return changed

    def _harmless(self, call: CallInst) -> bool:
        fn = call.called_function
        if fn is not None and fn.name.startswith(_HARMLESS_INTRINSICS):
            return True
        memory = getattr(self.calls, "is_memory_function", None)
        return self.calls.is_allocation(call) or (memory is not None and memory(call))

    def _escape(self, locations: set) -> bool:
        """These objects, and all reachable from them, leave the function's sight: code it
        cannot see may store any pointer into them."""
        changed, seen = False, set()
        work = [obj for obj, _ in locations]
        while work:
            obj = work.pop()
            if obj in seen or not self._fresh(obj):
                continue
            seen.add(obj)
            if obj not in self.escaped:
                self.escaped.add(obj)
                changed = True
            for stored in self.contents.get(obj, {}).values():
                work.extend(o for o, _ in stored)
        return changed

    # -- memory -----------------------------------------------------------------------------
    def _fresh(self, obj) -> bool:
        """Created by the function: an alloca or an allocation."""
        return isinstance(obj, AllocaInst) or isinstance(obj, CallInst) and \
            self.calls.is_allocation(obj)

    def _local(self, obj) -> bool:
        """Created by the function and never seen outside it."""
        return self._fresh(obj) and obj not in self.escaped

    def _load(self, location) -> set:
        obj, offset = location
        table = self.contents.get(obj, {})
        found = set(table.get(None, ()))
        if offset is None:
            for stored in table.values():
                found |= stored
        else:
            found |= table.get(offset, set())
        if not self._local(obj):
            found.add(_ANYWHERE)  # arguments, globals, escaped objects: filled outside too
        return found

    def _store(self, location, pointers: set) -> bool:
        obj, offset = location
        changed = False
        if not self._local(obj):  # stored where code outside may find them
            changed |= self._escape(pointers)
        if obj != UNKNOWN:
            changed |= self._add(self.contents.setdefault(obj, {}), offset, pointers)
        return changed

    @staticmethod
    def _add(table: dict, key, new: set) -> bool:
        old = table.get(key, set())
        if new <= old:
            return False
        joined = _join(old, new)
        table[key] = joined
        return joined != old

    @staticmethod
    def _shift(locations: set, offset: int | None) -> set:
        return {(obj, None if at is None or offset is None else at + offset)
                for obj, at in locations}


def _join(old: set, new: set) -> set:
    """old ∪ new, with the offsets into one object widened to None (anywhere) beyond a few:
    a pointer stepping through an array in a loop would otherwise gain offsets forever."""
    offsets: dict = {}
    for obj, offset in old | new:
        offsets.setdefault(obj, set()).add(offset)
    joined = set()
    for obj, found in offsets.items():
        if None in found or len(found) > MAX_OFFSETS:
            joined.add((obj, None))
        else:
            joined.update((obj, offset) for offset in found)
    return joined


def _holds_pointers(ty) -> bool:
    elements = getattr(ty, "elements", None)
    if elements is not None:
        return any(_holds_pointers(t) for t in elements)
    element = getattr(ty, "element", None)
    return ty.is_pointer or (element is not None and _holds_pointers(element))
