"""Fills of scratch memory (`memset`): writes that store forwarding and scratch reload accept.

clang writes `double a[8] = {0}` and `memset(p, 0, n)` as `llvm.memset`. store_forwarding.py
and scratch_reload.py used to refuse a buffer with any use other than loads, stores and
`free`, so a zero-filled scratch array was taped on every read. A fill is a write like a
store, and each rule only needs to know where it runs:
- scratch reload (every write before every read): a fill is one more write, held to the
  same test as a store (none reachable from a load);
- store forwarding (the one store of loop S wrote what the load reads): a fill must not run
  between S and the load. It cannot when the fill dominates S's header and no loop holds
  both: a path from S to the fill would close a cycle through the fill (which every path to
  S crosses first), i.e. a loop holding both (`fill_precedes`).
A volatile fill is never accepted. An `alloca`'s `llvm.lifetime.start` counts as a fill
(its contents are undefined after it: a write); `llvm.lifetime.end` is harmless to both
rules, but a buffer loaded again in the reverse sweep must stay alive until then, so
scratch_reload.py removes its `lifetime.end` markers as it defers a `free`.
"""

from __future__ import annotations

from enzymec.ir import ConstantInt

from ..rules.heap import callee_name, is_memset


LIFETIME_START, LIFETIME_END = "llvm.lifetime.start.", "llvm.lifetime.end."


def is_fill(user, position: int) -> bool:
    """A non-volatile memset whose destination (argument 0) is the pointer used, or the
    start of an alloca's lifetime."""
    if getattr(user, "opcode", None) != "call":
        return False
    if is_lifetime(user, position, LIFETIME_START):
        return True
    if position != 0 or not is_memset(user):
        return False
    args = user.args
    if len(args) == 4:  # llvm.memset's last argument: isvolatile
        return isinstance(args[3], ConstantInt) and args[3].value == 0
    return len(args) == 3


def is_lifetime(user, position: int, prefix: str = LIFETIME_END) -> bool:
    """A lifetime marker (`prefix`) whose pointer (its last argument) is the pointer used."""
    return (getattr(user, "opcode", None) == "call" and callee_name(user).startswith(prefix)
            and position == user.arg_count - 1)


def fill_precedes(tape, fill, store_loop) -> bool:
    """Whether `fill` runs before every run of `store_loop` and never after one
    (module docstring): it dominates the loop's header and no loop contains both."""
    if not tape.dom.dominates(fill.block, store_loop.header):
        return False
    loop = tape.loop_info.loop_for(fill.block)
    while loop is not None:
        if loop.contains(store_loop.header):
            return False
        loop = loop.parent
    return True
