"""Refuse the type punning `punning.py` could not turn back into typed code.

After the rewrite, an integer may still be the image of active data: the bits of an active
float (a bitcast of it, or an integer load of differentiated memory holding floats) or the
address of a pointer into differentiated memory (a ptrtoint of it, or an integer load of
memory holding such pointers). Integers carry no derivative, so where such an image goes
decides whether a derivative is lost:

- moved on as it is (through phi, select, freeze, sign masks) into a store, a call, a
  return, an aggregate or back into a float or pointer: the derivative (or the shadow)
  would silently stay behind: a located error;
- computed with as an integer (compared, shifted, added, converted with sitofp): the
  result is an integer whose derivative really is zero (the exponent of a float, the
  distance of two pointers), unless it becomes a float again through a bitcast (a bit
  trick such as the fast inverse square root): a located error too.

An integer load of differentiated memory that type analysis knows only as integers (its
bits are computed with before they become a float, so they say nothing of a float) is
refused only where its bits, computed or not, become a float.
"""

from __future__ import annotations

from enzymec.analysis import type_analysis
from enzymec.analysis.type_analysis import is_int_kind, kind_at
from enzymec.ir import Instruction

from .punning import mask_kind

# users through which an image stays the same bits (up to the sign bit)
_MOVES = frozenset({"phi", "select", "freeze"})
_MASKS = frozenset({"and", "or", "xor"})
# users where an image's derivative or shadow would be lost
_LOST_FLOAT = {"store": "stored as an integer", "call": "passed to a call as an integer",
               "invoke": "passed to a call as an integer", "ret": "returned as an integer",
               "insertvalue": "put into an aggregate as an integer",
               "insertelement": "put into a vector as an integer",
               "inttoptr": "turned into a pointer", "bitcast": "turned back into a float"}
_LOST_POINTER = {"store": "stored as an integer", "inttoptr": "turned back into a pointer"}
# bits of differentiated memory that type analysis saw read only as integers: lost only
# when they become a float (their other uses may be real integers: a count, a flag)
_LOST_BITS = {"bitcast": "turned into a float"}
_LOST = {"float": _LOST_FLOAT, "pointer": _LOST_POINTER, "bits": _LOST_BITS}
_KIND_BYTES = {"double": 8, "float": 4, "half": 2, "ptr": 8}
_WHAT = {"float": "the bits of an active floating-point value",
         "pointer": "the address of a pointer to differentiated memory",
         "bits": "integer bits read from differentiated memory"}


def check_punning(ctx) -> None:
    """Fail, located, at the first active float or shadowed pointer whose derivative or
    shadow an integer move would lose."""
    act = ctx.activity
    facts = None
    for inst in ctx.fn.instructions():
        kind = _image_kind(inst, act)
        if kind is None and inst.opcode == "load" and inst.type.scalar.is_integer and \
                act.points_into_shadowed(inst.operands[0]):
            facts = facts if facts is not None else type_analysis(ctx.fn)
            kind = _memory_image(facts.get(inst.operands[0], {}), inst.type) or "bits"
        if kind is not None:
            _trace(ctx, inst, kind)


def _image_kind(inst: Instruction, act) -> str | None:
    if inst.opcode == "bitcast" and inst.type.scalar.is_integer and \
            inst.operands[0] in act.varied:
        return "float"
    if inst.opcode == "ptrtoint" and inst.operands[0] in act.shadowed:
        return "pointer"
    return None


def _memory_image(table: dict, ty) -> str | None:
    """'float' or 'pointer' when the integer load's bytes may hold one (or a union). A
    byte a fact at a known offset covers (an i64 at 0 covers bytes 0-7) is that fact's;
    only the others may be what the facts about every element say (a std::string's length
    field, known as i64, beside arrays whose elements are pointers somewhere else)."""
    size = max(1, getattr(ty, "bits", 64) // 8) * getattr(ty, "count", 1)
    kinds: set = set()
    offset = 0
    while offset < size:
        kind = kind_at(table, offset, every=False)
        if kind is None:
            kinds.add(table.get(None))
            offset += 1
        else:
            kinds.add(kind)
            offset += _KIND_BYTES.get(kind) or \
                (max(1, int(kind[1:]) // 8) if is_int_kind(kind) else 1)
    kinds -= {None}
    if kinds & {"double", "float", "half", "conflict"}:
        return "float"
    return "pointer" if "ptr" in kinds else None


def _trace(ctx, image: Instruction, kind: str) -> None:
    """Follow `image` through its users (see the module docstring)."""
    lost = _LOST[kind]
    work, seen = [(image, True)], set()
    while work:
        value, exact = work.pop()
        if value in seen:
            continue
        seen.add(value)
        for user in value.users:
            if not isinstance(user, Instruction):
                continue
            problem = _problem(ctx, user, value, exact, lost)
            if problem:
                _fail(ctx, user, kind, problem)
            if user.type.scalar.is_integer:
                work.append((user, exact and _keeps_bits(user)))


def _problem(ctx, user: Instruction, value, exact: bool, lost: dict) -> str | None:
    if user.opcode == "bitcast" and not user.type.scalar.is_integer:
        return lost.get("bitcast")  # even computed bits become a float: a bit trick
    if not exact or user.opcode not in lost:
        return None
    if user.opcode == "store" and user.operands[0] is not value:
        return None  # the image is the address's index, not the stored value
    if user.opcode in ("call", "invoke") and ctx.calls.is_inactive(user):
        return None  # printed or logged: not differentiated
    return lost[user.opcode]


def _keeps_bits(user: Instruction) -> bool:
    if user.opcode in _MOVES:
        return True
    if user.opcode in _MASKS and user.type.scalar.is_integer and hasattr(user.type, "bits"):
        return any(mask_kind(op, user.type.bits) for op in user.operands)
    return False


def _fail(ctx, user: Instruction, kind: str, problem: str) -> None:
    follows = "shadow" if kind == "pointer" else "derivative"
    verb = "is" if kind == "pointer" else "are"
    ctx.fail(user, f"{_WHAT[kind]} {verb} {problem} ('{user.opcode}'); enzymec cannot "
                   f"follow its {follows} through integer code",
             "keep the value as a double (or pointer), or register a custom "
             "derivative for the function doing the bit manipulation")
