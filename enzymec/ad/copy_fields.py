"""The fields of memory a memcpy moves, for copies of structs mixing floats, integers and
pointers (an array of `{int n; double w; double *data;}` copied in one call).

Type analysis (type_analysis.py) knows what the memory holds per byte offset, and per
offset inside every element of an array of structs (its `(stride, offset)` keys, as
Enzyme's TypeTree). From those facts `copy_fields` gives the record size and the kind at
each offset of a record; the copy's derivative is then taken field by field: in reverse,
each floating-point field's adjoint moves back from the destination's shadow to the
source's (helper `enzymec.memcpy.field.adjoint.T`); in the forward sweep, each pointer
field's shadow is copied beside the pointer (helper `enzymec.memcpy.field.pointer`), as a
store of a pointer stores its shadow. Integer fields carry nothing.
"""

from __future__ import annotations

from enzymec.analysis.type_analysis import ANY

KIND_BYTES = {"double": 8, "float": 4, "half": 2, "ptr": 8}
FLOAT_KINDS = ("double", "float", "half")


def copy_fields(facts: dict, pointers, size: int | None):
    """(record size, {offset in record: kind}) of the memory behind `pointers` that a copy
    of `size` bytes (None: not a constant) moves; None when it cannot be decided (no facts,
    a conflict, a union of kinds at one offset, records of several sizes)."""
    keys = [(key, kind) for p in pointers for key, kind in facts.get(p, {}).items()
            if not isinstance(key, int) or size is None or 0 <= key < size]
    strides = {key[0] for key, _ in keys if isinstance(key, tuple)}
    strides |= {KIND_BYTES.get(kind, 0) for key, kind in keys if key is ANY}
    if len(strides) > 1 or not keys:
        return None
    stride = strides.pop() if strides else size
    if not stride:
        return None
    fields: dict[int, str] = {}
    for key, kind in keys:
        at = key[1] if isinstance(key, tuple) else 0 if key is ANY else key % stride
        if kind == "conflict" or fields.get(at, kind) != kind:
            return None
        fields[at] = kind
    return stride, fields


# One loop over the records a copy of `bytes` moves: for every record of `stride` bytes whose
# field at `at` (of `size` bytes) lies inside the copy, `body` moves that field between %d
# (the destination's) and %s (the source's). It walks in the order that keeps overlapping
# (memmove) ranges right for the direction `body` moves data: `first` > `second` walks
# backward.
FIELD_LOOP = """
define internal void @{name}(ptr %dst, ptr %src, i64 %bytes, i64 %stride, i64 %at) alwaysinline {{
entry:
  %need = add i64 %at, {size}
  %some = icmp uge i64 %bytes, %need
  br i1 %some, label %start, label %done

start:
  %rest = sub i64 %bytes, %need
  %whole = udiv i64 %rest, %stride
  %n = add i64 %whole, 1
  %backward = icmp ugt ptr {first}, {second}
  br label %loop

loop:
  %k = phi i64 [ 0, %start ], [ %k.next, %loop ]
  %k.last = sub i64 %n, 1
  %k.down = sub i64 %k.last, %k
  %i = select i1 %backward, i64 %k.down, i64 %k
  %base = mul i64 %i, %stride
  %offset = add i64 %base, %at
  %d = getelementptr inbounds i8, ptr %dst, i64 %offset
  %s = getelementptr inbounds i8, ptr %src, i64 %offset
{body}
  %k.next = add i64 %k, 1
  %more = icmp ult i64 %k.next, %n
  br i1 %more, label %loop, label %done

done:
  ret void
}}
"""

# @enzymec.memcpy.field.adjoint.T: in reverse, the source field's adjoint gains the
# destination field's, which is cleared (data moves from the destination back to the source).
ADJOINT_BODY = """  %dv = load {ty}, ptr %d
  store {ty} 0.0, ptr %d
  %sv = load {ty}, ptr %s
  %sum = fadd {ty} %sv, %dv
  store {ty} %sum, ptr %s"""

# @enzymec.memcpy.field.pointer: copy the pointer field of every record (run on the shadows:
# the shadow pointers move with the pointers).
POINTER_BODY = """  %p = load ptr, ptr %s
  store ptr %p, ptr %d"""


def field_helper_text(name: str) -> str | None:
    """The IR text of the field helper `name`, None if it is not one."""
    if name == "enzymec.memcpy.field.pointer":
        return FIELD_LOOP.format(name=name, size=8, first="%dst", second="%src",
                                 body=POINTER_BODY)
    prefix = "enzymec.memcpy.field.adjoint."
    if name.startswith(prefix) and name[len(prefix):] in FLOAT_KINDS:
        ty = name[len(prefix):]
        return FIELD_LOOP.format(name=name, size=KIND_BYTES[ty], first="%src", second="%dst",
                                 body=ADJOINT_BODY.format(ty=ty))
    return None
