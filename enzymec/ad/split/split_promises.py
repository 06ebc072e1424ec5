"""`enzyme_not_overwritten` in user split mode: the caller's promise that an argument's
memory is not written between `__enzyme_augmentfwd` and `__enzyme_reverse`.

Without it the reverse half cannot read argument memory again (the caller may have changed
it), so the augmented forward tapes every value it loads from there. With it, an argument
whose memory the function itself does not write either (aliasing.unwritten_memory) is
`stable` for the split pair: its loads are read again in the reverse, as inside one
gradient. An argument the function writes stays taped whatever the promise says: the
promise covers the caller's code, not f's own stores. Both halves (and
`__enzyme_augmentsize`) must carry the same promises, since they choose the pair and with
it the tape's layout (split_sites.check_tapes).
"""

from __future__ import annotations

from enzymec.ir import Function

from ..analyses.aliasing import unwritten_memory

MARKER = "enzyme_not_overwritten"


def stable_by_promise(function: Function, promised: tuple[int, ...], calls) -> tuple:
    """Per parameter of `function`: promised not overwritten by the caller, and not written
    by the function itself, so the reverse may load it again."""
    if not promised:
        return (False,) * len(function.args)
    unwritten = unwritten_memory(function, function.args, calls)
    return tuple(i in promised and arg in unwritten for i, arg in enumerate(function.args))


class PromiseMarkers:
    """The promises of one split-mode call site: `enzyme_not_overwritten` before a
    parameter (with or without its activity marker) marks that parameter."""

    def __init__(self):
        self.promised: set[int] = set()
        self.pending = False

    def take(self) -> None:
        self.pending = True

    def attach(self, index: int) -> None:
        """The parameter `index` takes its values: a pending promise is its."""
        if self.pending:
            self.promised.add(index)
            self.pending = False

    def option(self) -> tuple:
        """The request option that keys the split pair by its promises."""
        return (("not_overwritten", tuple(sorted(self.promised))),) if self.promised else ()
