"""A `restrict` argument's memory written only before it is read: loaded again in the
reverse sweep instead of taped (issue 11, item 6: matvec_outarg's 16 KB copy of `out`).

tape.py reloads an argument's memory only when nothing in the function writes it
(aliasing.unwritten_memory). matvec_out writes `out[i]` in its first loop nest and reads
it back in the last loop (`sum += out[i] * out[i]`); its alias-versioned gradient
(alias_version.py: the clone whose pointer parameters are `noalias`) taped every `out[i]`
of that loop, which LLVM turned into a copy of `out`, although after that loop nothing
writes `out` any more: the forward sweep ends with the same values in `out` as each load
saw, and the reverse sweep writes only shadows and tapes. So a load is loaded again when
- the gradient is not split (its reverse runs right after its forward, in the same call:
  `Tape.scratch_reload`, as for scratch memory, scratch_reload.py);
- it reads through a `noalias` argument A: only pointers based on A access A's memory while
  the call runs, so only writes whose target is A itself can change it (as in
  aliasing.unwritten_memory, where a `noalias` argument ignores other writes);
- no write whose target is A (or that may write anything) can run after the load: none is
  in a block reachable from the load's block, or after the load in its own block. The
  writes are collected from the forward sweep before it is instrumented (`note_writers`),
  when it is still the function's own code.
"""

from __future__ import annotations

import weakref

from enzymec.analysis import underlying_object
from enzymec.analysis.cfg import reached_from
from enzymec.ir import Argument

from ..analyses.aliasing import write_summaries, write_targets

UNKNOWN = "unknown"  # some write may go anywhere: no argument qualifies
_WRITERS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()  # tape -> {arg: [inst]}
_REACHED: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()  # tape -> {block: set}


def note_writers(tape, function, arguments, calls) -> None:
    """Record, for each `noalias` pointer argument among `arguments`, the instructions of
    `function` (its forward sweep, not yet instrumented) that may write its memory."""
    candidates = {a for a in arguments if a.type.is_pointer and "noalias" in a.attrs}
    if not candidates:
        return
    writers = {a: [] for a in candidates}
    summary_of = write_summaries(calls).of
    for inst in function.instructions():
        targets = write_targets(inst, calls, summary_of)
        if targets is None:
            _WRITERS[tape] = UNKNOWN
            return
        for target in targets & candidates:
            writers[target].append(inst)
    _WRITERS[tape] = writers


def reloads_written_argument(tape, load) -> bool:
    """Whether `load` reads a `noalias` argument's memory that no write can change after
    it (module docstring)."""
    writers = _WRITERS.get(tape)
    if not getattr(tape, "scratch_reload", False) or not isinstance(writers, dict):
        return False
    obj = underlying_object(load.operands[0])
    if not isinstance(obj, Argument) or obj not in writers:
        return False
    later = _reachable(tape, load.block)
    for store in writers[obj]:
        if store.block is None or store.block in later:
            return False
        if store.block is load.block and load.position() < store.position():
            return False
    return True


def _reachable(tape, start) -> set:
    """Blocks reachable from `start` by one edge or more (kept per tape and block)."""
    known = _REACHED.setdefault(tape, {})
    if start not in known:
        known[start] = reached_from([start])
    return known[start]


