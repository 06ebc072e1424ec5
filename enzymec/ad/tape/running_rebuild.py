"""A loop's running sum (analysis/running_sum.py) rebuilt in the reverse sweep from the
reverse iteration number instead of taped every iteration.

GMM's packed index `l` (a phi of qtimesx's middle loop, stepping by d - 1 - i) was the last
integer tape of each (point, component) pair. Its closed form

    P(k) = init + base k + slope k (k - 1) / 2        (mod 2^width of P)

needs the iteration number k (the reverse sweep's counter) and base's terms, values defined
outside the loop (looked up as usual: a term that needs a tape is taped where it is
defined, once per entry to the loop at most, not once per iteration). k (k - 1) / 2 is
computed as (k / 2)(k - 1) for even k, else k ((k - 1) / 2): exact modulo 2^64.

Inside the reverse of the loop the closed form is not rebuilt per iteration: P is carried
down the reverse sweep in a slot, set to P(last) once per reverse of the loop (at its lookup
point, loop_lookup.py) and lowered by the step P(k) - P(k - 1) = base + slope (k - 1) on the
reverse's back edge. The closed form cost about 12 instructions per row of GMM's triangular
nest (multiplies, a parity select, sign extensions), the expert's running index one
subtraction: a copy of the expert's gradient with the closed form per row took 1.08x as
long as with a running index at d = 10, K = 25. Where the loop has no lookup point (several
exits), the closed form stays.
"""

from __future__ import annotations

import weakref

from enzymec.analysis.running_sum import running_sum
from enzymec.ir import I64
from enzymec.ir.builder import IRBuilder

_FOUND: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()  # tape -> {phi: sum}
# tape -> {phi: (slot, sum, loop)}: the sums carried down a loop's reverse (keep_carried)
_CARRIED: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def rebuildable_sum(tape, value, loop):
    """The running sum of header phi `value` (memoized), else None."""
    if loop is None or tape.loop_states.get(loop) is None:
        return None
    found_here = _FOUND.setdefault(tape, {})
    if value not in found_here:
        found_here[value] = running_sum(value, loop, tape.loop_info, tape.dom)
    return found_here[value]


def sum_inputs(found) -> list:
    """The values the closed form looks up besides the iteration number."""
    return [found.init, *found.terms]


def emit_running_sum(tape, found, loop, builder, forward_block):
    """P at the iteration being reversed, emitted with `builder`: read from its slot inside
    the loop's reverse when the loop has a lookup point, else its closed form."""
    if _carries(tape, loop, forward_block):
        slot = _slot(tape, found, loop)
        return _narrow(builder, found, builder.load(I64, slot, "sum.rev"))
    k = tape.lookup(tape.loop_states[loop].iv, builder, forward_block)
    return _narrow(builder, found, _closed_form(tape, found, builder, forward_block, k))


def carried_loops(tape) -> set:
    """The loops down whose reverse a running sum is carried (before keep_carried)."""
    return {loop for _, _, loop in _CARRIED.get(tape, {}).values()}


def keep_carried(tape) -> None:
    """Once the reverse is built: each carried sum's slot set to P(last) at its loop's lookup
    point and lowered by one step on the reverse's back edge (see the module doc)."""
    points = tape.lookup_points
    for slot, found, loop in _CARRIED.pop(tape, {}).values():
        builder = IRBuilder(tape.function).position_before(points.point(loop).terminator)
        state = tape.loop_states[loop]
        last = builder.load(I64, state.reverse_iv, "iv.rev")  # set on the way in
        builder.store(_closed_form(tape, found, builder, points.exit_block(loop), last), slot)
        builder.position_before(points.back_jumps[loop])
        before = builder.load(I64, state.reverse_iv, "iv.rev")  # k - 1, just stored
        step = builder.add(_base(tape, found, builder, loop.header, before),
                           builder.mul(before, found.slope))
        builder.store(builder.sub(builder.load(I64, slot, "sum.rev"), step), slot)


def _carries(tape, loop, forward_block) -> bool:
    """Whether the lookup from `forward_block` is in the reverse of `loop`, whose sums can be
    carried: one lookup point before it, one back edge."""
    points = tape.lookup_points
    return points is not None and loop.contains(forward_block) \
        and points.exit_block(loop) is not None


def _slot(tape, found, loop):
    carried = _CARRIED.setdefault(tape, {})
    if found.phi not in carried:
        slot = tape.entry.alloca(I64, (found.phi.name or "sum") + ".reverse")
        carried[found.phi] = (slot, found, loop)
    return carried[found.phi][0]


def _base(tape, found, builder, forward_block, k):
    """const + sum(coef term): the step's part that does not grow with k."""
    base = builder.value(found.const, k)
    for term, coef in found.terms.items():
        base = builder.add(base, builder.mul(_wide(tape, builder, term, forward_block), coef))
    return base


def _closed_form(tape, found, builder, forward_block, k):
    """P(k) in 64 bits."""
    base = _base(tape, found, builder, forward_block, k)
    total = builder.add(_wide(tape, builder, found.init, forward_block), builder.mul(base, k))
    if found.slope:
        total = builder.add(total, builder.mul(_pairs(builder, k), found.slope))
    return total


def _narrow(builder, found, total):
    if found.phi.type.bits < 64:
        return builder.cast("trunc", total, found.phi.type)
    return total


def _wide(tape, builder, value, forward_block):
    """`value` looked up and sign-extended to 64 bits (any extension is exact modulo the
    running sum's width, which is at most the value's)."""
    looked = tape.lookup(value, builder, forward_block)
    bits = looked.type.bits
    return looked if bits == 64 else builder.cast("sext" if bits < 64 else "trunc", looked, I64)


def _pairs(builder, k):
    """k (k - 1) / 2 modulo 2^64 without overflow in the product."""
    before = builder.sub(k, 1)
    even = builder.icmp("eq", builder.binary("and", k, 1), 0)
    return builder.select(even, builder.mul(builder.binary("lshr", k, 1), before),
                          builder.mul(k, builder.binary("lshr", before, 1)))
