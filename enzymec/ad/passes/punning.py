"""Type punning: turn floats and pointers that move as integers back into floats and pointers.

Code copies a double through an `i64` (`memcpy(&bits, &x, 8)`, a union, `*(uint64_t *)&x`),
clang's SROA/instcombine lower struct copies to `i64` loads and stores, and bit tricks on
floats (`fabs` as `& 0x7fff...`, a sign flip as `^ 0x8000...`, copysign as two masks and an
`or`) work on the integer image of a float. Integers carry no derivative and no shadow, so
left as they are these moves lose both: a zero gradient, or a pointer whose shadow stays
behind. Before AD this pass rewrites each such move into the typed operation it stands for,
using type analysis (type_analysis.py) to know what the memory holds, as Enzyme's type
analysis does:

    store i64 (bitcast double %d), p      ->  store double %d, p
    store i64 (ptrtoint ptr %q), p        ->  store ptr %q, p
    %i = load i64, p  (p holds a double)  ->  %t = load double, p; %i = bitcast %t
    bitcast (bitcast double %d to i64)    ->  %d
    and (bitcast %d), 0x7fff...           ->  bitcast (fabs %d)
    xor (bitcast %d), 0x8000...           ->  bitcast (fneg %d)
    or  (bitcast %d), 0x8000...           ->  bitcast (fneg (fabs %d))
    or (and (bitcast %a), 0x7f..), (and %b, 0x80..)  ->  bitcast (copysign %a, %b)

Every rewrite keeps the program's meaning bit for bit. What cannot be rewritten is left to
`punning_check.py`, which refuses an active value still moved as an integer.
"""

from __future__ import annotations

from enzymec.analysis import type_analysis
from enzymec.analysis.type_analysis import kind_at
from enzymec.ir import (CallInst, ConstantInt, FloatType, Function, Instruction, IntType, MemoryInst,
                        PhiInst, PTR, VectorType)
from enzymec.ir.builder import IRBuilder

from .call_site_types import call_with_site_types
from .typed_calls import retype_call

FLOAT_BITS = {"half": 16, "float": 32, "double": 64}
POINTER_BITS = 64


def untangle_punning(function: Function, may_retype=lambda callee: True,
                     max_rounds: int = 8, seeds: dict | None = None) -> None:
    """Rewrite, to a fixpoint, the integer moves of floats and pointers in `function`
    (knowing `seeds`, type facts about its arguments' memory); calls passing integer images
    go to typed copies of callees `may_retype` allows (typed_calls.py), calls to callees
    moving untyped bits to copies typed by this call site (call_site_types.py)."""
    for _ in range(max_rounds):
        facts = type_analysis(function, seeds=seeds)
        changed = False
        for inst in list(function.instructions()):
            rule = REWRITES.get(inst.opcode)
            if inst.block is not None and rule is not None:
                changed |= rule(function, inst, facts)
            elif isinstance(inst, CallInst) and inst.opcode == "call":
                changed |= _call(inst, may_retype) or \
                    call_with_site_types(inst, facts, may_retype, untangle_punning)
        changed |= _erase_dead(function)
        if not changed:
            return


# -- helpers --------------------------------------------------------------------------------
def float_bits_of(value) -> Instruction | None:
    """The float (or vector of floats) whose bits the integer `value` is, if it is a
    bitcast of one."""
    if isinstance(value, Instruction) and value.opcode == "bitcast" and \
            value.type.is_integer and value.operands[0].type.scalar.is_float:
        return value.operands[0]
    return None


def pointer_bits_of(value):
    """The pointer whose address the integer `value` is, if it is a ptrtoint of one."""
    if isinstance(value, Instruction) and value.opcode == "ptrtoint" and \
            value.type.is_integer and value.type.bits == POINTER_BITS:
        return value.operands[0]
    return None


def _builder_before(function: Function, inst: Instruction) -> IRBuilder:
    return IRBuilder(function).position_before(inst)


def _replace(inst: Instruction, new) -> bool:
    inst.replace_all_uses_with(new)
    return True


# -- rewrites -------------------------------------------------------------------------------
def _store(function, store: MemoryInst, facts) -> bool:
    """A store of an integer image stores the float or pointer itself."""
    value = store.operands[0]
    typed = float_bits_of(value)
    if typed is None:
        typed = pointer_bits_of(value)
    if typed is None:
        return False
    store.set_operand(0, typed)
    return True


def _load(function, load: MemoryInst, facts) -> bool:
    """An integer load of memory known to hold one float (or pointer) of the same width
    loads that float (pointer) and takes its bits."""
    if not load.type.is_integer or load.volatile or load.ordering:
        return False
    typed = _memory_type(facts.get(load.operands[0], {}), load.type.bits)
    if typed is None:
        return False
    b = _builder_before(function, load)
    value = b.load(typed, load.operands[0], (load.name or "bits") + ".typed", load.align)
    bits = b.cast("ptrtoint" if typed == PTR else "bitcast", value, load.type)
    return _replace(load, bits)


def _memory_type(table: dict, bits: int):
    """The type filling the first `bits` bits of memory described by `table` (type
    analysis facts): a pointer, one float of that width or a vector of equal floats (two
    floats copied as one i64); None when they hold integers, mixed kinds or nothing known."""
    first = kind_at(table, 0)
    if first == "ptr":
        others = {kind_at(table, offset, every=False) for offset in range(1, bits // 8)} - {None}
        return PTR if bits == POINTER_BITS and not others else None
    width = FLOAT_BITS.get(first)
    if width is None or bits % width:
        return None
    tiles = range(0, bits // 8, width // 8)
    if any(kind_at(table, offset) != first for offset in tiles) or \
            any(kind_at(table, offset, every=False) for offset in range(bits // 8) if offset not in tiles):
        return None
    count = bits // width
    return FloatType(first) if count == 1 else VectorType(count, FloatType(first))


def _bitcast(function, cast: Instruction, facts) -> bool:
    """`bitcast (bitcast %x to iN) to T` where %x : T is %x."""
    source = cast.operands[0]
    if isinstance(source, Instruction) and source.opcode == "bitcast" and \
            source.operands[0].type == cast.type:
        return _replace(cast, source.operands[0])
    return False


def _inttoptr(function, cast: Instruction, facts) -> bool:
    """`inttoptr (ptrtoint %p)` is %p."""
    source = pointer_bits_of(cast.operands[0])
    if source is not None and source.type == cast.type:
        return _replace(cast, source)
    return False


def mask_kind(constant, bits: int) -> str | None:
    """`abs` for the mask clearing only the sign bit, `sign` for the sign bit alone."""
    if not isinstance(constant, ConstantInt):
        return None
    value = constant.value % (1 << bits)
    sign = 1 << (bits - 1)
    return {sign - 1: "abs", sign: "sign"}.get(value)


def _float_and_mask(inst: Instruction):
    """(float, mask kind) for `op (bitcast %f), MASK` in either operand order."""
    for index in (0, 1):
        value = float_bits_of(inst.operands[index])
        kind = mask_kind(inst.operands[1 - index], inst.type.bits)
        if value is not None and kind is not None and isinstance(value.type, FloatType):
            return value, kind
    return None, None


def _sign_op(function, inst: Instruction, facts) -> bool:
    """The exact float meaning of masking a float's sign bit (and, xor, or)."""
    if not isinstance(inst.type, IntType):
        return False
    value, kind = _float_and_mask(inst)
    if value is None:
        return inst.opcode == "or" and _copysign(function, inst)
    meaning = SIGN_MASKS.get((inst.opcode, kind))
    if meaning is None:
        return False
    b = _builder_before(function, inst)
    return _replace(inst, b.cast("bitcast", meaning(b, value), inst.type))


def _fabs(b, value):
    return b.call_named(f"llvm.fabs.{value.type}", value.type, [value], "fabs")


SIGN_MASKS = {
    ("and", "abs"): _fabs,                                 # clear the sign: |x|
    ("xor", "sign"): lambda b, v: b.fneg(v),                # flip the sign: -x
    ("or", "sign"): lambda b, v: b.fneg(_fabs(b, v)),       # set the sign: -|x|
    ("and", "sign"): None,                                  # the sign bit alone: an integer
}


def _copysign(function, inst: Instruction) -> bool:
    """`or (and (bitcast %a), ABS), (and %b, SIGN)` is `bitcast (copysign %a, %b)`."""
    parts = {}
    for op in inst.operands:
        if isinstance(op, Instruction) and op.opcode == "and":
            for index in (0, 1):
                kind = mask_kind(op.operands[1 - index], inst.type.bits)
                if kind is not None:
                    parts[kind] = op.operands[index]
    magnitude = float_bits_of(parts.get("abs"))
    if magnitude is None or "sign" not in parts or not isinstance(magnitude.type, FloatType):
        return False
    b = _builder_before(function, inst)
    sign = float_bits_of(parts["sign"]) or b.cast("bitcast", parts["sign"], magnitude.type)
    result = b.call_named(f"llvm.copysign.{magnitude.type}", magnitude.type,
                          [magnitude, sign], "copysign")
    return _replace(inst, b.cast("bitcast", result, inst.type))


def _phi(function, phi: Instruction, facts) -> bool:
    """A phi of integer images of floats (or of pointers), as an inlined `return bits`
    leaves, is the image of a phi of the floats (pointers)."""
    if not phi.type.is_integer or not phi.incoming:
        return False
    for image, cast in ((float_bits_of, "bitcast"), (pointer_bits_of, "ptrtoint")):
        typed = [image(value) for value, _ in phi.incoming]
        if all(t is not None for t in typed) and len({t.type for t in typed}) == 1:
            new = PhiInst("phi", typed[0].type)
            new.name = function.unique_name((phi.name or "bits") + ".typed")
            phi.block.insert(0, new)
            for value, (_, block) in zip(typed, phi.incoming):
                new.add_incoming(value, block)
            b = _builder_before(function, phi.block.first_non_phi())
            return _replace(phi, b.cast(cast, new, phi.type))
    return False


def _call(call: CallInst, may_retype) -> bool:
    """Integer arguments that are images of a float or pointer: pass the value itself."""
    typed = {}
    for index, arg in enumerate(call.args):
        value = float_bits_of(arg) or pointer_bits_of(arg)
        if value is not None and (isinstance(value.type, FloatType) or value.type == PTR):
            typed[index] = value
    return bool(typed) and retype_call(call, typed, may_retype)


REWRITES = {"store": _store, "phi": _phi, "load": _load, "bitcast": _bitcast, "inttoptr": _inttoptr,
            "and": _sign_op, "xor": _sign_op, "or": _sign_op}

# instructions without side effects, erased once nothing uses them
_PURE = frozenset({"bitcast", "ptrtoint", "inttoptr", "and", "or", "xor", "phi"})


def _erase_dead(function: Function) -> bool:
    changed = False
    for inst in reversed(list(function.instructions())):
        if not inst.uses and (inst.opcode in _PURE or inst.opcode == "load" and
                              not inst.volatile and not inst.ordering):
            inst.erase()
            changed = True
    return changed
