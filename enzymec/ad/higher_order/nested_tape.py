"""An inner gradient's loop tapes when forward mode differentiates it (forward over reverse).

The plain form of nested_runtime.py (tape growth written as `realloc`, release as `free`)
gives each tape buffer a heap shadow: a fresh zeroed block on every call (calloc), copied
whenever the tape grows, freed at the end. For a Hessian-vector product through a long loop
that is two fresh n-element buffers per call, page-faulted and zeroed by the kernel inside the
call (benchmarks/notes/modes.md). Reverse mode's own large tapes avoid exactly that by being
*kept* (tape_arena.py): a released buffer goes back to a per-thread store and the next tape
takes it, already mapped.

In forward mode a tape needs no more than a second tape beside it for the tangents of the
values stored, and it can be a kept tape too: the runtime's tape calls become *mirrored*
calls (calls.MIRRORED_FUNCTIONS' rule), which forward mode runs a second time on the shadow of
the tape header (a zeroed alloca beside the header). Every tape access already goes through
the header (a load of its buffer pointer), so the shadow buffer is loaded from the shadow
header like any pointer kept in memory. No zeroing is needed: the reverse sweep reads only
slots the forward sweep wrote, and forward mode writes a tangent (zero when the value is
inactive) beside every value it stores.

So, in a clone forward mode differentiates:
- kept and stacked reserves become kept reserves (a stacked tape on the record stack is
  popped in order, which a mirrored second tape pushed after the first would break);
- a kept slot becomes a kept reserve of room for the element, then the address in the
  buffer loaded from the header (so its shadow follows from the shadow header);
- kept and stacked releases become `nested_tape_release`, which also empties the header, so
  that the shadow header, zeroed once per call of the tangent function, is empty again
  when an inner gradient inlined into a loop starts its next tape;
- small constant tapes (tape_arena's malloc kind, freed by a plain `free`) keep the plain
  form: their shadow is freed where the free is, and LLVM often removes both.
Reverse over reverse keeps the plain form for every tape: its shadow tape accumulates
adjoints and must start zeroed.
"""

from __future__ import annotations

from enzymec.ir import CallInst, ConstantInt, Function, I8, I64, PTR
from enzymec.ir.builder import IRBuilder

from ..rules.runtime_calls import PREFIX, runtime_function

KEPT_RESERVE = PREFIX + "kept_tape_reserve"
RELEASE = PREFIX + "nested_tape_release"
# runtime call -> what it becomes ("reserve", "slot", "release")
REWRITES = {
    PREFIX + "kept_tape_reserve": "reserve",
    PREFIX + "stack_tape_reserve": "reserve",
    PREFIX + "kept_tape_slot": "slot",
    PREFIX + "kept_tape_release": "release",
    PREFIX + "stack_tape_release": "release",
}
# the calls forward mode runs again on the shadow header (calls.is_mirrored)
MIRRORED = frozenset({KEPT_RESERVE, RELEASE})
FIRST_SLOTS = 64  # the runtime's slot makes room for at least this many elements


def keep_tape_call(function: Function, call: CallInst) -> bool:
    """Rewrite `call` (a runtime call in `function`) into its mirrored kept form; False
    when it is not one of the tape calls this applies to (the caller handles it)."""
    step = REWRITES.get(call.called_function.name)
    if step is None:
        return False
    b = IRBuilder(function).position_before(call)
    tape, *rest = call.args
    if step == "reserve":
        b.call(runtime_function(function.module, "kept_tape_reserve"), [tape, *rest])
    elif step == "release":
        b.call(runtime_function(function.module, "nested_tape_release"), [tape, rest[-1]])
    else:
        call.replace_all_uses_with(slot_address(b, tape, *rest))
    call.erase()
    return True


def slot_address(b: IRBuilder, tape, index, size):
    """Room for element `index` (at least FIRST_SLOTS, doubling: the runtime's slot), then
    its address in the buffer loaded from the header."""
    wanted = b.add(index, ConstantInt(I64, 1), "slot.count")
    larger = b.icmp("ugt", wanted, ConstantInt(I64, FIRST_SLOTS))
    wanted = b.select(larger, wanted, ConstantInt(I64, FIRST_SLOTS), "slot.room")
    b.call(runtime_function(b.function.module, "kept_tape_reserve"), [tape, wanted, size])
    buffer = b.load(PTR, tape, "tape.buffer")
    return b.gep(I8, buffer, [b.mul(index, size, "slot.offset")], "slot")
