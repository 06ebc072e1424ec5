"""Type analysis: what the memory behind each pointer holds, at which byte offsets.

With opaque pointers the IR no longer says that `ptr %x` points at doubles; the loads, stores,
GEPs and copies that use the pointer do. Each pointer value gets a map `offset -> kind`
(`double`, `float`, `i32`, `ptr`, ...), where offset `None` means "at every element" (an
access through a GEP with a variable index). Facts flow both ways along the def-use graph,
as in Enzyme's TypeAnalysis (Moses et al., "Reverse-mode automatic differentiation and
optimization of GPU kernels via Enzyme", SC'21): a load of double from `gep p, 8` says
offset 8 of `p` holds a double, and what `p` holds tells what `gep p, 8` holds. A memcpy
unifies its source and destination. Two different kinds at one offset become `conflict`
(a union, or integer bit tricks on floats) so that a client can refuse rather than guess.

Integers say what they carry, not their own type, when they only move bits (as Enzyme's
TypeTree does for values): `store i64 (bitcast double %d)` stores a double,
`store i64 (ptrtoint %q)` a pointer, an `i64` loaded only to be bitcast to double or turned
into a pointer reads one, and `store i64 (load i64 %src), %dst` (a struct copy lowered by
SROA/instcombine) unifies `%src` and `%dst` over 8 bytes, like a memcpy.
"""

from __future__ import annotations

import math

from enzymec.ir import (VOID, ArrayType, CallInst, ConstantExpr, ConstantInt, Function, GepInst,
                        Instruction, NamedStructType, StructType, Type, Value, VectorType)

from .object_size import object_size
from .tbaa import float_access_type

ANY = None  # the offset key for "every element"


def type_analysis(function: Function, max_rounds: int = 32,
                  seeds: dict[Value, dict] | None = None) -> dict[Value, dict]:
    """`{pointer: {offset or None: kind}}` for the pointers of `function`; `seeds` are facts
    known from outside (what a call site's arguments point at, as Enzyme's call-site type
    trees), which the body then spreads."""
    facts: dict[Value, dict] = {ptr: dict(table) for ptr, table in (seeds or {}).items()}
    layout = function.module.layout if function.module else None
    reloads = _reloaded_pointers(function, layout)
    tags = _tagged_accesses(function)
    for _ in range(max_rounds):
        changed = False
        for inst in function.instructions():
            changed |= _visit(inst, facts, layout, tags)
        for group in reloads:
            changed |= _unify(facts, group)
        if not changed:
            break
    return facts


def _reloaded_pointers(function: Function, layout) -> list[list[Value]]:
    """Pointers loaded more than once from one address (a struct's `s->v` read at each
    use): the same pointer, as far as what it points to goes (clang reloads a field after
    a call or a store it cannot see past; flow-insensitive, like the rest)."""
    groups: dict = {}
    for inst in function.instructions():
        if inst.opcode == "load" and inst.type.is_pointer:
            key = _address_key(inst.operands[0], layout)
            if key is not None:
                groups.setdefault(key, []).append(inst)
    return [group for group in groups.values() if len(group) > 1]


def _address_key(ptr: Value, layout):
    """(object, constant offset) of an address, or None when an offset is not constant."""
    offset = 0
    while isinstance(ptr, GepInst):
        step = gep_offset(ptr, layout)
        if step is None:
            return None
        offset += step
        ptr = ptr.operands[0]
    return ptr, offset


def _merge(old: str | None, kind: str) -> str:
    """Two kinds seen at one offset: the same, or two integers of different widths (a
    string's bytes and its capacity in one union: integer bits either way, no float), else
    a conflict."""
    if old in (None, kind) or is_int_kind(old) and is_int_kind(kind):
        return old or kind
    return "conflict"


def is_int_kind(kind: str | None) -> bool:
    """Whether a kind of these facts is an integer (`i8`, `i32`, `i64`, ...)."""
    return bool(kind) and kind[0] == "i" and kind[1:].isdigit()


def _record(facts, ptr: Value, offset, kind: str) -> bool:
    table = facts.setdefault(ptr, {})
    old = table.get(offset)
    new = _merge(old, kind)
    if old == new:
        return False
    table[offset] = new
    return True


def _kind(ty: Type) -> str:
    return str(ty.scalar) if not ty.is_pointer else "ptr"


_FLOAT_BYTES = {"double": 8, "float": 4, "half": 2}


def _tagged_accesses(function: Function) -> dict:
    """Integer loads and stores -> the float type of their width their !tbaa tag names
    (tbaa.py); read once per analysis, not in each round."""
    tags = {}
    for inst in function.instructions():
        if inst.opcode not in ("load", "store"):
            continue
        ty = inst.type if inst.opcode == "load" else inst.operands[0].type
        kind = float_access_type(inst) if ty.is_integer else None
        if kind and _FLOAT_BYTES[kind] * 8 == getattr(ty, "bits", 0):
            tags[inst] = kind
    return tags


def _visit(inst: Instruction, facts, layout, tags: dict) -> bool:
    if inst.opcode == "load":
        kind = tags.get(inst) or loaded_kind(inst)
        return kind is not None and _record(facts, inst.operands[0], 0, kind)
    if inst.opcode == "store":
        value, ptr = inst.operands
        tagged = tags.get(inst)
        if tagged is not None:  # the bits of a double, says the access tag
            return _record(facts, ptr, 0, tagged)
        if getattr(value, "keyword", "") == "null" or \
                isinstance(value, ConstantInt) and value.value == 0:
            # a null pointer or an integer zero is the bits of every zero: an initialization
            # (std::function clears its storage before a captured double goes there; a
            # memset of a double slot becomes `store i64 0`) says nothing of what the memory
            # holds later, as Enzyme takes a zero constant for any type
            return False
        if is_integer_move(value):
            return _unify(facts, [value.operands[0], ptr], _bytes(value.type))
        return _record(facts, ptr, 0, stored_kind(value))
    if isinstance(inst, GepInst):
        return _through_gep(inst, facts, layout)
    if inst.opcode in ("phi", "select") and inst.type.is_pointer:
        operands = [op for op in inst.operands if op.type.is_pointer]
        return _unify(facts, [inst, *operands])
    if isinstance(inst, CallInst) and inst.type == VOID and inst.called_function is not None:
        name = inst.called_function.name
        if name.startswith(("llvm.memcpy.", "llvm.memmove.")) or name in ("memcpy", "memmove"):
            return _unify(facts, inst.args[:2], copy_bound(inst, layout))
    return False


# casts whose integer side carries the bits of the other side
_BITS_OF = {"bitcast": lambda v: _kind(v.type), "ptrtoint": lambda v: "ptr"}


def stored_kind(value: Value) -> str:
    """What a store of `value` writes: the float or pointer an integer carries, when it is
    a bitcast or ptrtoint of one, else the value's own type."""
    if value.type.is_integer and isinstance(value, Instruction) and value.opcode in _BITS_OF \
            and not value.operands[0].type.is_integer:
        return _BITS_OF[value.opcode](value.operands[0])
    return _kind(value.type)


# users through which an integer may still be the image of a float or pointer
_BIT_MOVERS = frozenset({"store", "bitcast", "inttoptr", "and", "or", "xor", "phi", "select",
                         "freeze"})


def loaded_kind(load: Instruction) -> str | None:
    """What a load reads: for an integer, the float or pointer its bits become (followed
    through sign masks, phi, select and freeze: `fabs` as `& 0x7fff...` next to a plain
    bitcast of the same bits); None when it only moves bits (to a store, which unifies
    both memories); its own type once a user computes with it as an integer, or when
    unused."""
    if not load.type.is_integer:
        return _kind(load.type)
    ends = _bit_ends(load)
    if not ends:  # computed with, or unused: an integer
        return _kind(load.type)
    floats = {_kind(end.type) for end in ends if end.opcode == "bitcast"}
    if len(floats) == 1:
        return floats.pop()
    if all(end.opcode == "inttoptr" for end in ends):
        return "ptr"
    return None


def _bit_ends(value: Instruction) -> list[Instruction] | None:
    """The bitcasts to float, inttoptrs and stores where the bits of `value` end, following
    integer bit movers; None once a user computes with them as an integer."""
    ends, work, seen = [], [value], set()
    while work:
        current = work.pop()
        if current in seen:
            continue
        seen.add(current)
        for user in current.users:
            if not isinstance(user, Instruction) or user.opcode not in _BIT_MOVERS:
                return None
            if user.opcode in ("store", "inttoptr") or \
                    user.opcode == "bitcast" and user.type.scalar.is_float:
                ends.append(user)
            elif user.type.is_integer:
                work.append(user)
            else:
                return None
    return ends


def copy_bound(call: CallInst, layout=None) -> int | None:
    """The bytes a memcpy/memmove moves: its constant length, else at most what is left
    after one of its pointers in an object of known size, else None."""
    length = call.args[2]
    if isinstance(length, ConstantInt):
        return length.value
    if layout is None and call.function is not None and call.function.module is not None:
        layout = call.function.module.layout
    return _smallest_extent(call.args[:2], layout)


def _smallest_extent(pointers, layout) -> int | None:
    """A bound on a copy of unknown length between `pointers`: the bytes left after one of
    them in an object of known size (a copy cannot run past it)."""
    extents = [e for e in (_extent(p, layout) for p in pointers) if e is not None]
    return min(extents) if extents else None


def _extent(ptr: Value, layout) -> int | None:
    """Bytes from `ptr` to the end of the object (alloca, or heap allocation of constant
    size: object_size.py) it points into at a constant offset."""
    key = _address_key(ptr, layout)
    if key is None:
        return None
    size = object_size(key[0], layout)
    return None if size is None else max(0, size - key[1])


def is_integer_move(value: Value) -> bool:
    """`value` is an integer loaded only to be stored elsewhere (a copy of bytes)."""
    return isinstance(value, Instruction) and value.opcode == "load" and \
        value.type.is_integer and all(isinstance(u, Instruction) and u.opcode == "store"
                                      and u.operands[0] is value for u in value.users)


def _bytes(ty: Type) -> int:
    return (ty.bits + 7) // 8


def _unify(facts, pointers: list[Value], size: int | None = None) -> bool:
    """Make `pointers` agree on what they hold (in their first `size` bytes, if known)."""
    changed = False
    merged: dict = {}
    for ptr in pointers:
        for offset, kind in facts.get(ptr, {}).items():
            if size is not None and isinstance(offset, int) and not 0 <= offset < size:
                continue
            merged[offset] = _merge(merged.get(offset), kind)
    for ptr in pointers:
        for offset, kind in merged.items():
            changed |= _record(facts, ptr, offset, kind)
    return changed


def constant_offset(ptr: Value, layout) -> tuple[Value, int | None]:
    """(the object `ptr` points into, through GEPs and casts as activity.underlying_object
    follows them; `ptr`'s constant byte offset from it, None when an index is not a
    constant). GEP constant expressions count as GEPs (a global's field)."""
    offset: int | None = 0
    while isinstance(ptr, (Instruction, ConstantExpr)) and \
            ptr.opcode in ("getelementptr", "addrspacecast", "bitcast"):
        if ptr.opcode == "getelementptr":
            step = gep_offset(ptr, layout)
            offset = None if step is None or offset is None else offset + step
        ptr = ptr.operands[0]
    return ptr, offset


def gep_offset(inst: GepInst, layout) -> int | None:
    """The GEP's constant byte offset, or None when an index is not a constant."""
    indices = inst.operands[1:]
    if layout is None or not all(isinstance(i, ConstantInt) for i in indices):
        return None
    return indices[0].value * layout.size(inst.source_type) + \
        _inner_offset(inst.source_type, indices[1:], layout)


def _inner_offset(ty, indices, layout) -> int:
    """Byte offset of constant `indices` into one element of type `ty`."""
    offset = 0
    for index in indices:
        if isinstance(ty, (StructType, NamedStructType)):
            offset += layout.field_offsets(ty)[index.value]
            body = layout.struct_bodies.get(ty.name) if isinstance(ty, NamedStructType) else ty
            ty = body.elements[index.value]
        elif isinstance(ty, (ArrayType, VectorType)):
            ty = ty.element
            offset += index.value * layout.size(ty)
    return offset


def strided_gep(inst: GepInst, layout) -> tuple[int, int] | None:
    """(stride, offset inside the element) of `gep T, p, %i, C...` with T an aggregate: a
    variable index over an array of structs, constant field indices after it. Facts it
    carries belong to every element at that offset (Enzyme's TypeTree keeps such facts
    per element offset too), not to every byte."""
    indices = inst.operands[1:]
    if layout is None or not indices or isinstance(indices[0], ConstantInt) or \
            not all(isinstance(i, ConstantInt) for i in indices[1:]):
        return None
    if not isinstance(inst.source_type, (ArrayType, NamedStructType, StructType)):
        # `gep i8, p, (mul %j, 24)`: a byte offset in steps of whole elements (qsort's
        # `base + j * size`, inlined with a constant size), a stride as well
        scale = scale_of(indices[0]) if len(indices) == 1 else None
        stride = scale * layout.size(inst.source_type) if scale else 0
        return (stride, 0) if stride > layout.size(inst.source_type) else None
    stride = layout.size(inst.source_type)
    if stride <= 0:
        return None
    return stride, _inner_offset(inst.source_type, indices[1:], layout) % stride


def scale_of(index) -> int | None:
    """The largest C that `index` is always a multiple of (more than 1), else None: `mul %j,
    C`, `shl %j, k` (C = 2^k), and sums, differences, sign extensions and phis of such
    values and of constants (a byte offset stepping through records: `phi [16, %entry],
    [%next, %loop]` with `%next = add %idx, 16`, as SROA leaves std::sort's iterators)."""
    found = _multiple(index, set())
    return found if found > 1 else None


def _multiple(value, open_phis: set) -> int:
    """A number `value` is always a multiple of (0: no constraint yet, the value of a phi
    still being followed, whose other inputs decide; 1: none known)."""
    if isinstance(value, ConstantInt):
        return abs(value.value)
    if not isinstance(value, Instruction):
        return 1
    found = _structural_multiple(value, open_phis)
    divided = _exactly_divided(value)
    return found * divided // math.gcd(found, divided) if found and divided > 1 else found


def _exactly_divided(value) -> int:
    """The largest C of an `sdiv exact %value, C` (or udiv, or `ashr`/`lshr exact` by k)
    among `value`'s users, else 1. An exact division is poison unless its dividend is a
    multiple, and clang writes one for a pointer difference (`last - first` of a
    std::vector<T>: a byte distance divided exactly by sizeof(T)); the subtraction it
    divides is the one the byte offsets of those same pointers are computed from."""
    best = 1
    for user in value.users:
        if not isinstance(user, Instruction) or "exact" not in user.flags.split() or \
                user.operands[0] is not value or not isinstance(user.operands[1], ConstantInt):
            continue
        amount = user.operands[1].value
        if user.opcode in ("sdiv", "udiv") and amount > 1:
            best = max(best, amount)
        elif user.opcode in ("ashr", "lshr") and 0 < amount < 32:
            best = max(best, 1 << amount)
    return best


def _structural_multiple(value, open_phis: set) -> int:
    """_multiple from how `value` is computed."""
    ops = value.operands
    if value.opcode == "mul":
        return max((abs(op.value) for op in ops if isinstance(op, ConstantInt)), default=1)
    if value.opcode == "shl" and isinstance(ops[1], ConstantInt) and 0 < ops[1].value < 32:
        return 1 << ops[1].value
    if value.opcode in ("add", "sub"):
        return math.gcd(_multiple(ops[0], open_phis), _multiple(ops[1], open_phis))
    if value.opcode == "sext" or value.opcode == "zext" and _power_of_two(ops[0], open_phis):
        return _multiple(ops[0], open_phis)
    if value.opcode == "phi":
        if value in open_phis:
            return 0
        open_phis.add(value)
        found = 0
        for incoming, _ in value.incoming:
            found = math.gcd(found, _multiple(incoming, open_phis))
            if found == 1:
                break
        open_phis.discard(value)
        return found
    return 1


def _power_of_two(value, open_phis: set) -> bool:
    """Whether the multiple of `value` is a power of two (a zero extension keeps those:
    2^32 and 2^64 are multiples of them)."""
    found = _multiple(value, open_phis)
    return found > 1 and found & (found - 1) == 0


def _rotate(key, shift: int):
    """A fact's key seen from a pointer `shift` bytes further on."""
    if isinstance(key, tuple):
        stride, at = key
        return stride, (at - shift) % stride
    return key if key is ANY else key - shift


def _through_strided(inst: GepInst, base, stride: int, inner: int, facts) -> bool:
    changed = False
    for key, kind in list(facts.get(inst, {}).items()):
        new = ANY if key is ANY else (stride, (key[1] + inner) % stride) \
            if isinstance(key, tuple) else (stride, (key + inner) % stride)
        changed |= _record(facts, base, new, kind)
    for key, kind in list(facts.get(base, {}).items()):
        if key is ANY:
            changed |= _record(facts, inst, 0, kind)
        elif isinstance(key, tuple) and key[0] == stride:
            changed |= _record(facts, inst, (key[1] - inner) % stride, kind)
    return changed


def _through_gep(inst: GepInst, facts, layout) -> bool:
    base = inst.operands[0]
    offset = gep_offset(inst, layout)
    changed = False
    if offset is None and strided_gep(inst, layout) is not None:
        return _through_strided(inst, base, *strided_gep(inst, layout), facts)
    choices = _offset_choices(inst, layout) if offset is None else None
    if choices is not None:
        return _through_choices(inst, base, choices, facts)
    if offset is None:  # a variable index: element facts hold for every element
        for kind in list(facts.get(inst, {}).values()):
            changed |= _record(facts, base, ANY, kind)
        # ...and only facts about every element of the base hold for the element it selects
        # (a fact at one offset belongs to one field, e.g. the count beside an array member)
        kind = facts.get(base, {}).get(ANY)
        if kind is not None:
            changed |= _record(facts, inst, 0, kind)
        return changed
    for key, kind in list(facts.get(inst, {}).items()):
        changed |= _record(facts, base, _rotate(key, -offset), kind)
    for key, kind in list(facts.get(base, {}).items()):
        if not isinstance(key, int) or key >= offset:
            changed |= _record(facts, inst, _rotate(key, offset), kind)
    return changed


def _offset_choices(inst: GepInst, layout) -> list[int] | None:
    """The constant offsets of a GEP whose one variable index is a select or phi of a few
    constants (a red-black tree's descent, `gep i8, %x, (select %c, 24, 16)`: the left or
    the right child), else None."""
    indices = inst.operands[1:]
    variable = [n for n, index in enumerate(indices) if not isinstance(index, ConstantInt)]
    if layout is None or len(variable) != 1:
        return None
    index = indices[variable[0]]
    values = index.operands[1:] if getattr(index, "opcode", None) == "select" else \
        [v for v, _ in index.incoming] if getattr(index, "opcode", None) == "phi" else None
    if not values or len(values) > 8 or not all(isinstance(v, ConstantInt) for v in values):
        return None
    offsets = []
    for value in values:
        fixed = [value if n == variable[0] else i for n, i in enumerate(indices)]
        offsets.append(fixed[0].value * layout.size(inst.source_type) +
                       _inner_offset(inst.source_type, fixed[1:], layout))
    return sorted(set(offsets))


def _through_choices(inst: GepInst, base, offsets: list[int], facts) -> bool:
    """Facts across a GEP to one of several constant offsets: what the GEP's memory holds
    is at one of those offsets of the base (recorded at each: a may-fact, as a phi of the
    pointers would give); what the base holds is the GEP's only where every offset agrees."""
    changed = False
    for key, kind in list(facts.get(inst, {}).items()):
        for offset in offsets:
            changed |= _record(facts, base, _rotate(key, -offset), kind)
    table = facts.get(base, {})
    views = [{_rotate(key, offset): kind for key, kind in table.items()
              if not isinstance(key, int) or key >= offset} for offset in offsets]
    for key, kind in views[0].items():
        if all(view.get(key) == kind for view in views[1:]):
            changed |= _record(facts, inst, key, kind)
    return changed


def kind_at(table: dict, offset: int, every: bool = True) -> str | None:
    """What the memory described by `table` holds at byte `offset`: the fact at that offset,
    else the fact at that offset of every element of a strided array, else (`every`) the
    fact about every element; None when nothing is known."""
    if offset in table:
        return table[offset]
    for key, kind in table.items():
        if isinstance(key, tuple) and offset % key[0] == key[1]:
            return kind
    return table.get(ANY) if every else None


def memory_kinds(facts, *pointers: Value, size: int | None = None) -> set[str]:
    """Every kind found in the memory behind `pointers` (in its first `size` bytes, when
    the size is known: a copy of one array member says nothing of the fields after it)."""
    return {kind for p in pointers for offset, kind in facts.get(p, {}).items()
            if size is None or not isinstance(offset, int) or 0 <= offset < size}


def print_types(function: Function, facts, names: dict[Value, str]) -> str:
    """`%p: {0:double, *:double}` for each pointer with facts, in function order."""
    lines = []
    for value in [*function.args, *function.instructions()]:
        table = facts.get(value)
        if table:
            body = ", ".join(f"{_key_text(k)}:{v}" for k, v in
                             sorted(table.items(), key=lambda kv: _key_order(kv[0])))
            lines.append(f"{names.get(value, value.name)}: {{{body}}}")
    return "\n".join(lines)


def _key_text(key) -> str:
    """`8` (an offset), `*` (every element), `*32+8` (offset 8 of every 32-byte element)."""
    if isinstance(key, tuple):
        return f"*{key[0]}+{key[1]}"
    return "*" if key is ANY else str(key)


def _key_order(key):
    return (2, *key) if isinstance(key, tuple) else (1, 0, 0) if key is ANY else (0, key, 0)
