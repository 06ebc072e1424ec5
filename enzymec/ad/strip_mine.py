"""Strip-mining a single-block counted loop into chunks of `CHUNK` iterations, the primal
unchanged: the first step of the shadow tape (shadow_tape.py; benchmarks/RESULTS.md,
logsumexp), whose forward tests each chunk of the caller's shadow once and whose reverse
must run per chunk to stay vectorizable. Not used: shadow_tape_apply.py needs no chunks
(its forward tests each element, its reverse is unswitched on one flag), and strip-mining
before AD cost 1.235x the expert (benchmarks/RESULTS.md, logsumexp).

The shape (clang's rotated `for (i = s; i < n; i++)` after the guard, logsumexp's exp loop):

    body:  %i = phi i64 [ %s, %pre ], [ %i.next, %body ]      (other phis likewise)
           ...
           %i.next = add nuw|nsw i64 %i, 1
           %c = icmp eq i64 %i.next, %end                      (%end defined outside)
           br i1 %c, label %exit, label %body

becomes a chunk loop around it: `chunk` holds each phi's value at the chunk's start (the
counter's is the chunk's first index), the body exits at `min(start + CHUNK, end)` (as
`end - start <u CHUNK ? end : start + CHUNK`; the do-while runs `end - s >= 1` times, the
no-wrap add makes anything else poison), and `chunk.end` leaves by the body's own `%c`
or starts the next chunk. Every value of the body keeps its meaning; the exit's phis take
their values from `chunk.end`, which the body dominates.
"""

from __future__ import annotations

from enzymec.ir import ConstantInt, IntType, PhiInst
from enzymec.ir.builder import IRBuilder

CHUNK = 256
WRAP_FLAGS = ("nsw", "nuw")


def strip_mine(function, loop, size: int = CHUNK) -> bool:
    """Strip-mine `loop` of `function` in place and return True, or return False (nothing
    changed) when it is not of the shape above."""
    shape = _shape(loop)
    if shape is None:
        return False
    body, counter, test, end, exit_block = shape
    pre = loop.preheader
    b = IRBuilder(function)
    chunk = b.new_block(f"{body.name}.chunk", after=pre)
    chunk_end = b.new_block(f"{body.name}.chunk.end", after=body)
    _redirect(pre.terminator, body, chunk)
    b.position_at_end(chunk)
    starts = {}
    for phi in _phis(body):
        starts[phi] = b.phi(phi.type, [(phi.incoming_value_for(pre), pre)], f"{phi.name}.chunk")
        _set_incoming_block(phi, pre, chunk, starts[phi])
    start = starts[counter]
    full = b.add(start, ConstantInt(counter.type, size), "chunk.full")  # no flags: unused if it wraps
    short = b.icmp("ult", b.sub(end, start, "chunk.left"), ConstantInt(counter.type, size),
                   "chunk.short")
    limit = b.select(short, end, full, "chunk.limit")
    b.br(body)
    _finish_body(body, test, limit, chunk_end)
    b.position_at_end(chunk_end).cond_br(test, exit_block, chunk)
    for phi, first in starts.items():
        first.add_incoming(phi.incoming_value_for(body), chunk_end)
    for phi in _phis(exit_block):
        _set_incoming_block(phi, body, chunk_end)
    return True


def _shape(loop):
    """(body, counter phi, exit test, end, exit block) of the shape, else None."""
    if len(loop.blocks) != 1 or loop.preheader is None or len(loop.exits) != 1:
        return None
    body = loop.header
    term = body.terminator
    if term.opcode != "br" or len(term.operands) != 3:
        return None
    test, first, second = term.operands
    if first is not loop.exits[0] or second is not body or \
            getattr(test, "opcode", None) != "icmp" or test.predicate != "eq":
        return None
    step, end = test.operands
    counter = _counter_of(step, body)
    if counter is None or not loop.is_invariant(end) or \
            not isinstance(counter.type, IntType) or counter.type.bits < 16:
        return None
    return body, counter, test, end, loop.exits[0]


def _counter_of(step, body):
    """The header phi `step` increments by 1 without wrapping, else None."""
    if getattr(step, "opcode", None) != "add" or \
            not any(flag in step.flags.split() for flag in WRAP_FLAGS):
        return None
    phi, one = step.operands
    if not isinstance(phi, PhiInst) or phi.block is not body or \
            not isinstance(one, ConstantInt) or one.value != 1 or len(phi.incoming) != 2:
        return None
    return phi if phi.incoming_value_for(body) is step else None


def _finish_body(body, test, limit, chunk_end) -> None:
    """The body leaves at the chunk's limit, towards `chunk_end`."""
    b = IRBuilder(body.function).position_before(body.terminator)
    at_limit = b.icmp("eq", test.operands[0], limit, "chunk.done")
    body.terminator.set_operands([at_limit, chunk_end, body])


def _phis(block):
    return [inst for inst in block.instructions if isinstance(inst, PhiInst)]


def _set_incoming_block(phi, old, new, value=None) -> None:
    """Phi `phi`'s edge from `old` now comes from `new` (carrying `value` if given)."""
    ops = list(phi.operands)
    for k in range(1, len(ops), 2):
        if ops[k] is old:
            ops[k] = new
            if value is not None:
                ops[k - 1] = value
    phi.set_operands(ops)


def _redirect(terminator, old, new) -> None:
    terminator.set_operands([new if op is old else op for op in terminator.operands])
