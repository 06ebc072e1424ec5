"""The tape a user holds between the two halves of a split gradient (split_sites.py).

The augmented forward of `f` (split.py) fills a heap record — `__enzymec_record_alloc(SIZE)` —
and returns it as the tape; the reverse reads the record's fields through getelementptrs of
the record type and releases it (`__enzymec_record_free`). The record has a fixed size: what a
loop caches lives in arrays on the heap whose pointers are in the record, so a tape of any
trip count fits (Enzyme's way too). `enzyme_allocated, N` and `__enzyme_augmentsize` need
that size at compile time; it is read back from the synthesized functions here.

A record-less pair (nothing crosses the cut) returns a null tape: its size is 0. A pair the
user wrote (a registered custom gradient) has a tape of a size enzymec cannot know.
"""

from __future__ import annotations

from enzymec.ir import CallInst, ConstantInt, Function, Instruction
from enzymec.ir.values import SimpleConstant

from ..rules.runtime_calls import PREFIX

ALLOCATE, RELEASE = PREFIX + "record_alloc", PREFIX + "record_free"


def _calls_to(function: Function, name: str) -> list[CallInst]:
    return [i for i in function.instructions() if isinstance(i, CallInst)
            and i.called_function is not None and i.called_function.name == name]


def augmented_tape_bytes(augmented: Function) -> int | None:
    """The size of the tape record `augmented` allocates; 0 when it returns no record
    (only null tapes); None when it is not enzymec's (a custom gradient's)."""
    sizes = {c.args[0].value for c in _calls_to(augmented, ALLOCATE)
             if isinstance(c.args[0], ConstantInt)}
    if len(sizes) == 1:
        return sizes.pop()
    if not sizes and all(_returns_null_tape(ret) for ret in _returns(augmented)):
        return 0
    return None


def reverse_tape_bytes(reverse: Function) -> int | None:
    """The size of the tape record `reverse` reads (its last parameter); 0 when it reads
    none; None when it is not enzymec's."""
    tape = reverse.args[-1]
    if not tape.uses:
        return 0
    users = list(tape.users)
    geps = [u for u in users if isinstance(u, Instruction) and u.opcode == "getelementptr"]
    frees = [u for u in users if isinstance(u, CallInst) and u.called_function is not None
             and u.called_function.name == RELEASE]
    if not geps or not frees:
        return None
    return reverse.module.layout.size(geps[0].source_type)


def _returns(function: Function) -> list[Instruction]:
    return [b.terminator for b in function.blocks
            if b.terminator is not None and b.terminator.opcode == "ret"]


def _returns_null_tape(ret: Instruction) -> bool:
    """The tape a `ret` returns (alone or as field 0 of the result) is null."""
    value = ret.operands[0] if ret.operands else None
    while isinstance(value, Instruction) and value.opcode == "insertvalue":
        if list(value.indices) == [0]:
            value = value.operands[1]
            break
        value = value.operands[0]
    return isinstance(value, SimpleConstant) and value.keyword == "null"
