"""Record fields shared by the arms of a split function (issue 11: tree_reduce's records).

A split pair's record (split.py) holds the engine's stack slots that cross from the forward
half to the reverse half, side by side. Slots written on forward paths that exclude each
other never both carry a value to the reverse: tree_reduce's internal nodes write three
scalar caches (`sqrt`, a, b) and its leaves the header of their loop tape, so each record
held both arms' fields (48 bytes where 32 do). Such slots are laid over each other in one
*arena* slot before the function is split, and the record copies the arena: 48 -> 32 bytes.

A slot may share bytes when its content matters only on forward paths through its writers:
- an uninitialised slot that the forward only stores to and the reverse only loads from
  (on a path that does not write it, the reverse reads undefined bytes: any bytes will do);
- the header of a *stacked* loop tape (tape_arena.py): zeroed in the entry block, reserved
  in its loop's preheader, read by the reverse only in the reverse of its loop and released
  where the reverse leaves the loop, which runs only when the forward ran the preheader.
Two such slots overlap only when no writer of one reaches a writer of the other in the
forward half (so no path writes both, and the entry's zeroing of a header comes before any
write of the other). Slots aligned to more than 8 bytes keep their own fields.

An integer slot narrower than 8 bytes (tree_reduce's leaf: whether its loop tape lies in the
shadow, an i1) takes a whole 8-byte word of the arena, stored zero-extended and loaded
truncated. Laid over a part of another arm's double (the internal node's b), a 1-byte field
split the arena's word in two for SROA: an i8 that stayed a stack slot of its own and an i56,
stored into the record as four pieces (1, 4, 2 and 1 bytes) where one 8-byte store does.
"""

from __future__ import annotations

from enzymec.ir import AllocaInst, CallInst, I8, I64, Instruction
from enzymec.ir.types import IntType
from enzymec.ir.builder import IRBuilder
from enzymec.ir.types import ArrayType
from enzymec.ir.values import SimpleConstant

from .reach_bits import ReachBits

# calls a stacked tape's header may take: (forward, reverse) runtime helpers
STACKED_CALLS = {True: ("__enzymec_stack_tape_reserve",), False: ("__enzymec_stack_tape_release",)}
ARENA_ALIGN = 8


def share_record_slots(fn, forward: set, stacked: set) -> None:
    """Lay the crossing slots of `fn` (a joined split function; `forward`: its forward
    blocks; `stacked`: the headers of its stacked loop tapes) that never hold values on the
    same forward path over each other, in one arena slot."""
    layout = fn.module.layout
    writers = {}
    for slot in [i for i in fn.entry.instructions if isinstance(i, AllocaInst)]:
        blocks = _writers(slot, forward, fn.entry, slot in stacked, layout)
        if blocks is not None:
            writers[slot] = blocks
    if len(writers) < 2:
        return
    offsets, size = _place(writers, ReachBits(forward), layout)
    if not _overlapping(offsets, layout):
        return  # the fields stay as they are
    arena = _rewrite(fn, offsets, size)
    if not hasattr(fn.module, "record_arenas"):
        fn.module.record_arenas = {}
    fn.module.record_arenas[fn] = (arena, [(at, _extent(slot, layout)[0], writers[slot])
                                           for slot, at in offsets.items()])


def take_arena(fn):
    """(the arena slot of `fn`, [(offset, bytes, writer blocks) of each slot laid in it]),
    or None when its slots share no bytes; forgotten once taken."""
    return getattr(fn.module, "record_arenas", {}).pop(fn, None)


def _overlapping(offsets: dict, layout) -> bool:
    """Whether two of the placed slots share a byte."""
    spans = sorted((at, at + _extent(slot, layout)[0]) for slot, at in offsets.items())
    return any(spans[i][1] > spans[i + 1][0] for i in range(len(spans) - 1))


def _extent(slot, layout) -> tuple[int, int]:
    """(bytes, alignment) the slot takes in the arena: a narrow integer a whole word."""
    if _narrow(slot):
        return ARENA_ALIGN, ARENA_ALIGN
    return layout.size_align(slot.allocated_type)


def _narrow(slot) -> bool:
    """An integer slot narrower than an arena word, every load and store of it in its own
    type (widened, see the module doc; a slot punned to another type keeps its bytes)."""
    ty = slot.allocated_type
    if not isinstance(ty, IntType) or ty.bits >= 8 * ARENA_ALIGN:
        return False
    return all(user.opcode in ("load", "store") and
               (user.type if user.opcode == "load" else user.operands[0].type) == ty
               for user, _ in slot.uses)


def stacked_tapes(tape) -> set:
    """The headers of `tape`'s (tape.py) stacked loop tapes."""
    return {header for header, (kind, _) in tape.tape_kinds.items() if kind == "stacked"}


def _writers(slot, forward: set, entry, stacked: bool, layout):
    """The forward blocks writing `slot`, when it may share bytes (see above), else None."""
    if slot.operands or layout.size_align(slot.allocated_type)[1] > ARENA_ALIGN:
        return None
    blocks, crosses = set(), False
    for user, index in slot.uses:
        if not isinstance(user, Instruction) or user.block is None:
            return None
        ahead = user.block in forward
        crosses |= not ahead
        if user.opcode == "load":
            continue
        if user.opcode == "store" and index == 1 and ahead:
            if user.block is not entry:
                blocks.add(user.block)
            elif not (stacked and _is_zero(user.operands[0])):
                return None
            continue
        if not (stacked and _stacked_call(user, ahead)):
            return None
        if ahead:
            blocks.add(user.block)
    return blocks if blocks and crosses else None


def _stacked_call(user, ahead: bool) -> bool:
    """A runtime call a stacked tape's header may take in that half (STACKED_CALLS)."""
    callee = user.called_function if isinstance(user, CallInst) else None
    return callee is not None and callee.name in STACKED_CALLS[ahead]


def _is_zero(value) -> bool:
    return isinstance(value, SimpleConstant) and value.keyword == "zeroinitializer"


def _place(writers: dict, reach: ReachBits, layout) -> tuple[dict, int]:
    """First fit: each slot at the lowest aligned offset clear of every placed slot it
    conflicts with (some forward path may write both: a writer of one reaches a writer of
    the other). Returns ({slot: offset}, arena bytes rounded to ARENA_ALIGN)."""
    masks = {slot: (reach.bits(blocks), reach.reach(blocks)) for slot, blocks in writers.items()}
    # (written, reached, offset, end) of each placed slot: every later slot tests every
    # placed one, so its extent is not asked of the layout again per pair (900 slots of a
    # 64k-line chain of calls: 402k pairs)
    placed: list[tuple[int, int, int, int]] = []
    offsets, end = {}, 0
    for slot in writers:
        size, align = _extent(slot, layout)
        written, reached = masks[slot]
        taken = sorted((low, high) for other_written, other_reached, low, high in placed
                       if written & other_reached or reached & other_written)
        at = 0
        for low, high in taken:
            if at + size <= low:
                break
            at = max(at, -(-high // align) * align)
        offsets[slot] = at
        placed.append((written, reached, at, at + size))
        end = max(end, at + size)
    return offsets, -(-end // ARENA_ALIGN) * ARENA_ALIGN


def _rewrite(fn, offsets: dict, size: int):
    """One arena alloca; every use of a placed slot gets its own pointer into it (made
    beside the use, so that the reverse half's pointers are into its restored arena).
    Returns the arena."""
    entry = fn.entry
    arena = IRBuilder(fn).position_before(entry.instructions[0]).alloca(
        ArrayType(size // 8, I64), "record.arena")
    for slot, at in offsets.items():
        narrow = _narrow(slot)  # decided before its uses move, as _place decided its extent
        for user, index in list(slot.uses):
            pointer = arena
            if at:
                pointer = IRBuilder(fn).position_before(user).gep(
                    I8, arena, [at], (slot.name or "slot") + ".in.arena")
            user.set_operand(index, pointer)
            if narrow:
                _widen(fn, user, slot.allocated_type, (slot.name or "slot") + ".word")
        slot.erase()
    return arena


def _widen(fn, user, ty, name: str) -> None:
    """A load or store of the narrow integer type `ty` made a whole word's (zero-extended
    in, truncated out); _writers lets no other use of a narrow slot through."""
    b = IRBuilder(fn).position_before(user)
    if user.opcode == "store":
        word = b.cast("zext", user.operands[0], I64, name)
        b.store(word, user.operands[1])
        user.erase()
        return
    value = b.cast("trunc", b.load(I64, user.operands[0], name), ty, user.name)
    user.replace_all_uses_with(value)
    user.erase()
