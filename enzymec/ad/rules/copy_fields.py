"""The fields of memory a memcpy moves, for copies of structs mixing floats, integers and
pointers (an array of `{int n; double w; double *data;}` copied in one call).

Type analysis (type_analysis.py) knows what the memory holds per byte offset, and per
offset inside every element of an array of structs (its `(stride, offset)` keys, as
Enzyme's TypeTree). From those facts `copy_fields` gives the record size and the kind at
each offset of a record; the copy's derivative is then taken field by field: in reverse,
each floating-point field's adjoint moves back from the destination's shadow to the
source's (`__enzymec_memcpy_field_adjoint_T`); in the forward sweep, each pointer field's
shadow is copied beside the pointer (`__enzymec_memcpy_field_pointer`), as a store of a
pointer stores its shadow. Integer fields carry nothing. Those loops are C functions of
the runtime (runtime/enzymec_rt.c) taking the record size and the field's offset as
arguments: nothing in them depends on the record type but the field's kind, and once
inlined with those two constants they are the loop a per-record generator would emit.
"""

from __future__ import annotations

from enzymec.analysis.type_analysis import ANY, scale_of

KIND_BYTES = {"double": 8, "float": 4, "half": 2, "ptr": 8}
FLOAT_KINDS = ("double", "float", "half")


def copy_fields(facts: dict, pointers, size: int | None, record: int | None = None):
    """(record size, {offset in record: kind}) of the memory behind `pointers` that a copy
    of `size` bytes (None: not a constant) moves; None when it cannot be decided (no facts,
    a conflict, a union of kinds at one offset, records of several sizes). `record`: the
    record size the objects' own facts give, for a copy of whole records of unknown count
    (qsort's merge of `(mid - i) * size` bytes from `base + i * size`), whose pointers know
    one record's offsets only."""
    keys = [(key, kind) for p in pointers for key, kind in facts.get(p, {}).items()
            if not isinstance(key, int) or size is None or 0 <= key < size]
    strides = {key[0] for key, _ in keys if isinstance(key, tuple)}
    strides |= {KIND_BYTES.get(kind, 0) for key, kind in keys if key is ANY}
    if len(strides) > 1 or not keys:
        return None
    stride = strides.pop() if strides else size or record
    if not stride:
        return None
    fields: dict[int, str] = {}
    for key, kind in keys:
        at = key[1] if isinstance(key, tuple) else 0 if key is ANY else key % stride
        if kind == "conflict" or fields.get(at, kind) != kind:
            return None
        fields[at] = kind
    return stride, fields


def record_stride(facts: dict, objects, length) -> int | None:
    """The one record size (stride of `(stride, offset)` keys) the facts of `objects` give,
    when the copy's `length` is a whole number of such records (`mul %count, stride`)."""
    strides = {key[0] for obj in objects for key in facts.get(obj, {})
               if isinstance(key, tuple)}
    scale = scale_of(length)
    if len(strides) != 1 or scale is None:
        return None
    stride = next(iter(strides))
    return stride if scale % stride == 0 else None
