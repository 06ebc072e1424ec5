"""A loop's running sum (analysis/running_sum.py) rebuilt in the reverse sweep from the
reverse iteration number instead of taped every iteration.

GMM's packed index `l` (a phi of qtimesx's middle loop, stepping by d - 1 - i) was the last
integer tape of each (point, component) pair. Its closed form

    P(k) = init + base k + slope k (k - 1) / 2        (mod 2^width of P)

needs the iteration number k (the reverse sweep's counter) and base's terms, values defined
outside the loop (looked up as usual: a term that needs a tape is taped where it is
defined, once per entry to the loop at most, not once per iteration). k (k - 1) / 2 is
computed as (k / 2)(k - 1) for even k, else k ((k - 1) / 2): exact modulo 2^64.
"""

from __future__ import annotations

import weakref

from enzymec.analysis.running_sum import running_sum
from enzymec.ir import I64

_FOUND: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()  # tape -> {phi: sum}


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
    """P at the iteration being reversed, emitted with `builder`."""
    k = tape.lookup(tape.loop_states[loop].iv, builder, forward_block)
    base = builder.value(found.const, k)
    for term, coef in found.terms.items():
        base = builder.add(base, builder.mul(_wide(tape, builder, term, forward_block), coef))
    total = builder.add(_wide(tape, builder, found.init, forward_block), builder.mul(base, k))
    if found.slope:
        total = builder.add(total, builder.mul(_pairs(builder, k), found.slope))
    if found.phi.type.bits < 64:
        total = builder.cast("trunc", total, found.phi.type)
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
