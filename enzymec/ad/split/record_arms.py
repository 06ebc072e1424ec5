"""Records as long as the arm the forward took needs (issue 11: tree_reduce's leaves).

A split pair's record (split.py) has one size for every path of its forward half, the
largest: tree_reduce's internal calls keep three values (24 bytes of the record's arena,
record_union.py), its leaves the 16-byte header of their loop tape, and each leaf's record
took 24. When the way the forward went is recomputed in the reverse from the arguments
(record_tag.py: a `came.from` phi of the block that ends the forward half), the record can
take only the bytes that way may have written:

- the arena is the record's last field; the way entering the final block through the edge
  from `pred` may have written an arena slot when one of the slot's writers reaches `pred`
  in the forward half (record_union's writer blocks); the record of that way ends after the
  last such slot (at least 8 bytes: an empty record would not be a place on the stack);
- the forward pushes a record of that size in a place with room for the largest one
  (`__enzymec_record_push_upto`, runtime/enzymec_rt.c) and stores every field as before:
  the bytes past its end land in the stack's free space, which later records reuse;
- the reverse recomputes the way, takes the top record of that size and loads every field:
  the bytes past its end (still inside the chunk that had room for the largest record)
  fill only slots that way never wrote, whose contents no reverse path of that way reads
  (record_union.py's condition for sharing bytes).

Only for one cut, stack records and a record whose last field is the arena.
"""

from __future__ import annotations

from enzymec.analysis.cfg import reached_from
from enzymec.ir import I1, I64, ConstantInt

from .record_union import take_arena

MIN_RECORD = 8  # bytes: the record stack's smallest item


class ArmSizes:
    """The record's size per value of `phi`: `sizes` {phi value: bytes}, `full` the
    record's whole size."""

    def __init__(self, phi, sizes: dict, full: int):
        self.phi, self.sizes, self.full = phi, sizes, full

    def size(self, b, way):
        """The size of the record of the way `way` (the phi, or its recomputation)."""
        size = ConstantInt(I64, self.full)
        for value, bytes_ in self.sizes.items():
            if bytes_ != self.full:
                taken = b.icmp("eq", way, ConstantInt(way.type, value.value), "arm.is")
                size = b.select(taken, ConstantInt(I64, bytes_), size, "arm.size")
        return size


def arena_last(fn, slots: list) -> tuple[list, object]:
    """`slots` (split.py's copied slots of `fn`) with its arena moved to the end, and the
    arena's placement (record_union.take_arena) or None."""
    placed = take_arena(fn)
    if placed is None or placed[0] not in slots:
        return slots, None
    return [s for s in slots if s is not placed[0]] + [placed[0]], placed


def arm_sizes(record, slots, cuts, ways: dict, placed, forward: set,
              layout) -> ArmSizes | None:
    """The sizes of `record` per way, when its last field is the arena of `placed` (the last
    of `slots`) and the block ending the forward half has a recomputed `came.from` phi
    (`ways`), else None."""
    if placed is None or len(cuts) != 1 or not slots or slots[-1] is not placed[0]:
        return None
    phi = next((p for p in ways if p.block is cuts[0].block and p.type != I1), None)
    if phi is None:
        return None
    full = layout.size(record)
    base = layout.field_offsets(record)[-1]
    sizes = {}
    for value, pred in phi.incoming:
        used = [at + size for at, size, writers in placed[1]
                if any(pred in _reach(w, forward) for w in writers)]
        sizes[value] = min(full, max(MIN_RECORD, _round8(base + max(used, default=0))))
    if all(s == full for s in sizes.values()):
        return None
    return ArmSizes(phi, sizes, full)


def _reach(block, forward: set) -> set:
    """Forward blocks reachable from `block`, itself included."""
    if block not in forward:
        return set()
    return reached_from([block], within=forward) | {block}


def _round8(n: int) -> int:
    return -(-n // 8) * 8
