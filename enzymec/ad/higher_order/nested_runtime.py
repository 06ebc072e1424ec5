"""Derivative code differentiated again (higher order): enzymec's runtime calls in a clone.

A derivative that enzymec synthesized calls its C runtime (runtime_calls.py) for tapes,
heap shadows, split-call records and memcpy adjoints. Those functions are never
differentiated, and for first-order code nothing flows through them but bookkeeping. When
such a derivative is itself differentiated (nested `__enzyme_autodiff`, forward over
reverse), their memory holds values that depend on the active inputs: a loop's tape holds
the primal values the reverse sweep multiplies by. Treating the call as inactive would drop
those paths of the second derivative silently (it gave exactly half of d^2(x^3)/dx^2 for a
loop multiplying x three times).

So, in a clone about to be differentiated (forward mode keeps its large tapes instead:
nested_tape.py):
- the tape calls (reserve and slot of each tape kind, tape_arena.py) become the same growth
  written as plain IR with `realloc` (and a kind's release a `free`), which the engine differentiates like any user code (shadow tape, freed
  after the reverse sweep);
- an inner derivative's heap shadow (`shadow_alloc`, `shadow_free`) becomes `calloc` and
  `free` of the same size, user heap memory to the outer derivative;
- the helpers that only compute integers or compare pointers stay calls;
- any other runtime call is a located error naming it (differentiating through heap shadows,
  records or memcpy adjoints of an inner derivative is not implemented), never ignored.
"""

from __future__ import annotations

from enzymec.ir import CallInst, ConstantInt, Function, I8, I64, PTR, VOID
from enzymec.ir.builder import IRBuilder, zero

from .nested_tape import keep_tape_call
from ..rules.mathfns import canonical_name
from ..rules.runtime_calls import PREFIX, is_runtime_function

# the tape kinds (tape_arena.py) share the header {ptr buffer, i64 capacity}: each kind's
# reserve, slot and release have one plain-IR form here
RESERVES = frozenset(PREFIX + n for n in ("tape_reserve", "kept_tape_reserve",
                                          "stack_tape_reserve"))
SLOTS = frozenset(PREFIX + n for n in ("tape_slot", "kept_tape_slot"))
RELEASES = frozenset(PREFIX + n for n in ("kept_tape_release", "stack_tape_release"))
# runtime helpers whose results and effects carry no floating-point data
HARMLESS = frozenset(PREFIX + name for name in ("check_shadow", "shadow_size", "shadow_moved",
                                                "check_copy_bound"))
FIRST_SLOTS = 64  # the runtime's tape_slot makes room for at least this many elements
SHADOW_ALLOC, SHADOW_FREE = PREFIX + "shadow_alloc", PREFIX + "shadow_free"


def _at_most_16(align) -> bool:
    """An alignment calloc gives (the runtime's shadows of more aligned blocks come from
    aligned_alloc: not lowered)."""
    return isinstance(align, ConstantInt) and align.value <= 16


def source_function(function: Function) -> Function | None:
    """The user's function a synthesized one (`f.gradient`, `f.tangent`, `f.joined.1`...)
    was made from, for error locations in derivatives of derivatives; None if unknown."""
    name = function.name
    module = function.module
    while "." in name:
        name = name.rsplit(".", 1)[0]
        found = module.get(name) if module is not None else None
        if isinstance(found, Function) and not found.is_declaration:
            return found
    return None


def runtime_calls(function: Function) -> list[CallInst]:
    return [inst for inst in function.instructions() if isinstance(inst, CallInst)
            and inst.called_function is not None
            and is_runtime_function(inst.called_function.name)]


def expand_runtime_calls(function: Function, fail, keep_tapes: bool = False) -> None:
    """Rewrite the tape calls of `function` into IR; `fail(call, message, note)` for a
    runtime call the engine cannot differentiate through. `keep_tapes` (forward mode):
    kept and stacked tapes stay kept tapes, mirrored on a shadow header (nested_tape.py)."""
    for call in runtime_calls(function):
        name = call.called_function.name
        if keep_tapes and keep_tape_call(function, call):
            continue
        if name in RESERVES:
            tape, count, size = call.args
            grow(IRBuilder(function).position_before(call), tape, count, size)
            call.erase()
        elif name in SLOTS:
            expand_slot(function, call)
        elif name in RELEASES:
            release(IRBuilder(function).position_before(call), call.args[0])
            call.erase()
        elif name == SHADOW_ALLOC and _at_most_16(call.args[1]):
            # an inner derivative's heap shadow: zeroed memory of the primal's size, which
            # the outer derivative shadows in turn like the user's calloc
            b = IRBuilder(function).position_before(call)
            block = b.call_named("calloc", PTR, [ConstantInt(I64, 1), call.args[0]],
                                 (call.name or "shadow") + ".calloc")
            call.replace_all_uses_with(block)
            call.erase()
        elif name == SHADOW_FREE:
            b = IRBuilder(function).position_before(call)
            b.call_named("free", VOID, [call.args[0]])
            call.erase()
        elif name not in HARMLESS and canonical_name(name) is None:  # digamma: a rule
            fail(call, f"cannot differentiate enzymec's own derivative code that calls "
                       f"'{name}' (a derivative of a derivative through heap shadows, "
                       f"split-call records or memcpy adjoints)",
                 "higher-order derivatives are supported through loops, branches and "
                 "calls that enzymec inlines; restructure the inner function's heap use")


def expand_slot(function: Function, call: CallInst) -> None:
    """`tape_slot(tape, index, size)`: room for element `index`, then its address."""
    tape, index, size = call.args
    b = IRBuilder(function).position_before(call)
    wanted = b.add(index, ConstantInt(I64, 1), "slot.count")
    wanted = umax(b, wanted, ConstantInt(I64, FIRST_SLOTS))
    buffer = grow(b, tape, wanted, size)
    offset = b.mul(index, size, "slot.offset")
    address = b.gep(I8, buffer, [offset], "slot")
    call.replace_all_uses_with(address)
    call.erase()


def grow(b: IRBuilder, tape, count, size):
    """The runtime's growth of a tape `{ptr buffer, i64 capacity}` to `count` elements of
    `size` bytes (capacity doubled at least), without branches: realloc to the same size
    when no growth is needed. Returns the (possibly moved) buffer."""
    capacity_at = b.gep(I8, tape, [ConstantInt(I64, 8)], "tape.capacity.at")
    capacity = b.load(I64, capacity_at, "tape.capacity")
    doubled = b.binary("shl", capacity, ConstantInt(I64, 1), "tape.doubled")
    needed = b.icmp("ugt", count, capacity, "tape.grows")
    new_capacity = b.select(needed, umax(b, doubled, count), capacity, "tape.new.capacity")
    old = b.load(PTR, tape, "tape.old")
    buffer = b.call_named("realloc", PTR, [old, b.mul(new_capacity, size, "tape.bytes")],
                          "tape.grown")
    b.store(buffer, tape)
    b.store(new_capacity, capacity_at)
    return buffer


def release(b: IRBuilder, tape) -> None:
    """Free a tape's buffer and empty its header (the runtime would keep the buffer for the
    next gradient; the plain form has nothing to keep it in)."""
    b.call_named("free", VOID, [b.load(PTR, tape, "tape.buffer")], "")
    b.store(zero(PTR), tape)
    b.store(ConstantInt(I64, 0), b.gep(I8, tape, [ConstantInt(I64, 8)], "tape.capacity.at"))


def umax(b: IRBuilder, x, y):
    return b.select(b.icmp("ugt", x, y), x, y, "umax")

