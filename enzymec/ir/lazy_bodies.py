"""Function bodies kept as their text until something reads them (issue 11 item 5).

Why: the AD stage parses the whole module and prints it back, but it reads only the
functions an autodiff call reaches; the rest (a benchmark's harness, `main`, printing) was
parsed into the model and printed again unchanged: 75-85% of the parse and print, 8-30 ms
of CPU per compile of the benchmarks (benchmarks/notes/ad-growth.md, compile time).

How it stays exact: a lazy function is a definition whose `blocks` slot is unset; reading
`blocks` (and so `instructions()`, `entry`, anything about its body) parses it first
(Function.__getattr__). Every symbol a lazy body's text names gets a `PendingUses` list
before the parse starts: reading it (iterating, counting, testing a use) parses every lazy
body still naming the symbol first, and gives the uses in the order a whole parse makes
them (the parse's uses in module order, then those the AD made, in the order it made them).
Adding or removing a use parses nothing. The printer prints a lazy function's header from
the model (the AD may change attributes without reading a body) and its body as the text
it was, without clang's `; preds` comments (which the model does not keep either), and
clang's quoting of names (`@"f$1"`, which the model's printer writes `@f$1`).

Module-wide walks that look only for calls of Enzyme's API (`__enzyme_` names) skip a lazy
function whose text does not name one (`Function.may_mention`): a body without that text
holds no such call.
"""

from __future__ import annotations

import re

from .values import UseList

from enzymec import regex_cache

# clang's comments after a block's label, which the model's printer does not write; the
# label's colon starts the pattern: a pattern led by a literal is searched for in C, where
# one led by `[ \t]+` was tried at every blank (1.2 ms of logsumexp's compile, 4.5 of ba's)
_COMMENT = regex_cache.compile(r":[ \t]+; (?:preds = [^\n]*|No predecessors!)$", re.M)

# The rank (place among the module's top-level entities) of what is being parsed, while a
# parse runs (a use made then is the parse's), else None (a use the AD made).
_parsing: list = [None]


class LazyBody:
    """A function's body text, `src[start:end]` (`{ ... }`), the rank of the function and
    what parses it into the function (`parse(function, body)`, the parser's)."""

    __slots__ = ("src", "start", "end", "rank", "parse", "pending_on", "arg_names")

    def __init__(self, src: str, start: int, end: int, rank: int, parse):
        self.src, self.start, self.end, self.rank, self.parse = src, start, end, rank, parse
        self.pending_on: list[PendingUses] = []
        # the arguments' names as the text spells them (`%0`), whatever the model's
        # arguments are called by the time the body is read
        self.arg_names: list[str] = []

    def mentions(self, text: str) -> bool:
        return self.src.find(text, self.start, self.end) >= 0

    def printed(self) -> str:
        """The body as the printer writes it: the text without clang's label comments."""
        return _COMMENT.sub(":", self.src[self.start:self.end])

    def materialize(self, function) -> None:
        """Parse the body into `function` (whose `_lazy` this is)."""
        for uses in self.pending_on:
            uses.pending.remove(function)
        saved, _parsing[0] = _parsing[0], self.rank
        try:
            self.parse(function, self)
        finally:
            _parsing[0] = saved


class PendingUses(UseList):
    """The uses of a symbol that lazy bodies name (see the module doc)."""

    __slots__ = ("pending", "rank_of")

    def __init__(self):
        super().__init__()
        self.pending: list = []  # the lazy functions whose text names the symbol
        self.rank_of: dict = {}  # use -> the rank it was parsed at

    def __setitem__(self, use, value) -> None:  # UseList.append
        dict.__setitem__(self, use, value)
        rank = _parsing[0]
        if rank is not None:
            self.rank_of[use] = rank

    def __delitem__(self, use) -> None:  # UseList.remove
        dict.__delitem__(self, use)
        self.rank_of.pop(use, None)

    def settle(self) -> None:
        """Parse every function still pending, then order the uses as a whole parse would."""
        if not self.pending and not self.rank_of:
            return
        while self.pending:
            self.pending[-1].materialize()  # takes itself off every pending list
        made = list(dict.__iter__(self))
        parsed = sorted((use for use in made if use in self.rank_of),
                        key=self.rank_of.__getitem__)
        later = [use for use in made if use not in self.rank_of]
        dict.clear(self)
        for use in parsed + later:
            dict.__setitem__(self, use, None)
        self.rank_of = {}  # settled: nothing is parsed any more, as no body is pending

    def __iter__(self):
        self.settle()
        return dict.__iter__(self)

    def __len__(self) -> int:
        self.settle()
        return dict.__len__(self)

    def __contains__(self, use) -> bool:
        self.settle()
        return dict.__contains__(self, use)

    def __reversed__(self):
        self.settle()
        return dict.__reversed__(self)

    def keys(self):
        self.settle()
        return dict.keys(self)

    def items(self):
        self.settle()
        return dict.items(self)

    def values(self):
        self.settle()
        return dict.values(self)

    def copy(self) -> UseList:
        self.settle()
        return UseList(dict.items(self))

    def __eq__(self, other) -> bool:
        self.settle()
        return dict.__eq__(self, other)

    __hash__ = None  # type: ignore[assignment]


def pend(symbol, function, body: LazyBody) -> None:
    """Make `symbol`'s use-list pending on the lazy `function` (before the parse)."""
    uses = symbol.uses
    if not isinstance(uses, PendingUses):  # still empty: nothing is parsed yet
        uses = symbol.uses = PendingUses()
    if not uses.pending or uses.pending[-1] is not function:
        uses.pending.append(function)
        body.pending_on.append(uses)


class parsing_rank:
    """`with parsing_rank(r):` uses made inside are the parse's, at rank r."""

    def __init__(self, rank):
        self.rank = rank

    def __enter__(self):
        self.saved, _parsing[0] = _parsing[0], self.rank

    def __exit__(self, *exc):
        _parsing[0] = self.saved
